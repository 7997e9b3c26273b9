package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.UriSpace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared graphs every article links into: the ontology, the CAMEO scheme and the gazetteer.
 * Each is (re)written only when its content changed, so that a restart does not invalidate caches.
 */
public final class ReferenceData {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

    /** The ontology files bundled in the jar, and the graph each goes into (relative to the base). */
    static final Map<String, String> ONTOLOGY_FILES = Map.of(
            "ontology/geopol.ttl", "graph/ontology",
            "ontology/cameo.ttl", "graph/cameo");

    private ReferenceData() {
    }

    /** The graph the gazetteer lives in. */
    public static IRI gazetteerGraph(UriSpace uris) {
        return Values.iri(uris.base() + "graph/gazetteer");
    }

    public static IRI ontologyGraph(UriSpace uris) {
        return Values.iri(uris.base() + "graph/ontology");
    }

    public static IRI cameoGraph(UriSpace uris) {
        return Values.iri(uris.base() + "graph/cameo");
    }

    /** Reads a bundled ontology file from the classpath. */
    public static Model ontologyFile(String resource) throws IOException {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the jar lacks " + resource);
            }
            return Rio.parse(in, "", RDFFormat.TURTLE);
        }
    }

    /** Writes the ontology, CAMEO and gazetteer graphs where their content changed; returns how many graphs were written. */
    public static int install(NewsStore store, UriSpace uris, Model gazetteer) throws IOException {
        Map<IRI, Model> graphs = new LinkedHashMap<>();
        for (var file : ONTOLOGY_FILES.entrySet()) {
            graphs.put(Values.iri(uris.base() + file.getValue()), ontologyFile(file.getKey()));
        }
        graphs.put(gazetteerGraph(uris), gazetteer);
        Map<IRI, Model> changed = new LinkedHashMap<>();
        Map<IRI, String> hashes = new LinkedHashMap<>();
        for (var graph : graphs.entrySet()) {
            String hash = hash(graph.getValue());
            IRI setting = Values.iri(NG.NAMESPACE, "hashOf_" + UriSpace.slug(graph.getKey().stringValue()));
            Optional<Value> stored = store.setting(setting);
            if (stored.isEmpty() || !stored.get().stringValue().equals(hash)) {
                changed.put(graph.getKey(), graph.getValue());
                hashes.put(setting, hash);
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        store.replaceGraphs(changed);
        try (RepositoryConnection connection = store.repository().getConnection()) {
            connection.begin();
            hashes.forEach((setting, hash) -> NewsStore.putSetting(connection, setting, Values.literal(hash)));
            connection.commit();
        }
        LOG.info("reference graphs written: {}", changed.keySet());
        return changed.size();
    }

    /** A statement as text, blank-node labels left out: they change from one parse to the next. */
    private static String canonical(Statement statement) {
        return term(statement.getSubject()) + ' ' + term(statement.getPredicate()) + ' ' + term(statement.getObject());
    }

    private static String term(Value value) {
        return value.isBNode() ? "_:" : value.toString();
    }

    /** An order-independent digest of a model's statements. */
    static String hash(Model model) {
        try {
            long[] sum = new long[4];
            for (var statement : model) {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(canonical(statement).getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 4; i++) {
                    long word = 0;
                    for (int j = 0; j < 8; j++) {
                        word = (word << 8) | (digest[i * 8 + j] & 0xff);
                    }
                    sum[i] += word;
                }
            }
            StringBuilder hex = new StringBuilder();
            for (long word : sum) {
                hex.append(HexFormat.of().toHexDigits(word));
            }
            return hex.append('-').append(model.size()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
