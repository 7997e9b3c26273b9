package org.newsgraph.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.rdf4j.model.Model;
import org.newsgraph.article.Article;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.text.TextMapper;
import org.newsgraph.vocab.UriSpace;

/** The whole mapping pipeline with the real gazetteer and the built-in rules, built once per test JVM. */
final class FullPipeline {

    static final UriSpace URIS = new UriSpace("http://example.org/");

    private static FullPipeline instance;

    private final Gazetteer gazetteer;
    private final MappingPipeline pipeline;

    private FullPipeline(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.pipeline = new MappingPipeline(URIS, List.of(
                // Not on a whole minute: ArticleMapper writes OffsetDateTime.toString(), which drops ":00" seconds.
                new ArticleMapper(Clock.fixed(Instant.parse("2024-07-01T00:00:01Z"), ZoneOffset.UTC), "test"),
                new TextMapper(),
                new MentionMapper(new EntityLinker(gazetteer)),
                new EntityMapper(),
                new EventRules(gazetteer.model())));
    }

    static synchronized FullPipeline get() {
        if (instance == null) {
            try {
                instance = new FullPipeline(Gazetteer.load(Path.of("data/gazetteer"), URIS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    Model gazetteer() {
        return gazetteer.model();
    }

    Model map(Article article) {
        return pipeline.map(article);
    }
}
