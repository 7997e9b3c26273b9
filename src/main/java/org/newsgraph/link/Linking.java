package org.newsgraph.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;

/**
 * The result of linking one article, as the mention mapper leaves it in the mapping context.
 *
 * @param mentions  in text order
 * @param minted    people minted for this article
 * @param positions positions the article states that the gazetteer does not
 * @param report    counts for the ingest summary
 */
public record Linking(List<Mention> mentions, List<MintedPerson> minted, List<Position> positions, LinkingReport report) {

    public Linking {
        mentions = List.copyOf(mentions);
        minted = List.copyOf(minted);
        positions = List.copyOf(positions);
    }

    static Linking notLinked(String language) {
        return new Linking(List.of(), List.of(), List.of(), new LinkingReport(language, false, 0, 0, 0));
    }

    /** Every linked entity, in order of first mention. */
    public Set<IRI> entities() {
        Set<IRI> entities = new LinkedHashSet<>();
        mentions.forEach(m -> entities.add(m.entity()));
        return entities;
    }
}
