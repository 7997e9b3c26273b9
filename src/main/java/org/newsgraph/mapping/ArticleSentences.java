package org.newsgraph.mapping;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.vocab.NIF;

/**
 * The article's sentences in reading order, with their texts: read once from the mention graph for the
 * passes that follow the rules (lede dates, relative dates, summary intents), which each look at the
 * headline, the lede or the sentence before.
 */
record ArticleSentences(List<Resource> inOrder, Map<Resource, String> texts) {

    static ArticleSentences of(Model article) {
        Map<Resource, Integer> begins = new HashMap<>();
        Map<Resource, String> texts = new HashMap<>();
        for (Resource sentence : article.filter(null, RDF.TYPE, NIF.Sentence).subjects()) {
            begins.put(sentence, article.filter(sentence, NIF.beginIndex, null).objects().stream()
                    .map(v -> ((Literal) v).intValue())
                    .findFirst()
                    .orElse(Integer.MAX_VALUE));
            texts.put(sentence, article.filter(sentence, NIF.anchorOf, null).objects().stream()
                    .map(Value::stringValue)
                    .findFirst()
                    .orElse(""));
        }
        List<Resource> inOrder = begins.keySet().stream().sorted(Comparator.comparing(begins::get)).toList();
        return new ArticleSentences(inOrder, Map.copyOf(texts));
    }

    String text(Resource sentence) {
        return texts.getOrDefault(sentence, "");
    }

    int size() {
        return inOrder.size();
    }

    Resource get(int index) {
        return inOrder.get(index);
    }

    /** The first {@code count} sentences from {@code from} on (fewer at the article's end). */
    List<Resource> range(int from, int count) {
        return inOrder.subList(Math.min(from, inOrder.size()), Math.min(inOrder.size(), from + count));
    }
}
