package org.newsgraph.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.NewsStore;

/**
 * The ontologies as served at {@code {base}ontology} (geopol.ttl) and {@code {base}ontology/cameo}
 * (cameo.ttl): the bundled file as RDF, and a documentation page with an anchor per term and an
 * example of each term from the data.
 */
public final class OntologyPages {

    /** The two served ontologies: the bundled file, the namespace its terms share, a title. */
    public enum Which {
        GEOPOL("ontology/geopol.ttl", "https://w3id.org/newsgraph/geopol#", "The newsgraph geopolitics ontology"),
        CAMEO("ontology/cameo.ttl", "https://w3id.org/newsgraph/cameo/", "CAMEO event codes");

        final String resource;
        final String namespace;
        final String title;

        Which(String resource, String namespace, String title) {
            this.resource = resource;
            this.namespace = namespace;
            this.title = title;
        }
    }

    private static final String EXAMPLE_OF_CLASS = "SELECT ?s WHERE { ?s a ?term } LIMIT 1";
    private static final String EXAMPLE_OF_PROPERTY = "SELECT ?s ?o WHERE { ?s ?term ?o } LIMIT 1";
    private static final String EXAMPLE_OF_VALUE = "SELECT ?s WHERE { ?s ?p ?term . FILTER(?p != <http://www.w3.org/2004/02/skos/core#inScheme>"
            + " && ?p != <http://www.w3.org/2004/02/skos/core#broader> && ?p != <http://www.w3.org/2004/02/skos/core#hasTopConcept>) } LIMIT 1";
    private static final Set<IRI> ALIGNMENTS = Set.of(RDFS.SUBCLASSOF, RDFS.SUBPROPERTYOF, OWL.EQUIVALENTCLASS,
            OWL.EQUIVALENTPROPERTY, SKOS.EXACT_MATCH, SKOS.CLOSE_MATCH, SKOS.BROAD_MATCH, SKOS.NARROW_MATCH, SKOS.RELATED_MATCH,
            SKOS.BROADER, SKOS.IN_SCHEME, OWL.INVERSEOF);

    private record Rendered(Instant version, String path, String html) {
    }

    private final Map<Which, Rendered> rendered = new ConcurrentHashMap<>();
    private final NewsStore store;
    private final Templates templates;
    private final Links links;

    public OntologyPages(NewsStore store, ResourceDescriber describer, Templates templates) {
        this.store = store;
        this.templates = templates;
        this.links = new Links(describer.uris());
    }

    record Fact(String label, String text, String href) {
    }

    record Term(String anchor, String iri, String label, String kind, String comment, List<Fact> facts, Fact example) {
    }

    record Section(String heading, List<Term> terms) {
    }

    record View(String title, String namespace, List<Section> sections, List<EntityPages.Format> formats) {
    }

