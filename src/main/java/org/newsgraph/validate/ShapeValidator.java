package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.SailConnection;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.eclipse.rdf4j.sail.shacl.ShaclSailValidationException;
import org.newsgraph.vocab.SCHEMA;

/**
 * Validates one article's graph in memory against the SHACL shapes of {@code ontology/shapes.ttl},
 * before the graph is written to the store.
 *
 * <p>The shapes are compiled once, into a {@link ShaclSail} over an empty {@link MemoryStore} that this
 * validator owns. Each {@link #validate(Model)} adds the article's statements in a transaction, lets the
 * sail validate them at {@code prepare()}, and rolls the transaction back, so the sail stays empty and
 * nothing is re-parsed per article. Calls are serialised; give each ingest thread its own validator.
 *
 * <p>Besides SHACL, it checks in Java that every {@code nif:Sentence} and {@code nif:Phrase} covers the
 * text it claims, counting code points (RDF4J's SPARQL string functions count UTF-16 units).
 *
 * <pre>{@code
 * try (ShapeValidator validator = new ShapeValidator(Path.of("ontology/shapes.ttl"))) {
 *     ValidationReport report = validator.validate(articleGraph);
 *     if (report.articleInvalid()) { ... reject the article ... }
 *     articleGraph.removeIf(st -> report.invalidFocusNodes().contains(st.getSubject()));
 * }
 * }</pre>
 */
public final class ShapeValidator implements AutoCloseable {

    private final ShaclSail sail;
    private final Map<Resource, String> messages;
    private final AnchorTextCheck anchorTextCheck;

    /** Reads the shapes from a Turtle file. */
    public ShapeValidator(Path shapesFile) throws IOException {
        this(parse(shapesFile));
    }

    /** Takes the shapes as a model (for example read from the classpath or the store's ontology graph). */
    public ShapeValidator(Model shapes) {
        this.messages = messages(shapes);
        this.anchorTextCheck = new AnchorTextCheck(messages.getOrDefault(AnchorTextCheck.SHAPE,
                "The text of a sentence or mention (nif:anchorOf) is not what the article text holds at its offsets."));
        this.sail = new ShaclSail(new MemoryStore());
        // Targets name every class, and article graphs carry no rdfs:subClassOf: reasoning would find nothing.
        sail.setRdfsSubClassReasoning(false);
        // An article graph is small: validating on one thread beats handing it to a pool.
        sail.setParallelValidation(false);
        sail.setLogValidationViolations(false);
        sail.init();
        try (SailConnection connection = sail.getConnection()) {
            connection.begin();
            for (Statement st : shapes) {
                connection.addStatement(st.getSubject(), st.getPredicate(), st.getObject(), RDF4J.SHACL_SHAPE_GRAPH);
            }
            connection.commit();
        } catch (RuntimeException e) {
            sail.shutDown();
            throw e;
        }
    }

    /** Validates the statements of an article's graph (their contexts are kept, and do not matter). */
    public synchronized ValidationReport validate(Model data) {
        var violations = new ArrayList<Violation>();
        try (SailConnection connection = sail.getConnection()) {
            connection.begin();
            try {
                for (Statement st : data) {
                    connection.addStatement(st.getSubject(), st.getPredicate(), st.getObject(), st.getContext());
                }
                connection.prepare();
            } catch (ShaclSailValidationException e) {
                violations.addAll(read(e.validationReportAsModel()));
            } finally {
                // Nothing is ever committed: the sail holds only the shapes between calls.
                connection.rollback();
            }
        }
        violations.addAll(anchorTextCheck.check(data));
        return new ValidationReport(violations, data.filter(null, RDF.TYPE, SCHEMA.NewsArticle).subjects());
    }

    @Override
    public synchronized void close() {
        sail.shutDown();
    }

    private List<Violation> read(Model report) {
        var violations = new ArrayList<Violation>();
        for (Resource result : report.filter(null, RDF.TYPE, SHACL.VALIDATION_RESULT).subjects()) {
            if (!report.contains(null, SHACL.RESULT, result)) {
                continue; // a nested sh:detail, already summed up by its parent result
            }
            Resource focus = Models.objectResource(report.filter(result, SHACL.FOCUS_NODE, null)).orElse(null);
            IRI path = Models.objectIRI(report.filter(result, SHACL.RESULT_PATH, null)).orElse(null);
            Value value = Models.object(report.filter(result, SHACL.VALUE, null)).orElse(null);
            Resource shape = Models.objectResource(report.filter(result, SHACL.SOURCE_SHAPE, null)).orElse(null);
            IRI component = Models.objectIRI(report.filter(result, SHACL.SOURCE_CONSTRAINT_COMPONENT, null)).orElse(null);
            String message = Models.objectLiteral(report.filter(result, SHACL.RESULT_MESSAGE, null))
                    .map(Literal::getLabel)
                    .or(() -> Optional.ofNullable(shape).map(messages::get))
                    .orElseGet(() -> "Violates " + (component == null ? "a shape" : component.getLocalName())
                            + (path == null ? "" : " on " + path) + ".");
            violations.add(new Violation(focus, path, value, message, severity(report, result), shape));
        }
        return violations;
    }

    private static Violation.Severity severity(Model report, Resource result) {
        IRI severity = Models.objectIRI(report.filter(result, SHACL.RESULT_SEVERITY, null)).orElse(SHACL.VIOLATION);
        if (SHACL.WARNING.equals(severity)) {
            return Violation.Severity.WARNING;
        }
        if (SHACL.INFO.equals(severity)) {
            return Violation.Severity.INFO;
        }
        return Violation.Severity.VIOLATION;
    }

    /** Each shape's English (or only) sh:message. */
    private static Map<Resource, String> messages(Model shapes) {
        var messages = new HashMap<Resource, String>();
        for (Statement st : shapes.filter(null, SHACL.MESSAGE, null)) {
            if (st.getObject() instanceof Literal literal) {
                boolean english = literal.getLanguage().map("en"::equalsIgnoreCase).orElse(false);
                if (english || !messages.containsKey(st.getSubject())) {
                    messages.put(st.getSubject(), literal.getLabel());
                }
            }
        }
        return messages;
    }

    private static Model parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, file.toUri().toString(), RDFFormat.TURTLE);
        }
    }
}
