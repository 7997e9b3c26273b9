package org.newsgraph.dump;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.newsgraph.store.NewsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compressed dumps, written once per store version and kept on disk, so that their size and
 * SHA-256 are known (for the dataset description) before anyone downloads them.
 *
 * <p>Generation runs on one background thread: requests never wait for it unless they ask to, and
 * two generations never run at once. Files are written under temporary names and moved into place,
 * then a manifest is written last: a version with a manifest is complete, also after a restart.
 */
public final class DumpCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DumpCache.class);
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssnnnnnnnnn'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PREFIX = "newsgraph-";

    private final DumpService dumps;
    private final NewsStore store;
    private final Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "newsgraph-dumps");
        thread.setDaemon(true);
        return thread;
    });
    private Snapshot ready;
    private CompletableFuture<Snapshot> running;

    /** Every compressed dump of one store version, and what the triples count. */
    public record Snapshot(Instant version, Map<DumpFormat, DumpFile> files, DumpStatistics statistics) {
        public Snapshot {
            files = Map.copyOf(files);
        }

        public DumpFile file(DumpFormat format) {
            return files.get(format);
        }
    }

    public DumpCache(DumpService dumps, NewsStore store, Path dir) {
        this.dumps = dumps;
        this.store = store;
        this.dir = dir;
    }

    /**
     * Where the dumps of a store are kept: a {@code dumps} folder inside an embedded store's folder
     * (it goes when the store goes), a temporary folder for a remote store.
     */
    public static Path defaultDir(NewsStore store) throws IOException {
        return store.isEmbedded()
                ? Path.of(store.location()).resolve("dumps")
                : Files.createTempDirectory("newsgraph-dumps");
    }

    /**
     * The dumps of the store as it is now: at once when they exist (in memory or on disk), else
     * the generation under way, which this call starts if none is. Never blocks on the generation.
     */
    public synchronized CompletableFuture<Snapshot> current() {
        Instant version = store.lastModified();
        if (ready != null && !ready.version().isBefore(version)) {
            return CompletableFuture.completedFuture(ready);
        }
        if (running != null && !running.isDone()) {
            return running;
        }
        Optional<Snapshot> kept = read(version);
        if (kept.isPresent()) {
            ready = kept.get();
            return CompletableFuture.completedFuture(ready);
        }
        running = CompletableFuture.supplyAsync(this::generate, worker);
        return running;
    }

    /** The newest complete dumps, if any, even of an older version. */
    public synchronized Optional<Snapshot> latest() {
        return Optional.ofNullable(ready);
    }

    private Snapshot generate() {
        try {
            Files.createDirectories(dir);
            long started = System.nanoTime();
            Map<DumpFormat, Sink> sinks = new EnumMap<>(DumpFormat.class);
            List<DumpService.Target> targets = new ArrayList<>();
            try {
                for (DumpFormat format : DumpFormat.values()) {
                    Sink sink = new Sink(Files.createTempFile(dir, ".partial-", "." + format.extension() + ".gz"));
                    sinks.put(format, sink);
                    targets.add(new DumpService.Target(format, sink.out));
                }
                DumpService.Export export = dumps.export(targets, new DumpStatistics.Counter());
                Map<DumpFormat, DumpFile> files = new EnumMap<>(DumpFormat.class);
                String key = KEY.format(export.version());
                for (var entry : sinks.entrySet()) {
                    Sink sink = entry.getValue();
                    sink.out.close();
                    Path file = dir.resolve(PREFIX + key + "." + entry.getKey().extension() + ".gz");
                    Files.move(sink.file, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    files.put(entry.getKey(), new DumpFile(entry.getKey(), file, Files.size(file), sink.raw.count,
                            HexFormat.of().formatHex(sink.digest.digest()), export.version()));
                }
                Snapshot snapshot = new Snapshot(export.version(), files, export.statistics());
                writeManifest(key, snapshot);
                publish(snapshot, key);
                LOG.info("dumps of store version {} written in {} ms: {} distinct triples", export.version(),
                        (System.nanoTime() - started) / 1_000_000, export.statistics().triples());
                return snapshot;
            } finally {
                for (Sink sink : sinks.values()) {
                    sink.out.close();
                    Files.deleteIfExists(sink.file);
                }
            }
        } catch (IOException e) {
            LOG.error("writing the dumps failed", e);
            throw new CompletionException(e);
        } catch (RuntimeException e) {
            LOG.error("writing the dumps failed", e);
            throw e;
        }
    }

    private synchronized void publish(Snapshot snapshot, String key) throws IOException {
        if (ready == null || snapshot.version().isAfter(ready.version())) {
            ready = snapshot;
        }
        // Older versions go, and what a crashed run left; a download under way keeps reading its open file.
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean stale = name.startsWith(".partial-")
                        || name.startsWith(PREFIX) && !name.startsWith(PREFIX + KEY.format(ready.version()) + ".")
                                && !name.startsWith(PREFIX + key + ".");
                if (stale) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void writeManifest(String key, Snapshot snapshot) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("version", snapshot.version().toString());
        for (DumpFile file : snapshot.files().values()) {
            String format = file.format().extension();
            manifest.setProperty(format + ".byteSize", Long.toString(file.byteSize()));
            manifest.setProperty(format + ".rawSize", Long.toString(file.rawSize()));
            manifest.setProperty(format + ".sha256", file.sha256());
        }
        DumpStatistics statistics = snapshot.statistics();
        manifest.setProperty("triples", Long.toString(statistics.triples()));
        manifest.setProperty("entities", Long.toString(statistics.entities()));
        statistics.classes().forEach((iri, count) -> manifest.setProperty("class." + iri, Long.toString(count)));
        statistics.properties().forEach((iri, count) -> manifest.setProperty("property." + iri, Long.toString(count)));
        Path partial = Files.createTempFile(dir, ".partial-", ".properties");
        try (OutputStream out = Files.newOutputStream(partial)) {
            manifest.store(out, "newsgraph dumps of one store version");
        }
        Files.move(partial, manifest(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path manifest(String key) {
        return dir.resolve(PREFIX + key + ".properties");
    }

    /** The dumps a previous run left for this version, when they are complete. */
    private Optional<Snapshot> read(Instant version) {
        String key = KEY.format(version);
        Path manifestFile = manifest(key);
        if (!Files.isRegularFile(manifestFile)) {
            return Optional.empty();
        }
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(manifestFile)) {
            manifest.load(in);
            Map<DumpFormat, DumpFile> files = new EnumMap<>(DumpFormat.class);
            for (DumpFormat format : DumpFormat.values()) {
                Path file = dir.resolve(PREFIX + key + "." + format.extension() + ".gz");
                long byteSize = Long.parseLong(manifest.getProperty(format.extension() + ".byteSize"));
                if (!Files.isRegularFile(file) || Files.size(file) != byteSize) {
                    return Optional.empty();
                }
                files.put(format, new DumpFile(format, file, byteSize,
                        Long.parseLong(manifest.getProperty(format.extension() + ".rawSize")),
                        manifest.getProperty(format.extension() + ".sha256"), version));
            }
            Map<String, Long> classes = new TreeMap<>();
            Map<String, Long> properties = new TreeMap<>();
            for (String name : manifest.stringPropertyNames()) {
                if (name.startsWith("class.")) {
                    classes.put(name.substring(6), Long.parseLong(manifest.getProperty(name)));
                } else if (name.startsWith("property.")) {
                    properties.put(name.substring(9), Long.parseLong(manifest.getProperty(name)));
                }
            }
            DumpStatistics statistics = new DumpStatistics(Long.parseLong(manifest.getProperty("triples")),
                    Long.parseLong(manifest.getProperty("entities")), classes, properties);
            LOG.info("dumps of store version {} found in {}", version, dir);
            return Optional.of(new Snapshot(version, files, statistics));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring the unreadable dump manifest {}: {}", manifestFile, e.toString());
            return Optional.empty();
        }
    }

    /** Stops a generation under way (its partial files are removed) and waits a little for it to end. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the dump writer did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One compressed file being written: its SHA-256 and the size of what went into it are counted on the way. */
    private static final class Sink {
        final Path file;
        final MessageDigest digest;
        final CountingOutputStream raw;
        final OutputStream out;

        Sink(Path file) throws IOException {
            this.file = file;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
            OutputStream disk = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest);
            this.raw = new CountingOutputStream(new GZIPOutputStream(disk, 1 << 16));
            this.out = raw;
        }
    }

    /** Counts the bytes written through it, and stops the dump when its thread is interrupted; closing twice is harmless. */
    static final class CountingOutputStream extends FilterOutputStream {
        long count;
        private boolean closed;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("the dump was stopped");
            }
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                super.close();
            }
        }
    }
}
