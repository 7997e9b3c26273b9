package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.zip.GZIPOutputStream;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.newsgraph.config.Config;
import org.newsgraph.dump.DumpFormat;
import org.newsgraph.dump.DumpService;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.RdfLoader;
import org.newsgraph.store.StoreException;
import org.newsgraph.ingest.ReferenceData;
import org.newsgraph.validate.ShapeValidator;
import org.newsgraph.validate.StoreValidation;
import org.newsgraph.vocab.UriSpace;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code newsgraph} command line. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "A linked-data publisher for news: articles to RDF, a SPARQL endpoint, dereferenceable URIs and dumps.",
        subcommands = {Main.Serve.class, Main.Ingest.class, Main.Load.class, Main.Dump.class, Main.Validate.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + message(exception));
            return 1;
        });
        return commandLine.execute(args);
    }

    private static String message(Exception exception) {
        if (exception instanceof StoreException || exception instanceof IllegalArgumentException
                || exception instanceof IllegalStateException || exception instanceof IOException) {
            return exception.getMessage();
        }
        return exception.toString();
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + Version.get()};
        }
    }

    /** Options every command that opens the store shares. */
    static final class StoreOptions {
        @Option(names = "--store", defaultValue = "var/store", paramLabel = "DIR|URL",
                description = "The store: a folder for the embedded native store, or the URL of an RDF4J Server repository or SPARQL 1.1 endpoint (default: ${DEFAULT-VALUE}).")
        String store;
    }

    /** Options of the commands that mint IRIs. */
    static final class BaseOptions {
        @Option(names = "--base-uri", paramLabel = "URI",
                description = "The base every minted IRI starts with (default: http://localhost:PORT/). The store records the first one used and refuses another.")
        String baseUri;

        @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
                description = "The folder with articles/ and gazetteer/ (default: ${DEFAULT-VALUE}).")
        Path data;

        UriSpace uris(int port) {
            return new UriSpace(baseUri != null ? baseUri : "http://localhost:" + port + "/");
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serves the store over HTTP; on an empty store, ingests DATA/articles first.")
    static final class Serve implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin BaseOptions baseOptions;

        @Option(names = "--port", defaultValue = "8080", description = "The HTTP port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
                description = "The address to listen on: 0.0.0.0 for every interface (default), 127.0.0.1 for this machine only.")
        String host;

        @Option(names = "--query-timeout", defaultValue = "30", paramLabel = "SECONDS",
                description = "How long a SPARQL query may run before it gets 503 (default: ${DEFAULT-VALUE}).")
        long queryTimeout;

        @Option(names = "--update-token", paramLabel = "TOKEN",
                description = "Allow SPARQL Update to requests that carry this bearer token (default: read-only). Also read from NEWSGRAPH_UPDATE_TOKEN.")
        String updateToken;

        @Option(names = "--article-license", paramLabel = "IRI",
                description = "The licence of the republished article text, shown on article pages.")
        String articleLicense;

        @Override
        public Integer call() throws Exception {
            String token = updateToken != null ? updateToken : System.getenv("NEWSGRAPH_UPDATE_TOKEN");
            Config config = new Config(port, storeOptions.store, baseOptions.uris(port), baseOptions.data,
                    Duration.ofSeconds(queryTimeout), token, articleLicense, null, null, host);
            CountDownLatch stopped = new CountDownLatch(1);
            Application application = Application.open(config);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                application.close();
                stopped.countDown();
            }, "newsgraph-shutdown"));
            application.installReferenceData();
            if (!application.hasArticles()) {
                Path articles = config.data().resolve("articles");
                if (Files.isDirectory(articles)) {
                    Ingester.Report report = application.ingester().ingest(List.of(articles), outcome -> { });
                    System.out.printf("ingested %d articles (%d statements) from %s; %d failed%n",
                            report.succeeded(), report.statements(), articles, report.failed());
                }
            }
            int bound = application.serve();
            System.out.printf("newsgraph serving %s on http://localhost:%d/ (base %s)%n",
                    config.store(), bound, config.uris().base());
            stopped.await();
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Maps article files (.txt, .json) and folders of them into the store, one graph per article.")
    static final class Ingest implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin BaseOptions baseOptions;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
        List<Path> paths;

        @Override
        public Integer call() throws Exception {
            Config config = Config.of(8080, storeOptions.store, baseOptions.uris(8080).base(), baseOptions.data);
            try (Application application = Application.open(config)) {
                application.installReferenceData();
                PrintWriter out = new PrintWriter(System.out, true);
                Ingester.Report report = application.ingester().ingest(paths, outcome -> {
                    if (outcome.ok()) {
                        out.printf("ok      %s  %s  graph %s  %d statements%s%n", outcome.file(), outcome.article(),
                                outcome.graph(), outcome.statements(),
                                outcome.notes().isEmpty() ? "" : "  (" + String.join("; ", outcome.notes()) + ")");
                    } else {
                        out.printf("FAILED  %s%n", outcome.error());
                    }
                });
                out.printf("%d ingested, %d failed, %d statements%n", report.succeeded(), report.failed(), report.statements());
                return report.failed() == 0 ? 0 : 2;
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Imports RDF files as they are (format from the extension, .gz allowed). Mints nothing.")
    static final class Load implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;

        @Option(names = "--graph", paramLabel = "IRI",
                description = "Put every statement into this graph, replacing it. Without it, TriG and N-Quads keep their graphs (each replaced) and triples go to the default graph.")
        String graph;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files.")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            Optional<IRI> target = Optional.ofNullable(graph).map(Values::iri);
            try (var store = org.newsgraph.store.NewsStore.open(storeOptions.store)) {
                RdfLoader loader = new RdfLoader(store);
                for (Path file : files) {
                    RdfLoader.Loaded loaded = loader.load(file, target);
                    System.out.printf("loaded  %s  %d statements into %s%n", file, loaded.statements(),
                            loaded.graphs().isEmpty() ? "the default graph" : loaded.graphs().size() + " graph(s)");
                }
            }
            return 0;
        }
    }

    @Command(name = "dump", mixinStandardHelpOptions = true,
            description = "Writes the store (or one graph) in an RDF format, as the HTTP dumps are written:"
                    + " each distinct triple once in Turtle and N-Triples, each quad once in N-Quads and TriG, never the system graph.")
    static final class Dump implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "turtle, ntriples, nquads or trig, with .gz to compress (turtle.gz); jsonld and rdfxml only with --graph."
                        + " Default: from the output file's name (dump.nq.gz), else turtle.")
        String format;

        @Option(names = "--output", defaultValue = "-", paramLabel = "FILE",
                description = "A file (gzipped when its name ends with .gz), or - for standard output (default).")
        String output;

        @Option(names = "--graph", paramLabel = "IRI", description = "Dump only this graph.")
        String graph;

        @Override
        public Integer call() throws Exception {
            DumpFormats.Choice choice = DumpFormats.choose(format, output);
            Optional<DumpFormat> whole = DumpFormat.of(choice.format());
            if (graph == null && whole.isEmpty()) {
                throw new IllegalArgumentException(choice.format().getName()
                        + " is written per graph only (its writer holds what it writes): add --graph IRI, or use turtle, ntriples, nquads or trig");
            }
            Path file = "-".equals(output) ? null : Path.of(output);
            Path partial = file == null ? null : file.resolveSibling(file.getFileName() + ".partial");
            try (var store = org.newsgraph.store.NewsStore.open(storeOptions.store)) {
                String base = store.baseUri().orElse("http://localhost:8080/");
                DumpService dumps = new DumpService(store, new UriSpace(base));
                try (OutputStream out = open(partial, choice.gzip())) {
                    if (graph == null) {
                        dumps.write(whole.get(), out);
                    } else {
                        dumps.writeGraph(Values.iri(graph), choice.format(), out);
                    }
                }
            }
            if (partial != null) {
                // A file that is there is complete: an interrupted dump leaves only the .partial.
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return 0;
        }

        private static OutputStream open(Path file, boolean gzip) throws IOException {
            OutputStream raw = file == null ? new NonClosingOutputStream(System.out) : Files.newOutputStream(file);
            OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            return gzip ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
        }
    }

    /** Standard output, flushed but left open when the dump is done. */
    private static final class NonClosingOutputStream extends FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks the stored article graphs against the SHACL shapes of ontology/shapes.ttl.")
    static final class Validate implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;

        @Override
        public Integer call() throws Exception {
            try (var store = org.newsgraph.store.NewsStore.open(storeOptions.store);
                    var validator = new ShapeValidator(ReferenceData.ontologyFile("ontology/shapes.ttl"))) {
                String base = store.baseUri().orElse("http://localhost:8080/");
                long[] graphs = {0};
                long failed = new StoreValidation(store, validator).validateAll(base, result -> {
                    graphs[0]++;
                    if (result.violations().isEmpty()) {
                        System.out.printf("ok      %s  %d statements%n", result.graph(), result.statements());
                    } else {
                        System.out.printf("INVALID %s%n", result.graph());
                        result.violations().forEach(violation -> System.out.printf("        %s %s %s: %s%n",
                                violation.severity(), violation.focusNode(),
                                violation.path() == null ? "" : violation.path(), violation.message()));
                    }
                });
                System.out.printf("%d article graphs validated, %d invalid%n", graphs[0], failed);
                return failed == 0 ? 0 : 3;
            }
        }
    }
}
