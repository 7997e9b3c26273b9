package org.newsgraph.mapping;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.regex.Pattern;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.newsgraph.article.Article;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SCHEMA;

/** The article itself as a schema.org {@code NewsArticle}, and the provenance of its graph. */
public final class ArticleMapper implements Mapper {

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}(?:-[\\p{L}\\p{N}]+)*|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private final Clock clock;
    private final String version;

    public ArticleMapper(Clock clock, String version) {
        this.clock = clock;
        this.version = version;
    }

    @Override
    public String name() {
        return "article";
    }

    @Override
    public void map(MappingContext context) {
        Article article = context.article();
        IRI id = context.articleIri();
        Model model = context.model();
        String lang = article.language();
        model.add(id, RDF.TYPE, SCHEMA.NewsArticle);
        model.add(id, SCHEMA.headline, Values.literal(article.headline(), lang));
        if (!article.standfirst().isEmpty()) {
            model.add(id, SCHEMA.description, Values.literal(article.standfirst(), lang));
        }
        if (!article.body().isEmpty()) {
            model.add(id, SCHEMA.articleBody, Values.literal(article.bodyText(), lang));
        }
        model.add(id, SCHEMA.wordCount, Values.literal(BigInteger.valueOf(wordCount(article))));
        model.add(id, SCHEMA.inLanguage, Values.literal(lang));
        if (article.datePublished() != null) {
            model.add(id, SCHEMA.datePublished, dateLiteral(article.datePublished()));
        }
        if (article.url() != null) {
            model.add(id, SCHEMA.url, Values.iri(article.url()));
        }
        if (article.author() != null) {
            model.add(id, SCHEMA.author, Values.literal(article.author()));
        }
        if (article.publisher() != null) {
            model.add(id, SCHEMA.publisher, Values.literal(article.publisher()));
        }

        IRI graph = context.graphIri();
        model.add(graph, PROV.WAS_DERIVED_FROM, context.uris().articleText(article.slug()));
        if (article.url() != null) {
            model.add(graph, PROV.HAD_PRIMARY_SOURCE, Values.iri(article.url()));
        }
        model.add(graph, PROV.GENERATED_AT_TIME, Values.literal(
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)), XSD.DATETIME));
        model.add(graph, NG.softwareVersion, Values.literal("newsgraph " + version));
    }

    /** Words of the headline, standfirst and body: runs of letters and digits with inner apostrophes and hyphens; "U.S." is one word. */
    static int wordCount(Article article) {
        return (int) WORD.matcher(article.text()).results().count();
    }

    static Literal dateLiteral(Temporal date) {
        if (date instanceof LocalDate) {
            return Values.literal(date.toString(), XSD.DATE);
        }
        return Values.literal(date.toString(), XSD.DATETIME);
    }
}
