package org.newsgraph.dump;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.RDF;

/**
 * What a dump of distinct triples holds (VoID): triples and instances per class and triples per
 * property, counted while it is written, and entities (distinct subjects in the dataset's URI space).
 *
 * @param classes    distinct instances per class, by class IRI
 * @param properties triples per property, by property IRI
 */
public record DumpStatistics(long triples, long entities,
        Map<String, Long> classes, Map<String, Long> properties) {

    public DumpStatistics {
        classes = Map.copyOf(classes);
        properties = Map.copyOf(properties);
    }

    /**
     * Counts the distinct triples a {@link TripleWalk} gives, each once, so that a type triple is
     * one instance. Memory grows with the number of classes and properties, not with the data.
     */
    static final class Counter {
        private final Map<String, Long> classes = new TreeMap<>();
        private final Map<String, Long> properties = new TreeMap<>();
        private long triples;

        void count(Statement triple) {
            triples++;
            IRI predicate = triple.getPredicate();
            properties.merge(predicate.stringValue(), 1L, Long::sum);
            if (RDF.TYPE.equals(predicate) && triple.getObject().isIRI()) {
                classes.merge(triple.getObject().stringValue(), 1L, Long::sum);
            }
        }

        DumpStatistics result(long entities) {
            return new DumpStatistics(triples, entities, classes, properties);
        }
    }
}
