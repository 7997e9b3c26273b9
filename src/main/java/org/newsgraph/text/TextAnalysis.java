package org.newsgraph.text;

import java.util.List;

import org.eclipse.rdf4j.model.IRI;

/**
 * The text layer of one article, as the text mapper leaves it in the mapping context.
 *
 * @param context   the nif:Context resource ({@code .../text#char=0,N})
 * @param text      the article text every offset counts on
 * @param sentences in text order
 */
public record TextAnalysis(IRI context, String text, List<Sentence> sentences) {

    public TextAnalysis {
        sentences = List.copyOf(sentences);
    }

    /** The code-point offset of a Java string index. */
    public int codePoint(int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** The sentence holding a Java string index, or null when the index falls between sentences. */
    public Sentence sentenceAt(int charIndex) {
        for (Sentence sentence : sentences) {
            if (charIndex >= sentence.charBegin() && charIndex < sentence.charEnd()) {
                return sentence;
            }
        }
        return null;
    }
}
