package org.newsgraph.mapping;

import java.util.List;

import org.eclipse.rdf4j.model.Model;
import org.newsgraph.article.Article;
import org.newsgraph.vocab.UriSpace;

/** Runs the mappers in their declared order and returns the article's graph. */
public final class MappingPipeline {

    private final UriSpace uris;
    private final List<Mapper> mappers;

    public MappingPipeline(UriSpace uris, List<Mapper> mappers) {
        this.uris = uris;
        this.mappers = List.copyOf(mappers);
    }

    public UriSpace uris() {
        return uris;
    }

    public Model map(Article article) {
        return run(article).model();
    }

    /** Maps the article and returns the whole context, for callers that report what the mappers found. */
    public MappingContext run(Article article) {
        MappingContext context = new MappingContext(uris, article);
        for (Mapper mapper : mappers) {
            mapper.map(context);
        }
        return context;
    }
}