    /** The bundled file, parsed. */
    public Model model(Which which) {
        try (InputStream in = OntologyPages.class.getClassLoader().getResourceAsStream(which.resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + which.resource);
            }
            return Rio.parse(in, "", RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documentation page, rendered once per change of the store: it costs one query per term
     * (the examples from the data), and only a write can change its answers.
     */
    public String render(Which which, String path) {
        Instant version = store.lastModified();
        Rendered cached = rendered.get(which);
        if (cached != null && cached.version().equals(version) && cached.path().equals(path)) {
            return cached.html();
        }
        String html = renderNow(which, path);
        rendered.put(which, new Rendered(version, path, html));
        return html;
    }

    private String renderNow(Which which, String path) {
        Model model = model(which);
        List<Section> sections = new ArrayList<>();
        try (RepositoryConnection connection = store.repository().getConnection()) {
            sections.add(section("Classes", terms(model, which, connection, OWL.CLASS, "class", EXAMPLE_OF_CLASS)));
            sections.add(section("Object properties", terms(model, which, connection, OWL.OBJECTPROPERTY, "object property", EXAMPLE_OF_PROPERTY)));
            sections.add(section("Datatype properties", terms(model, which, connection, OWL.DATATYPEPROPERTY, "datatype property", EXAMPLE_OF_PROPERTY)));
            sections.add(section("Concept schemes", terms(model, which, connection, SKOS.CONCEPT_SCHEME, "concept scheme", null)));
            sections.add(section("Concepts", terms(model, which, connection, SKOS.CONCEPT, "concept", EXAMPLE_OF_VALUE)));
        }
        sections.removeIf(section -> section.terms().isEmpty());
        List<EntityPages.Format> formats = new ArrayList<>();
        for (String[] format : new String[][] {{"Turtle", "text/turtle", "ttl"}, {"JSON-LD", "application/ld+json", "jsonld"},
                {"RDF/XML", "application/rdf+xml", "rdf"}, {"N-Triples", "application/n-triples", "nt"}}) {
            formats.add(new EntityPages.Format(format[0], format[1], path + "?format=" + format[2]));
        }
        return templates.render("ontology", new View(which.title, which.namespace, sections, formats));
    }

    private static Section section(String heading, List<Term> terms) {
        return new Section(heading, terms);
    }

    private List<Term> terms(Model model, Which which, RepositoryConnection connection, IRI type, String kind, String example) {
        List<Term> terms = new ArrayList<>();
        for (Resource subject : model.filter(null, RDF.TYPE, type).subjects()) {
            if (!(subject instanceof IRI term) || !term.stringValue().startsWith(which.namespace)) {
                continue;
            }
            String anchor = term.stringValue().substring(which.namespace.length());
            String label = Models.objectLiteral(model.filter(term, RDFS.LABEL, null))
                    .or(() -> Models.objectLiteral(model.filter(term, SKOS.PREF_LABEL, null)))
                    .map(Value::stringValue).orElse(anchor);
            String comment = Models.objectLiteral(model.filter(term, RDFS.COMMENT, null))
                    .or(() -> Models.objectLiteral(model.filter(term, SKOS.DEFINITION, null)))
                    .map(Value::stringValue).orElse(null);
            List<Fact> facts = new ArrayList<>();
            for (IRI property : List.of(RDFS.DOMAIN, RDFS.RANGE, RDFS.SUBCLASSOF, RDFS.SUBPROPERTYOF, OWL.EQUIVALENTCLASS,
                    OWL.EQUIVALENTPROPERTY, OWL.INVERSEOF, SKOS.NOTATION, SKOS.BROADER, SKOS.EXACT_MATCH, SKOS.CLOSE_MATCH,
                    SKOS.BROAD_MATCH, SKOS.NARROW_MATCH, SKOS.RELATED_MATCH, SKOS.IN_SCHEME)) {
                for (Value value : model.filter(term, property, null).objects()) {
                    String text = value instanceof IRI iri ? links.shortName(iri.stringValue()) : value.stringValue();
                    facts.add(new Fact(Links.localLabel(property) + (ALIGNMENTS.contains(property) ? "" : ""), text,
                            value instanceof IRI iri ? links.href(iri.stringValue()) : null));
                }
            }
            terms.add(new Term(anchor, term.stringValue(), label, kind, comment, facts,
                    example == null ? null : example(connection, example, term)));
        }
        terms.sort(Comparator.comparing(Term::anchor));
        return terms;
    }

    private Fact example(RepositoryConnection connection, String sparql, IRI term) {
        TupleQuery query = connection.prepareTupleQuery(sparql);
        query.setBinding("term", term);
        try (TupleQueryResult result = query.evaluate()) {
            if (!result.hasNext()) {
                return null;
            }
            var row = result.next();
            String subject = row.getValue("s").stringValue();
            String text = links.shortName(subject) + (row.hasBinding("o") ? " → " + shorten(row.getValue("o").stringValue()) : "");
            return new Fact("example", text, links.href(subject));
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
