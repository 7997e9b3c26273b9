package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.RDFCollections;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** The W3C SPARQL 1.1 protocol test manifests (w3c/rdf-tests), read with Rio into plain records. */
final class W3cManifest {

    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

    /** One HTTP request of a test and what its response must show. */
    record Request(String method, String path, Map<String, String> headers, String body, String encoding,
            Set<String> statuses, String format, Boolean answer, String expectedBody) {
    }

    /** One test: its requests in order, the graphs it expects loaded (name → file), the features it requires. */
    record Case(String id, String name, List<Request> requests, Map<String, Path> graphs, Set<String> requires) {
    }

    private W3cManifest() {
    }

    /** The folder with the manifests: ../shared/w3c beside the project (CI), else /work/shared/w3c. */
    static Path folder() {
        for (Path candidate : List.of(Path.of("../shared/w3c"), Path.of("../../shared/w3c"), Path.of("/work/shared/w3c"))) {
            if (Files.isDirectory(candidate.resolve("protocol"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the W3C manifests are not in ../shared/w3c nor /work/shared/w3c");
    }

    static List<Case> read(Path manifest) throws IOException {
        Model model;
        try (InputStream in = Files.newInputStream(manifest)) {
            model = Rio.parse(in, manifest.toUri().toString(), RDFFormat.TURTLE);
        }
        Resource list = Models.objectResource(model.filter(null, iri(MF, "entries"), null)).orElseThrow();
        List<Case> cases = new ArrayList<>();
        for (Value entry : RDFCollections.asValues(model, list, new ArrayList<>())) {
            cases.add(testCase(model, (Resource) entry, manifest.getParent()));
        }
        return cases;
    }

    private static Case testCase(Model model, Resource test, Path folder) {
        String id = test.stringValue().substring(test.stringValue().indexOf('#') + 1);
        String name = string(model, test, iri(MF, "name")).orElse(id);
        Map<String, Path> graphs = new LinkedHashMap<>();
        for (Value data : model.filter(test, iri(UT, "graphData"), null).objects()) {
            Resource node = (Resource) data;
            String file = Models.objectIRI(model.filter(node, iri(UT, "graph"), null)).orElseThrow().stringValue();
            graphs.put(string(model, node, RDFS.LABEL).orElseThrow(), folder.resolve(file.substring(file.lastIndexOf('/') + 1)));
        }
        Set<String> requires = model.filter(test, iri(MF, "requires"), null).objects().stream()
                .map(Value::stringValue).map(v -> v.substring(v.indexOf('#') + 1)).collect(Collectors.toSet());
        Resource action = Models.objectResource(model.filter(test, iri(MF, "action"), null)).orElseThrow();
        Resource requestList = Models.objectResource(model.filter(action, iri(HT, "requests"), null)).orElseThrow();
        List<Request> requests = new ArrayList<>();
        for (Value value : RDFCollections.asValues(model, requestList, new ArrayList<>())) {
            requests.add(request(model, (Resource) value));
        }
        return new Case(id, name, requests, graphs, requires);
    }

    private static Request request(Model model, Resource node) {
        Map<String, String> headers = headers(model, node);
        String body = null;
        String encoding = "UTF-8";
        Optional<Resource> bodyNode = Models.objectResource(model.filter(node, iri(HT, "body"), null));
        if (bodyNode.isPresent()) {
            body = string(model, bodyNode.get(), iri(CNT, "chars")).orElse("");
            encoding = string(model, bodyNode.get(), iri(CNT, "characterEncoding")).orElse("UTF-8");
        }
        Resource response = Models.objectResource(model.filter(node, iri(HT, "resp"), null)).orElseThrow();
        Set<String> statuses = model.filter(response, iri(MF, "expectedStatus"), null).objects().stream()
                .map(Value::stringValue).map(v -> v.substring(v.indexOf('#') + 1)).collect(Collectors.toSet());
        String format = string(model, response, iri(MF, "expectedFormat")).orElse(null);
        Boolean answer = Models.objectLiteral(model.filter(response, iri(MF, "expectedBoolean"), null))
                .map(Literal::booleanValue).orElse(null);
        String expectedBody = Models.objectResource(model.filter(response, iri(HT, "body"), null))
                .flatMap(b -> string(model, b, iri(CNT, "chars"))).orElse(null);
        return new Request(string(model, node, iri(HT, "methodName")).orElseThrow(),
                string(model, node, iri(HT, "absolutePath")).orElseThrow(), headers, body, encoding, statuses, format, answer, expectedBody);
    }

    private static Map<String, String> headers(Model model, Resource node) {
        Map<String, String> headers = new LinkedHashMap<>();
        Optional<Resource> list = Models.objectResource(model.filter(node, iri(HT, "headers"), null));
        if (list.isPresent()) {
            for (Value header : RDFCollections.asValues(model, list.get(), new ArrayList<>())) {
                headers.put(string(model, (Resource) header, iri(HT, "fieldName")).orElseThrow(),
                        string(model, (Resource) header, iri(HT, "fieldValue")).orElseThrow());
            }
        }
        return headers;
    }

    private static Optional<String> string(Model model, Resource subject, IRI property) {
        return Models.object(model.filter(subject, property, null)).map(Value::stringValue);
    }

    private static IRI iri(String namespace, String local) {
        return Values.iri(namespace + local);
    }

    /** Whether a status satisfies one of the manifest's expectations (classes such as StatusCode2xx, or names). */
    static boolean statusMatches(int status, Set<String> expected) {
        if (expected.isEmpty()) {
            return true;
        }
        for (String name : expected) {
            int wanted = switch (name) {
                case "OK" -> 200;
                case "Created" -> 201;
                case "NoContent" -> 204;
                case "NotFound" -> 404;
                default -> -1;
            };
            if (wanted == status) {
                return true;
            }
            if (name.startsWith("StatusCode") && name.endsWith("xx") && status / 100 == name.charAt(10) - '0') {
                return true;
            }
        }
        return false;
    }
}
