package org.newsgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.config.Config;
import org.newsgraph.dump.ChangeFeed;
import org.newsgraph.dump.DatasetDescription;
import org.newsgraph.dump.DumpCache;
import org.newsgraph.dump.DumpFile;
import org.newsgraph.dump.DumpFormat;
import org.newsgraph.dump.DumpService;
import org.newsgraph.store.NewsStore;

import spark.Request;
import spark.Response;

/**
 * The whole dataset for download and its description: {@code /dump.{ttl,nt,nq,trig}.gz} (files
 * written once per store version, served as {@code application/gzip} downloads), the same
 * uncompressed, {@code /.well-known/void} (VoID + DCAT, negotiated) and the change feed {@code /feed.atom}.
 */
public final class DumpRoutes implements Routes {

    /** How long a request waits for the dumps of a new store version before it is told to come back. */
    private static final long WAIT_SECONDS = 20;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final List<RDFFormat> DESCRIPTION_FORMATS = RdfFormats.TRIPLES;

    private final DumpCache cache;
    private final DatasetDescription description;
    private final ChangeFeed feed;
    private final NewsStore store;

    public DumpRoutes(DumpCache cache, DatasetDescription description, ChangeFeed feed, NewsStore store) {
        this.cache = cache;
        this.description = description;
        this.feed = feed;
        this.store = store;
    }

    /** The dump files; close it before the store, so that no dump is being written from a closed store. */
    public DumpCache cache() {
        return cache;
    }

    /** The module with its services, built from the configuration (the composition root's one line). */
    public static DumpRoutes of(NewsStore store, Config config) {
        try {
            DumpService dumps = new DumpService(store, config.uris());
            return new DumpRoutes(new DumpCache(dumps, store, DumpCache.defaultDir(store)),
                    new DatasetDescription(config.uris(), config.datasetLicense(), config.publisher()),
                    new ChangeFeed(store, config.uris(), config.publisher()), store);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the dump folder: " + e.getMessage(), e);
        }
    }

    @Override
    public void register(Router router) {
        for (DumpFormat format : DumpFormat.values()) {
            router.get("/dump." + format.extension() + ".gz", (request, response) -> compressed(format, request, response));
            router.get("/dump." + format.extension(), (request, response) -> uncompressed(format, request, response));
        }
        for (String path : List.of("/dump.jsonld", "/dump.jsonld.gz", "/dump.rdf", "/dump.rdf.gz")) {
            router.get(path, (request, response) -> {
                throw new HttpError(404, "The whole dataset is dumped as Turtle, N-Triples, N-Quads and TriG"
                        + " (/dump.ttl.gz, /dump.nt.gz, /dump.nq.gz, /dump.trig.gz); JSON-LD and RDF/XML are"
                        + " offered per resource and per article graph under /data/");
            });
        }
        router.get("/.well-known/void", this::void_);
        router.get("/void", this::void_);
        router.get("/feed.atom", this::feed);
    }

    private Object compressed(DumpFormat format, Request request, Response response) throws IOException {
        DumpFile file = snapshot(response).file(format);
        if (notModified(request, response, file.version(), format.extension() + ".gz")) {
            return "";
        }
        response.type(DumpFormat.GZIP_MEDIA_TYPE);
        response.header("Content-Disposition", "attachment; filename=\"" + file.downloadName(true) + "\"");
        response.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":");
        response.raw().setContentLengthLong(file.byteSize());
        if (!isHead(request)) {
            try (InputStream in = Files.newInputStream(file.path())) {
                in.transferTo(response.raw().getOutputStream());
            }
        }
        return "";
    }

    private Object uncompressed(DumpFormat format, Request request, Response response) throws IOException {
        DumpFile file = snapshot(response).file(format);
        if (notModified(request, response, file.version(), format.extension())) {
            return "";
        }
        response.type(RdfFormats.contentType(format.rdfFormat()));
        response.header("Content-Disposition", "attachment; filename=\"" + file.downloadName(false) + "\"");
        response.raw().setContentLengthLong(file.rawSize());
        if (!isHead(request)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file.path()), 1 << 16)) {
                in.transferTo(response.raw().getOutputStream());
            }
        }
        return "";
    }

    private Object void_(Request request, Response response) {
        List<String> offered = new ArrayList<>(RdfFormats.mediaTypes(DESCRIPTION_FORMATS));
        offered.add("text/html");
        offered.add("text/plain");
        response.header("Vary", "Accept");
        String chosen = MediaRange.choose(request.headers("Accept"), offered)
                .orElseThrow(() -> new HttpError(406, "The dataset description is available as "
                        + String.join(", ", offered)));
        boolean plain = chosen.equals("text/html") || chosen.equals("text/plain");
        RDFFormat format = plain ? RDFFormat.TURTLE : RdfFormats.byMediaType(chosen, DESCRIPTION_FORMATS).orElseThrow();
        Optional<DumpCache.Snapshot> dumps = snapshotWithin(WAIT_SECONDS);
        Instant version = store.lastModified();
        String variant = "void-" + RdfFormats.extension(format) + (plain ? "-plain" : "") + (dumps.isPresent() ? "" : "-partial");
        if (notModified(request, response, version, variant)) {
            return "";
        }
        Model model = description.describe(version, dumps);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rio.write(model, out, format);
        response.type(plain ? "text/plain; charset=utf-8" : RdfFormats.contentType(format));
        response.header("Access-Control-Allow-Origin", "*");
        return out.toByteArray();
    }

    private Object feed(Request request, Response response) {
        if (notModified(request, response, store.lastModified(), "atom")) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.write(out);
        response.type("application/atom+xml; charset=utf-8");
        return out.toByteArray();
    }

    /** The dumps of the current version; of the previous one while it is being written; else 503. */
    private DumpCache.Snapshot snapshot(Response response) {
        Optional<DumpCache.Snapshot> snapshot = snapshotWithin(WAIT_SECONDS);
        if (snapshot.isEmpty()) {
            response.header("Retry-After", "30");
            throw new HttpError(503, "The dumps of this version of the dataset are being written; try again shortly");
        }
        return snapshot.get();
    }

    private Optional<DumpCache.Snapshot> snapshotWithin(long seconds) {
        try {
            return Optional.of(cache.current().get(seconds, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            return cache.latest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cache.latest();
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing the dumps failed", e.getCause());
        }
    }

    /**
     * Sets the validators ({@code ETag}, {@code Last-Modified}) of a representation of one store
     * version, and answers 304 when the client's copy is still good.
     */
    private static boolean notModified(Request request, Response response, Instant version, String variant) {
        String etag = "\"" + version.toEpochMilli() + "-" + variant + "\"";
        Instant lastModified = version.truncatedTo(ChronoUnit.SECONDS);
        response.header("ETag", etag);
        response.header("Last-Modified", HTTP_DATE.format(lastModified));
        response.header("Cache-Control", "public, no-cache");
        String ifNoneMatch = request.headers("If-None-Match");
        boolean fresh;
        if (ifNoneMatch != null) {
            fresh = ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split(",")).stream()
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(etag::equals);
        } else {
            fresh = modifiedSince(request.headers("If-Modified-Since")).map(since -> !lastModified.isAfter(since)).orElse(false);
        }
        if (fresh) {
            response.status(304);
        }
        return fresh;
    }

    private static Optional<Instant> modifiedSince(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isHead(Request request) {
        return "HEAD".equals(request.requestMethod());
    }
}
