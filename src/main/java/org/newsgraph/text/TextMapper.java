package org.newsgraph.text;

import java.util.List;
import java.util.Locale;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.newsgraph.article.Article;
import org.newsgraph.mapping.Mapper;
import org.newsgraph.mapping.MappingContext;
import org.newsgraph.vocab.NIF;

/**
 * Writes the NIF text layer (the nif:Context and one nif:Sentence per sentence) and leaves a
 * {@link TextAnalysis} in the context for the mappers that link and read the sentences.
 */
public final class TextMapper implements Mapper {

    private static final String LEXVO = "http://lexvo.org/id/iso639-3/";

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void map(MappingContext context) {
        Article article = context.article();
        String text = article.text();
        String slug = article.slug();
        IRI nifContext = context.uris().span(slug, 0, text.codePointCount(0, text.length()));
        List<Sentence> sentences = analyzer.sentences(text);
        Model model = context.model();
        model.add(nifContext, RDF.TYPE, NIF.Context);
        model.add(nifContext, RDF.TYPE, NIF.RFC5147String);
        model.add(nifContext, NIF.isString, Values.literal(text));
        model.add(nifContext, NIF.beginIndex, index(0));
        model.add(nifContext, NIF.endIndex, index(text.codePointCount(0, text.length())));
        IRI language = languageIri(article.language());
        if (language != null) {
            model.add(nifContext, NIF.predLang, language);
        }
        for (Sentence sentence : sentences) {
            IRI iri = context.uris().span(slug, sentence.begin(), sentence.end());
            model.add(iri, RDF.TYPE, NIF.Sentence);
            model.add(iri, RDF.TYPE, NIF.RFC5147String);
            model.add(iri, NIF.referenceContext, nifContext);
            model.add(iri, NIF.anchorOf, Values.literal(sentence.text()));
            model.add(iri, NIF.beginIndex, index(sentence.begin()));
            model.add(iri, NIF.endIndex, index(sentence.end()));
        }
        context.put(TextAnalysis.class, new TextAnalysis(nifContext, text, sentences));
    }

    /** NIF offsets are xsd:nonNegativeInteger. */
    public static Literal index(int value) {
        return Values.literal(Integer.toString(value), XSD.NON_NEGATIVE_INTEGER);
    }

    /** NIF names the predominant language with a Lexvo ISO 639-3 IRI; null when the tag has no such code. */
    static IRI languageIri(String tag) {
        try {
            String code = Locale.forLanguageTag(tag).getISO3Language();
            return code.isEmpty() ? null : Values.iri(LEXVO + code);
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }
}
