package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.link.LinkingReport;
import org.newsgraph.mapping.MappingContext;
import org.newsgraph.vocab.GP;
import org.newsgraph.mapping.MappingPipeline;
import org.newsgraph.store.NewsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, maps, checks and stores articles, one transaction per article: a bad article is
 * reported and skipped, and a crash half way leaves every article stored before it intact.
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final NewsStore store;
    private final ArticleReader reader;
    private final MappingPipeline pipeline;
    private final GraphCheck check;

    public Ingester(NewsStore store, ArticleReader reader, MappingPipeline pipeline, GraphCheck check) {
        this.store = store;
        this.reader = reader;
        this.pipeline = pipeline;
        this.check = check;
    }

    /** What became of one file. {@code error} is null on success. */
    public record Outcome(Path file, IRI article, IRI graph, int statements, List<String> notes, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** The outcomes of a run, in the order the files were read. */
    public record Report(List<Outcome> outcomes) {
        public long succeeded() {
            return outcomes.stream().filter(Outcome::ok).count();
        }

        public long failed() {
            return outcomes.size() - succeeded();
        }

        public long statements() {
            return outcomes.stream().mapToLong(Outcome::statements).sum();
        }
    }

    /** Ingests files and folders (recursively, in name order), telling {@code listener} about each file as it is done. */
    public Report ingest(List<Path> paths, Consumer<Outcome> listener) throws IOException {
        store.claimBase(pipeline.uris());
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : articleFiles(paths)) {
            Outcome outcome = ingestOne(file);
            outcomes.add(outcome);
            listener.accept(outcome);
        }
        Report report = new Report(outcomes);
        LOG.info("ingested {} articles, {} statements, {} failed", report.succeeded(), report.statements(), report.failed());
        return report;
    }

    private Outcome ingestOne(Path file) {
        try {
            Article article = reader.read(file);
            MappingContext context = pipeline.run(article);
            GraphCheck.Checked checked = check.check(context);
            store.replaceGraph(context.graphIri(), checked.model());
            return new Outcome(file, context.articleIri(), context.graphIri(), checked.model().size(),
                    notes(context, checked), null);
        } catch (ArticleFormatException e) {
            return failure(file, e.getMessage());
        } catch (RejectedArticleException e) {
            return failure(file, file + ": rejected: " + e.getMessage());
        } catch (IOException e) {
            return failure(file, file + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("mapping {} failed", file, e);
            return failure(file, file + ": failed: " + e);
        }
    }

    /** What the summary line says besides the counts: what was linked, how many events, what was left out. */
    private static List<String> notes(MappingContext context, GraphCheck.Checked checked) {
        List<String> notes = new ArrayList<>();
        LinkingReport linking = context.getOrNull(LinkingReport.class);
        if (linking != null) {
            notes.add(linking.summary());
        }
        long events = checked.model().filter(null, GP.evidence, null).subjects().size();
        notes.add(events + (events == 1 ? " event" : " events"));
        notes.addAll(checked.notes());
        return notes;
    }

    private static Outcome failure(Path file, String message) {
        LOG.warn("{}", message);
        return new Outcome(file, null, null, 0, List.of(), message);
    }

    /** The article files under the given paths, sorted so that runs are repeatable. */
    static List<Path> articleFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().forEach(files::add);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new IOException(path + ": no such file or folder");
            }
        }
        return files;
    }
}
