package org.newsgraph.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.article.Article;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.UriSpace;

/**
 * Builds the mention graph of a small article in the contract's shape (nif:Context, nif:Sentence,
 * nif:Phrase with code-point offsets and itsrdf:taIdentRef), so that a test states its sentences
 * and links instead of counting offsets by hand.
 */
final class ArticleFixture {

    static final String BASE = "http://example.org/";
    static final UriSpace URIS = new UriSpace(BASE);

    private record Link(String surface, String entity) {
    }

    private record Sentence(String text, List<Link> links) {
    }

    private final String slug;
    private final List<Sentence> sentences = new ArrayList<>();
    private LocalDate published;

    private ArticleFixture(String slug) {
        this.slug = slug;
    }

    static ArticleFixture article(String slug) {
        return new ArticleFixture(slug);
    }

    static Model gazetteer() {
        return turtle("/rules/gazetteer.ttl");
    }

    static Model turtle(String resource) {
        try (InputStream in = ArticleFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return Rio.parse(in, BASE, RDFFormat.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IRI id(String kindAndSlug) {
        return Values.iri(BASE + "id/" + kindAndSlug);
    }

    ArticleFixture published(LocalDate day) {
        this.published = day;
        return this;
    }

    /** A sentence and its links: pairs of surface text and entity ("person/vladimir-putin"), in text order. */
    ArticleFixture sentence(String text, String... surfacesAndEntities) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < surfacesAndEntities.length; i += 2) {
            links.add(new Link(surfacesAndEntities[i], surfacesAndEntities[i + 1]));
        }
        sentences.add(new Sentence(text, links));
        return this;
    }

    MappingContext context() {
        String text = String.join(" ", sentences.stream().map(Sentence::text).toList());
        Article article = new Article(slug + ".txt", slug, null, sentences.get(0).text(), "", List.of(), text,
                published, null, null, "en");
        MappingContext context = new MappingContext(URIS, article);
        Model model = context.model();
        model.add(context.articleIri(), RDF.TYPE, SCHEMA.NewsArticle);
        int length = text.codePointCount(0, text.length());
        IRI ctx = URIS.span(slug, 0, length);
        model.add(ctx, RDF.TYPE, NIF.Context);
        model.add(ctx, NIF.isString, Values.literal(text));
        int offset = 0;
        for (Sentence sentence : sentences) {
            int begin = text.codePointCount(0, offset);
            int end = begin + sentence.text().codePointCount(0, sentence.text().length());
            IRI s = URIS.span(slug, begin, end);
            model.add(s, RDF.TYPE, NIF.Sentence);
            model.add(s, RDF.TYPE, NIF.RFC5147String);
            model.add(s, NIF.referenceContext, ctx);
            model.add(s, NIF.anchorOf, Values.literal(sentence.text()));
            model.add(s, NIF.beginIndex, Values.literal(String.valueOf(begin), XSD.NON_NEGATIVE_INTEGER));
            model.add(s, NIF.endIndex, Values.literal(String.valueOf(end), XSD.NON_NEGATIVE_INTEGER));
            int cursor = 0;
            for (Link link : sentence.links()) {
                int at = sentence.text().indexOf(link.surface(), cursor);
                if (at < 0) {
                    throw new IllegalArgumentException("'" + link.surface() + "' is not in '" + sentence.text() + "' after " + cursor);
                }
                cursor = at + link.surface().length();
                int mb = begin + sentence.text().codePointCount(0, at);
                int me = begin + sentence.text().codePointCount(0, cursor);
                IRI m = URIS.span(slug, mb, me);
                model.add(m, RDF.TYPE, NIF.Phrase);
                model.add(m, NIF.referenceContext, ctx);
                model.add(m, NIF.sentence, s);
                model.add(m, NIF.anchorOf, Values.literal(link.surface()));
                model.add(m, NIF.beginIndex, Values.literal(String.valueOf(mb), XSD.NON_NEGATIVE_INTEGER));
                model.add(m, NIF.endIndex, Values.literal(String.valueOf(me), XSD.NON_NEGATIVE_INTEGER));
                model.add(m, ITSRDF.taIdentRef, id(link.entity()));
            }
            offset += sentence.text().length() + 1;
        }
        return context;
    }
}
