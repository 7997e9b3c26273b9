package org.newsgraph.mapping;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.link.Linking;
import org.newsgraph.link.MintedPerson;
import org.newsgraph.link.Position;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.SCHEMA;

/**
 * What the article's graph says about the entities it links: the people minted from it and the
 * positions it states, in full, and {@code schema:mentions} of every linked entity. Gazetteer
 * entities are not copied: they live in the gazetteer graph.
 */
public final class EntityMapper implements Mapper {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void map(MappingContext context) {
        Linking linking = context.get(Linking.class);
        Model model = context.model();
        String lang = context.article().language();
        for (MintedPerson person : linking.minted()) {
            model.add(person.iri(), RDF.TYPE, SCHEMA.Person);
            model.add(person.iri(), SCHEMA.name, Values.literal(person.name(), lang));
        }
        for (Position position : linking.positions()) {
            model.add(position.holder(), GP.holdsPosition, position.iri());
            model.add(position.iri(), RDF.TYPE, GP.PositionHolding);
            model.add(position.iri(), SCHEMA.roleName, Values.literal(position.roleName(), lang));
            model.add(position.iri(), GP.jurisdiction, position.jurisdiction());
        }
        IRI article = context.articleIri();
        for (IRI entity : linking.entities()) {
            model.add(article, SCHEMA.mentions, entity);
        }
    }
}
