package org.newsgraph.mapping;

import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.RDF;

/** The built-in rules over the test gazetteer, parsed once for every rule test: what they add to a fixture's graph. */
final class RuleRun {

    private static final EventRules RULES = new EventRules(ArticleFixture.gazetteer());

    private RuleRun() {
    }

    static Model events(ArticleFixture fixture) {
        return events(fixture.context());
    }

    static Model events(MappingContext context) {
        Model before = new LinkedHashModel(context.model());
        RULES.map(context);
        Model added = new LinkedHashModel(context.model());
        added.removeAll(before);
        return added;
    }

    static List<Resource> eventsOfType(Model model, IRI type) {
        return List.copyOf(model.filter(null, RDF.TYPE, type).subjects());
    }
}
