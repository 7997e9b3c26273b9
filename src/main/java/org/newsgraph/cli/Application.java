package org.newsgraph.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.config.Config;
import org.newsgraph.dump.DumpService;
import org.newsgraph.ingest.GraphCheck;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.ReferenceData;
import org.newsgraph.mapping.ArticleMapper;
import org.newsgraph.mapping.Mapper;
import org.newsgraph.mapping.MappingPipeline;
import org.newsgraph.page.HomePage;
import org.newsgraph.page.Templates;
import org.newsgraph.store.NewsStore;
import org.newsgraph.web.ErrorPages;
import org.newsgraph.web.GraphStoreRoutes;
import org.newsgraph.web.Routes;
import org.newsgraph.web.SiteRoutes;
import org.newsgraph.web.SparqlRoutes;
import org.newsgraph.web.WebServer;

/**
 * The composition root: builds the store, the mapping pipeline and the services from one
 * {@link Config}, and the web server on top of them. Nothing else news up services.
 */
public final class Application implements AutoCloseable {

    private final Config config;
    private final NewsStore store;
    private final Model gazetteer;
    private final MappingPipeline pipeline;
    private WebServer server;

    private Application(Config config, NewsStore store) throws IOException {
        this.config = config;
        this.store = store;
        this.gazetteer = new LinkedHashModel();
        this.pipeline = new MappingPipeline(config.uris(), mappers());
    }

    /** Opens the store named in the configuration; close the application to shut it down. */
    public static Application open(Config config) throws IOException {
        NewsStore store = NewsStore.open(config.store());
        try {
            return new Application(config, store);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private List<Mapper> mappers() {
        return List.of(new ArticleMapper(Clock.systemUTC(), Version.get()));
    }

    public Config config() {
        return config;
    }

    public NewsStore store() {
        return store;
    }

    public MappingPipeline pipeline() {
        return pipeline;
    }

    public Ingester ingester() {
        return new Ingester(store, new ArticleReader(), pipeline, GraphCheck.NONE);
    }

    /** Whether the store holds at least one article. */
    public boolean hasArticles() {
        try (var connection = store.repository().getConnection()) {
            return connection.hasStatement(null, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE,
                    org.newsgraph.vocab.SCHEMA.NewsArticle, false);
        }
    }

    /** Writes the ontology, CAMEO and gazetteer graphs where they changed. */
    public int installReferenceData() throws IOException {
        store.claimBase(config.uris());
        return ReferenceData.install(store, config.uris(), gazetteer);
    }

    public DumpService dumps() {
        return new DumpService(store, config.uris());
    }

    /** Starts the web server; returns the port it listens on. */
    public int serve() {
        Templates templates = new Templates();
        ErrorPages errors = (status, message) -> templates.render("error",
                java.util.Map.of("title", status + " " + ErrorPages.reason(status), "status", status,
                        "reason", ErrorPages.reason(status), "message", message));
        List<Routes> routes = List.of(
                new SiteRoutes(new HomePage(store, config.uris(), templates), store),
                SparqlRoutes.create(store, config, templates),
                new GraphStoreRoutes(store, config.updateToken()));
        server = new WebServer(config.port(), routes, errors);
        return server.port();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        store.close();
    }
}
