package org.newsgraph.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.vocab.Namespaces;

/** Scratch (not committed): prints events and mentions of -Ddebug.articles. */
class DebugEventsTest {
    static void sel(Model model, String q, String indent) {
        var repository = new org.eclipse.rdf4j.repository.sail.SailRepository(new org.eclipse.rdf4j.sail.memory.MemoryStore());
        try (var c = repository.getConnection()) {
            c.add(model);
            try (var r = c.prepareTupleQuery(q).evaluate()) {
                r.forEach(b -> { StringBuilder sb = new StringBuilder(indent); for (var n : r.getBindingNames()) { var v = b.getValue(n); sb.append(v == null ? "-" : v.stringValue().replace("http://example.org/id/", "").replace("https://w3id.org/newsgraph/geopol#", "gp:")).append(" | "); } System.out.println(sb); });
            }
        } finally { repository.shutDown(); }
    }

    @Test
    void triggers() throws Exception {
        String sentence = System.getProperty("debug.sentence");
        if (sentence == null) return;
        var model = org.eclipse.rdf4j.rio.Rio.parse(Files.newInputStream(Path.of("src/main/resources/rules/triggers.ttl")), "", org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        var lex = TriggerLexicon.of(model);
        for (var c : model.filter(null, org.eclipse.rdf4j.model.vocabulary.SKOS.PREF_LABEL, null).subjects()) {
            var m = lex.matches(sentence, c.stringValue());
            if (!m.isEmpty()) System.out.println("  T " + c.stringValue().replace("https://w3id.org/newsgraph/ns#", "") + " " + m);
        }
        System.out.println("  factuality " + lex.factuality(sentence, null));
        for (var c : model.filter(null, org.eclipse.rdf4j.model.vocabulary.SKOS.PREF_LABEL, null).subjects()) {
            var m = lex.matches(sentence, c.stringValue());
            if (!m.isEmpty()) System.out.println("  D " + c.stringValue().replace("https://w3id.org/newsgraph/ns#", "") + " " + SentenceDates.resolve(sentence, java.time.LocalDate.parse(System.getProperty("debug.published", "2024-06-11")), new SentenceDates.Span(m.get(0).begin(), m.get(0).end())));
        }
    }

    @Test
    void print() throws Exception {
        String only = System.getProperty("debug.articles", "00_");
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (Stream.of(only.split(",")).noneMatch(p -> f.getFileName().toString().startsWith(p))) continue;
                Model graph = new LinkedHashModel(FullPipeline.get().map(new ArticleReader().read(f)));
                graph.addAll(FullPipeline.get().gazetteer());
                String q = Namespaces.SPARQL_PREFIXES + """
                    SELECT ?e ?type ?fact ?date ?rule ?ev ?name WHERE {
                      ?e a ?type ; gp:factuality ?fact ; prov:wasGeneratedBy ?rule ; schema:name ?name ; gp:evidence/nif:anchorOf ?ev .
                      OPTIONAL { ?e schema:startDate ?date }
                      FILTER(STRSTARTS(STR(?type), STR(gp:)))
                    } ORDER BY ?e""";
                System.out.println("=== " + f.getFileName());
                sel(graph, q, "  ");
                String m = Namespaces.SPARQL_PREFIXES + """
                    SELECT ?anchor ?b ?ent WHERE { ?p a nif:Phrase ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; itsrdf:taIdentRef ?ent } ORDER BY ?b""";
                sel(graph, Namespaces.SPARQL_PREFIXES + "SELECT ?e ?p ?o WHERE { ?e a gp:CooperationAgreement ; ?p ?o }", "   P ");
                if (Boolean.getBoolean("debug.mentions")) sel(graph, m, "    m ");
            }
        }
    }
}
