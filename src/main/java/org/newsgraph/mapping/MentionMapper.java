package org.newsgraph.mapping;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.Linking;
import org.newsgraph.link.LinkingReport;
import org.newsgraph.link.Mention;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.text.TextMapper;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NIF;

/**
 * Links the article (after {@link TextMapper}) and writes one nif:Phrase per linked span, with
 * itsrdf:taIdentRef to each entity it refers to. Leaves the {@link Linking} and its
 * {@link LinkingReport} in the context.
 */
public final class MentionMapper implements Mapper {

    private final EntityLinker linker;

    public MentionMapper(EntityLinker linker) {
        this.linker = linker;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public void map(MappingContext context) {
        TextAnalysis analysis = context.get(TextAnalysis.class);
        Linking linking = linker.link(context.article(), analysis, context.uris());
        Model model = context.model();
        String slug = context.article().slug();
        Set<IRI> written = new HashSet<>();
        for (Mention mention : linking.mentions()) {
            IRI phrase = context.uris().span(slug, mention.begin(), mention.end());
            if (written.add(phrase)) {
                IRI sentence = context.uris().span(slug, mention.sentence().begin(), mention.sentence().end());
                model.add(phrase, RDF.TYPE, NIF.Phrase);
                model.add(phrase, RDF.TYPE, NIF.RFC5147String);
                model.add(phrase, NIF.referenceContext, analysis.context());
                model.add(phrase, NIF.sentence, sentence);
                model.add(phrase, NIF.anchorOf, Values.literal(mention.anchor()));
                model.add(phrase, NIF.beginIndex, TextMapper.index(mention.begin()));
                model.add(phrase, NIF.endIndex, TextMapper.index(mention.end()));
            }
            model.add(phrase, ITSRDF.taIdentRef, mention.entity());
            model.add(phrase, ITSRDF.taClassRef, mention.type());
        }
        context.put(Linking.class, linking);
        context.put(LinkingReport.class, linking.report());
    }
}
