package org.newsgraph.mapping;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.newsgraph.article.Article;
import org.newsgraph.vocab.UriSpace;

/**
 * What the mappers of one article share: the article, its IRIs, the model they write into, and
 * typed results that earlier mappers hand to later ones (the sentences, the mentions).
 */
public final class MappingContext {

    private final UriSpace uris;
    private final Article article;
    private final Model model = new LinkedHashModel();
    private final Map<Class<?>, Object> parts = new HashMap<>();

    public MappingContext(UriSpace uris, Article article) {
        this.uris = Objects.requireNonNull(uris);
        this.article = Objects.requireNonNull(article);
    }

    public UriSpace uris() {
        return uris;
    }

    public Article article() {
        return article;
    }

    public IRI articleIri() {
        return uris.article(article.slug());
    }

    public IRI graphIri() {
        return uris.articleGraph(article.slug());
    }

    /** The statements of the article's graph, without context. */
    public Model model() {
        return model;
    }

    public <T> void put(Class<T> type, T part) {
        parts.put(type, Objects.requireNonNull(part));
    }

    /** A part an earlier mapper left; fails loudly when the pipeline is in the wrong order. */
    public <T> T get(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " in the mapping context: a mapper that makes it must run first");
        }
        return type.cast(part);
    }

    public <T> T getOrNull(Class<T> type) {
        return type.cast(parts.get(type));
    }
}
