package org.newsgraph.mapping;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/** SPARQL ASK over a model, with the prefixes newsgraph writes (gp:, schema:, cameo:, nif:, prov:, dcterms:, iptc:, id:). */
final class RdfAsk {

    static final String PREFIXES = """
            PREFIX gp: <https://w3id.org/newsgraph/geopol#>
            PREFIX schema: <http://schema.org/>
            PREFIX cameo: <https://w3id.org/newsgraph/cameo/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX iptc: <http://cv.iptc.org/newscodes/mediatopic/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX id: <http://example.org/id/>
            """;

    private RdfAsk() {
    }

    static boolean ask(Model model, String query) {
        Repository repository = new SailRepository(new MemoryStore());
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.add(model);
            return connection.prepareBooleanQuery(query.contains("PREFIX") ? query : PREFIXES + query).evaluate();
        } finally {
            repository.shutDown();
        }
    }
}
