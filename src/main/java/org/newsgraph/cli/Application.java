package org.newsgraph.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.newsgraph.article.ArticleReader;
import org.newsgraph.config.Config;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.ReferenceData;
import org.newsgraph.ingest.ShapeCheck;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.mapping.ArticleMapper;
import org.newsgraph.mapping.EntityMapper;
import org.newsgraph.mapping.EventRules;
import org.newsgraph.mapping.MentionMapper;
import org.newsgraph.text.TextMapper;
import org.newsgraph.mapping.Mapper;
import org.newsgraph.mapping.MappingPipeline;
import org.newsgraph.page.BrowsePages;
import org.newsgraph.page.EntityPages;
import org.newsgraph.page.HomePage;
import org.newsgraph.page.OntologyPages;
import org.newsgraph.page.ResourceDescriber;
import org.newsgraph.page.Sitemaps;
import org.newsgraph.page.TextPages;
import org.newsgraph.page.Templates;
import org.newsgraph.store.NewsStore;
import org.newsgraph.validate.ShapeValidator;
import org.newsgraph.web.DumpRoutes;
import org.newsgraph.web.EntityRoutes;
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
    private final Gazetteer gazetteer;
    private final MappingPipeline pipeline;
    private WebServer server;
    private ShapeValidator validator;
    private DumpRoutes dumpRoutes;

    private Application(Config config, NewsStore store) throws IOException {
        this.config = config;
        this.store = store;
        this.gazetteer = Gazetteer.load(config.data().resolve("gazetteer"), config.uris());
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

    /** The mappers in the order they run: the article, its text, its mentions, the entities, the events. */
    private List<Mapper> mappers() {
        return List.of(
                new ArticleMapper(Clock.systemUTC(), Version.get()),
                new TextMapper(),
                new MentionMapper(new EntityLinker(gazetteer)),
                new EntityMapper(),
                new EventRules(gazetteer.model()));
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

    public Ingester ingester() throws IOException {
        return new Ingester(store, new ArticleReader(), pipeline, new ShapeCheck(validator()));
    }

    /** The SHACL validator of the bundled shapes, compiled once on first use. */
    public synchronized ShapeValidator validator() throws IOException {
        if (validator == null) {
            validator = new ShapeValidator(ReferenceData.ontologyFile("ontology/shapes.ttl"));
        }
        return validator;
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
        return ReferenceData.install(store, config.uris(), gazetteer.model());
    }


    /** Starts the web server; returns the port it listens on. */
    public int serve() {
        Templates templates = new Templates();
        ErrorPages errors = (status, message) -> templates.render("error",
                java.util.Map.of("title", status + " " + ErrorPages.reason(status), "status", status,
                        "reason", ErrorPages.reason(status), "message", message));
        dumpRoutes = DumpRoutes.of(store, config);
        List<Routes> routes = List.of(
                new SiteRoutes(new HomePage(store, config.uris(), templates), store),
                SparqlRoutes.create(store, config, templates),
                new GraphStoreRoutes(store, config.updateToken()),
                entityRoutes(templates),
                dumpRoutes);
        server = new WebServer(config.host(), config.port(), routes, errors);
        return server.port();
    }

    private EntityRoutes entityRoutes(Templates templates) {
        ResourceDescriber describer = new ResourceDescriber(store, config.uris());
        return new EntityRoutes(store, config.uris(), new EntityPages(store, describer, templates, config.articleLicense()), describer,
                new BrowsePages(store, describer, templates), new OntologyPages(store, describer, templates),
                new TextPages(store, describer, templates), new Sitemaps(store, config.uris()));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (validator != null) {
            validator.close();
        }
        if (dumpRoutes != null) {
            // A dump being written reads the store: stop it before the store shuts down.
            dumpRoutes.cache().close();
        }
        store.close();
    }
}
