package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.RepositoryResult;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.UriSpace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to the RDF store: an embedded RDF4J native store by default, or a remote RDF4J
 * Server or SPARQL 1.1 store, all reached through RDF4J's {@link Repository} API.
 *
 * <p>Each article lives in its own named graph, replaced whole in one transaction; the store keeps
 * its base IRI and the time of its last change in a system graph ({@link NG#SYSTEM_GRAPH}), so that
 * a different base is refused and HTTP caches can validate against the last change.
 *
 * <p>Close it exactly once: an embedded native store that is not shut down must be repaired on
 * the next start.
 */
public final class NewsStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsStore.class);

    /*
     * Indexes of the native store, chosen for the queries newsgraph serves:
     * spoc: an entity's description (data documents, pages);
     * posc: "every ?s of this type / with this property value" (index pages, mentions by entity, rules);
     * opsc: inbound links ("who links to Russia");
     * cspo: one graph at a time (replacing an article's graph, per-article dumps) without a scan of the store.
     */
    static final String NATIVE_INDEXES = "spoc,posc,opsc,cspo";

    private final Repository repository;
    private final String location;
    private final boolean embedded;
    private boolean closed;
    private volatile SizeAt sizeAt;

    private NewsStore(Repository repository, String location, boolean embedded) {
        this.repository = repository;
        this.location = location;
        this.embedded = embedded;
    }

    /**
     * Opens the store at {@code location}: a folder for the embedded native store, or an
     * {@code http(s)} URL: {@code .../repositories/ID} for an RDF4J Server, any other URL for a
     * SPARQL 1.1 endpoint that answers queries and updates at that one URL.
     */
    public static NewsStore open(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            Repository remote = location.matches(".*/repositories/[^/]+/?")
                    ? new HTTPRepository(location)
                    : new SPARQLRepository(location, location);
            remote.init();
            return new NewsStore(remote, location, false);
        }
        return openNative(Path.of(location));
    }

    public static NewsStore openNative(Path dir) {
        NativeStore sail = new NativeStore(dir.toFile(), NATIVE_INDEXES);
        SailRepository repository = new SailRepository(sail);
        try {
            repository.init();
        } catch (RepositoryException e) {
            throw new StoreException("cannot open the store in " + dir.toAbsolutePath() + ": " + rootMessage(e)
                    + " (is another newsgraph process using it?)", e);
        }
        LOG.debug("opened native store in {}", dir.toAbsolutePath());
        return new NewsStore(repository, dir.toAbsolutePath().toString(), true);
    }

    public Repository repository() {
        return repository;
    }

    /** Where the store is: a folder or a URL. */
    public String location() {
        return location;
    }

    public boolean isEmbedded() {
        return embedded;
    }

    /** The base IRI recorded by the first write that minted IRIs, if any. */
    public Optional<String> baseUri() {
        try (RepositoryConnection connection = repository.getConnection()) {
            return systemValue(connection, NG.baseUri).map(Value::stringValue);
        }
    }

    /**
     * Records {@code uris} as the store's base on first use; refuses a different one, so that one
     * store never mixes the IRIs of two deployments.
     */
    public void claimBase(UriSpace uris) {
        Optional<String> recorded = baseUri();
        if (recorded.isPresent()) {
            if (!recorded.get().equals(uris.base())) {
                throw new StoreException("the store in " + location + " was built with base URI " + recorded.get()
                        + " and cannot take IRIs minted under " + uris.base()
                        + ": use --base-uri " + recorded.get() + " or another --store");
            }
            return;
        }
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.begin(IsolationLevels.SERIALIZABLE);
            try {
                connection.add(NG.STORE, NG.baseUri, Values.literal(uris.base()), NG.SYSTEM_GRAPH);
                touch(connection);
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Replaces one named graph with {@code model}, in one transaction. */
    public void replaceGraph(IRI graph, Model model) {
        replaceGraphs(Map.of(graph, model));
    }

    /**
     * Replaces each named graph with its model, all in one transaction: readers see either every
     * old graph or every new one, and a failure half way leaves the store as it was.
     */
    public void replaceGraphs(Map<? extends Resource, ? extends Model> graphs) {
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.begin();
            try {
                Instant now = touch(connection);
                for (var entry : graphs.entrySet()) {
                    Resource graph = Objects.requireNonNull(entry.getKey(), "graph");
                    NewsStore.emptyGraph(connection, graph);
                    connection.add(entry.getValue(), graph);
                    recordChange(connection, graph, now, false);
                }
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Removes named graphs in one transaction. */
    public void removeGraphs(Iterable<? extends Resource> graphs) {
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.begin();
            try {
                Instant now = touch(connection);
                for (Resource graph : graphs) {
                    if (connection.hasStatement(null, null, null, false, graph)) {
                        NewsStore.emptyGraph(connection, graph);
                        recordChange(connection, graph, now, true);
                    }
                }
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** A value the store keeps about itself (in the system graph), such as a loaded file's hash. */
    public Optional<Value> setting(IRI property) {
        try (RepositoryConnection connection = repository.getConnection()) {
            return systemValue(connection, property);
        }
    }

    /** The time of the last write, for {@code Last-Modified} and {@code ETag}; the epoch for a store never written. */
    public Instant lastModified() {
        try (RepositoryConnection connection = repository.getConnection()) {
            return lastModified(connection);
        }
    }

    /** Number of statements in all graphs, counted once per store version. */
    public long size() {
        Instant version = lastModified();
        SizeAt known = sizeAt;
        if (known != null && known.version().equals(version)) {
            return known.size();
        }
        // Counting walks every statement of a native store: once per store version is enough.
        try (RepositoryConnection connection = repository.getConnection()) {
            long size = connection.size();
            sizeAt = new SizeAt(version, size);
            return size;
        }
    }

    private record SizeAt(Instant version, long size) {
    }

    /** Records a setting of the store's own (replaced, not added to) in the same transaction as other writes. */
    public static void putSetting(RepositoryConnection connection, IRI property, Value value) {
        connection.remove(NG.STORE, property, null, NG.SYSTEM_GRAPH);
        connection.add(NG.STORE, property, value, NG.SYSTEM_GRAPH);
    }

    /**
     * Empties a graph. Not {@code clear(graph)}: over a SPARQL store that becomes {@code CLEAR GRAPH},
     * which fails on a graph the store does not have yet (Fuseki answers "No such graph").
     */
    static void emptyGraph(RepositoryConnection connection, Resource graph) {
        connection.remove((Resource) null, null, null, graph);
    }

    /**
     * Marks a change of the store, in the writing transaction, for HTTP validators; returns the
     * time recorded. Every write path calls it: ingest, load, and SPARQL Update.
     */
    public static Instant touch(RepositoryConnection connection) {
        Instant now = Instant.now();
        putSetting(connection, DCTERMS.MODIFIED, Values.literal(now.toString(), XSD.DATETIME));
        return now;
    }

    /**
     * The time of the last write as {@code connection} sees it, so that a reader inside a snapshot
     * transaction labels what it reads with the version it actually read.
     */
    public static Instant lastModified(RepositoryConnection connection) {
        return systemValue(connection, DCTERMS.MODIFIED)
                .map(value -> ((Literal) value).calendarValue().toGregorianCalendar().toInstant())
                .orElse(Instant.EPOCH);
    }

    /**
     * Records, in the system graph and the writing transaction, when a graph was first written
     * ({@code dcterms:created}), last changed ({@code dcterms:modified}) and, once removed, withdrawn
     * ({@code prov:invalidatedAtTime}): the change feed reads these.
     */
    private static void recordChange(RepositoryConnection connection, Resource graph, Instant now, boolean withdrawn) {
        Literal time = Values.literal(now.toString(), XSD.DATETIME);
        if (!connection.hasStatement(graph, DCTERMS.CREATED, null, false, NG.SYSTEM_GRAPH)) {
            connection.add(graph, DCTERMS.CREATED, time, NG.SYSTEM_GRAPH);
        }
        connection.remove(graph, DCTERMS.MODIFIED, null, NG.SYSTEM_GRAPH);
        connection.add(graph, DCTERMS.MODIFIED, time, NG.SYSTEM_GRAPH);
        connection.remove(graph, PROV.INVALIDATED_AT_TIME, null, NG.SYSTEM_GRAPH);
        if (withdrawn) {
            connection.add(graph, PROV.INVALIDATED_AT_TIME, time, NG.SYSTEM_GRAPH);
        }
    }

    private static Optional<Value> systemValue(RepositoryConnection connection, IRI property) {
        try (RepositoryResult<Statement> statements = connection.getStatements(NG.STORE, property, null, NG.SYSTEM_GRAPH)) {
            return statements.hasNext() ? Optional.of(statements.next().getObject()) : Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        repository.shutDown();
        LOG.debug("store {} shut down", location);
    }
}
