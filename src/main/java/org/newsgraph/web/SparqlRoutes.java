package org.newsgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.config.Config;
import org.newsgraph.page.Templates;
import org.newsgraph.sparql.Operation;
import org.newsgraph.sparql.QueryDataset;
import org.newsgraph.sparql.QueryPage;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.sparql.ResultTable;
import org.newsgraph.sparql.ServiceDescription;
import org.newsgraph.sparql.SparqlException;
import org.newsgraph.sparql.SparqlService;
import org.newsgraph.store.NewsStore;

import spark.Request;
import spark.Response;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol (query by GET, POST form and POST direct; update only
 * with the bearer token), the service description and the HTML query page, with CORS on every
 * answer, request-size limits, and the timeout enforced by {@link SparqlService}.
 */
public final class SparqlRoutes implements Routes {

    /** Bodies larger than this are refused with 413 (by their declared length, else as they are read). */
    static final int MAX_BODY = 1 << 20;
    /** Rows shown on the HTML page; the downloads carry them all. */
    static final int MAX_HTML_ROWS = 1000;

    static final String CODEMIRROR = "META-INF/resources/webjars/codemirror/5.65.18/";

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final List<RDFFormat> DESCRIPTION_FORMATS = List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.RDFXML, RDFFormat.NTRIPLES);

    private final SparqlService sparql;
    private final ServiceDescription description;
    private final QueryPage page;
    private final Templates templates;
    private final byte[] updateToken;

    /**
     * @param updateToken the bearer token that allows SPARQL Update, or null for a read-only endpoint
     */
    public SparqlRoutes(SparqlService sparql, ServiceDescription description, QueryPage page, Templates templates, String updateToken) {
        this.sparql = sparql;
        this.description = description;
        this.page = page;
        this.templates = templates;
        this.updateToken = updateToken == null ? null : updateToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The endpoint as configured: timeout, and updates only with a token. */
    public static SparqlRoutes create(NewsStore store, Config config, Templates templates) {
        SparqlService service = new SparqlService(store, config.uris(), config.queryTimeout());
        ServiceDescription description = new ServiceDescription(store, config.uris(), config.updateToken() != null);
        return new SparqlRoutes(service, description, new QueryPage(config.uris(), config.queryTimeout()), templates, config.updateToken());
    }

    @Override
    public void register(Router router) {
        router.get("/sparql", this::get);
        router.post("/sparql", this::post);
        router.options("/sparql", this::preflight);
        router.put("/sparql", this::wrongMethod);
        router.delete("/sparql", this::wrongMethod);
        router.patch("/sparql", this::wrongMethod);
        router.get("/webjars/codemirror/*", (request, response) -> SiteRoutes.asset(CODEMIRROR, request.splat()[0], response));
    }

    private Object get(Request request, Response response) throws IOException {
        prepare(request, response);
        ProtocolParams params = ProtocolParams.parse(request.raw().getQueryString());
        if (params.has("update")) {
            refuseUpdate(request, "SPARQL Update must be sent by POST");
        }
        if (!params.has("query")) {
            return describe(request, response, params);
        }
        return answer(request, response, params.single("query"), params);
    }

    private Object post(Request request, Response response) throws IOException {
        prepare(request, response);
        ProtocolParams url = ProtocolParams.parse(request.raw().getQueryString());
        String contentType = request.raw().getContentType();
        if (contentType == null || contentType.isBlank()) {
            throw new HttpError(415, "A POST needs a Content-Type: " + FORM + ", " + SPARQL_QUERY + " or " + SPARQL_UPDATE);
        }
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        switch (mediaType) {
            case FORM -> {
                ProtocolParams all = url.with(ProtocolParams.parse(body(request)));
                if (all.has("query") && all.has("update")) {
                    throw new HttpError(400, "Send either 'query' or 'update', not both");
                }
                if (all.has("update")) {
                    return update(request, response, all.single("update"), all);
                }
                if (!all.has("query")) {
                    throw new HttpError(400, "The form has neither a 'query' nor an 'update' parameter");
                }
                return answer(request, response, all.single("query"), all);
            }
            case SPARQL_QUERY -> {
                requireUtf8(contentType);
                if (url.has("query")) {
                    throw new HttpError(400, "The query is in the body: a 'query' parameter in the URL is one too many");
                }
                return answer(request, response, body(request), url);
            }
            case SPARQL_UPDATE -> {
                requireUtf8(contentType);
                return update(request, response, body(request), url);
            }
            default -> throw new HttpError(415, "Unsupported Content-Type " + mediaType + ": use " + FORM + ", "
                    + SPARQL_QUERY + " or " + SPARQL_UPDATE);
        }
    }

    private Object preflight(Request request, Response response) {
        cors(response);
        response.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        response.header("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization");
        response.header("Access-Control-Max-Age", "86400");
        response.header("Allow", "GET, HEAD, POST, OPTIONS");
        response.status(204);
        return "";
    }

    private Object wrongMethod(Request request, Response response) {
        cors(response);
        response.header("Allow", "GET, HEAD, POST, OPTIONS");
        throw new HttpError(405, request.raw().getMethod() + " is not a SPARQL Protocol operation: use GET or POST");
    }

    /** What every answer of /sparql carries, and the checks every request passes. */
    private static void prepare(Request request, Response response) {
        cors(response);
        response.header("Vary", "Accept");
        // Spark routes by this header: a POST could be dispatched as a GET or the reverse. Refuse it outright.
        if (request.raw().getHeader("X-HTTP-Method-Override") != null) {
            throw new HttpError(400, "X-HTTP-Method-Override is not supported; send the real method");
        }
    }

    static void cors(Response response) {
        response.header("Access-Control-Allow-Origin", "*");
        response.header("Access-Control-Expose-Headers", "Content-Type, Content-Length, Retry-After");
    }

    private Object answer(Request request, Response response, String text, ProtocolParams params) throws IOException {
        if (text.isBlank()) {
            throw new HttpError(400, "The query is empty");
        }
        QueryDataset dataset = new QueryDataset(params.iris("default-graph-uri"), params.iris("named-graph-uri"));
        Optional<String> format = params.optional("format");
        Operation operation;
        try {
            operation = sparql.parse(text);
        } catch (SparqlException e) {
            if (wantsHtml(request, format)) {
                return html(response, page.withError(text, dataset, status(e), e.getMessage()), status(e));
            }
            throw error(e, response);
        }
        Optional<ResultFormat> chosen = choose(request, format, operation);
        if (chosen.isEmpty()) {
            ResultTable table;
            try {
                table = sparql.table(operation, dataset, MAX_HTML_ROWS);
            } catch (SparqlException e) {
                return html(response, page.withError(text, dataset, status(e), e.getMessage()), status(e));
            }
            return html(response, page.withResults(text, dataset, operation, table, MAX_HTML_ROWS), 200);
        }
        ResultFormat result = chosen.get();
        response.status(200);
        response.type(result.contentType());
        if (result == ResultFormat.CSV || result == ResultFormat.TSV) {
            response.header("Content-Disposition", "inline; filename=\"results." + result.key() + "\"");
        }
        try {
            sparql.evaluate(operation, dataset, result, () -> response.raw().getOutputStream());
        } catch (SparqlException e) {
            if (response.raw().isCommitted()) {
                // Too late for a status: the client sees a truncated body, and the log says why.
                org.slf4j.LoggerFactory.getLogger(SparqlRoutes.class).warn("query failed while streaming: {}", e.getMessage());
                return "";
            }
            throw error(e, response);
        }
        return "";
    }

    private Object update(Request request, Response response, String text, ProtocolParams params) {
        refuseUnlessAuthorized(request, response);
        try {
            sparql.update(text, new QueryDataset(params.iris("using-graph-uri"), params.iris("using-named-graph-uri")));
        } catch (SparqlException e) {
            throw error(e, response);
        }
        response.status(204);
        return "";
    }

    private void refuseUpdate(Request request, String withToken) {
        if (updateToken == null) {
            throw new HttpError(403, "This endpoint is read-only: SPARQL Update is not accepted");
        }
        throw new HttpError(405, withToken);
    }

    private void refuseUnlessAuthorized(Request request, Response response) {
        if (updateToken == null) {
            throw new HttpError(403, "This endpoint is read-only: SPARQL Update is not accepted");
        }
        String authorization = request.raw().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.header("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
            throw new HttpError(401, "SPARQL Update needs the server's update token: Authorization: Bearer TOKEN");
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, updateToken)) {
            throw new HttpError(403, "The update token is wrong");
        }
    }

    /** The service description by content negotiation; browsers get the query page. */
    private Object describe(Request request, Response response, ProtocolParams params) throws IOException {
        Optional<String> format = params.optional("format");
        if (wantsHtml(request, format) || format.filter("html"::equalsIgnoreCase).isPresent()) {
            return html(response, page.empty(), 200);
        }
        RDFFormat rdf;
        if (format.isPresent()) {
            rdf = RdfFormats.byExtension(format.get())
                    .filter(DESCRIPTION_FORMATS::contains)
                    .orElseThrow(() -> new HttpError(400, "The service description comes as ttl, jsonld, rdf or nt, not " + format.get()));
        } else {
            List<String> offered = new ArrayList<>(RdfFormats.mediaTypes(DESCRIPTION_FORMATS));
            String chosen = MediaRange.choose(request.headers("Accept"), offered)
                    .orElseThrow(() -> new HttpError(406, "The service description is available as " + String.join(", ", offered)));
            rdf = RdfFormats.byMediaType(chosen, DESCRIPTION_FORMATS).orElseThrow();
        }
        Model model = description.model();
        response.type(RdfFormats.contentType(rdf));
        OutputStream out = response.raw().getOutputStream();
        Rio.write(model, out, rdf);
        out.flush();
        return "";
    }

    /** The result format: the format parameter first, else the Accept header; empty for HTML. */
    private static Optional<ResultFormat> choose(Request request, Optional<String> format, Operation operation) {
        List<ResultFormat> fitting = ResultFormat.forForm(operation.form());
        if (format.isPresent()) {
            if ("html".equalsIgnoreCase(format.get())) {
                return Optional.empty();
            }
            ResultFormat named = ResultFormat.byKey(format.get())
                    .orElseThrow(() -> new HttpError(400, "Unknown format '" + format.get() + "': use one of " + keys(fitting) + " or html"));
            if (!named.fits(operation.form())) {
                throw new HttpError(400, "format=" + named.key() + " cannot carry the results of this query: use one of " + keys(fitting) + " or html");
            }
            return Optional.of(named);
        }
        List<String> offered = new ArrayList<>();
        fitting.forEach(candidate -> offered.addAll(candidate.mediaTypes()));
        offered.add("text/html");
        String chosen = MediaRange.choose(request.headers("Accept"), offered)
                .orElseThrow(() -> new HttpError(406, "These results are available as " + String.join(", ", offered)));
        if ("text/html".equals(chosen)) {
            return Optional.empty();
        }
        return ResultFormat.byMediaType(chosen, fitting);
    }

    private static boolean wantsHtml(Request request, Optional<String> format) {
        if (format.isPresent()) {
            return "html".equalsIgnoreCase(format.get());
        }
        String accept = request.headers("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/html")) {
            return false;
        }
        List<String> offered = new ArrayList<>(ResultFormat.JSON.mediaTypes());
        offered.addAll(RdfFormats.mediaTypes(DESCRIPTION_FORMATS));
        offered.add("text/html");
        return MediaRange.choose(accept, offered).map("text/html"::equals).orElse(false);
    }

    private static String keys(List<ResultFormat> formats) {
        return String.join(", ", formats.stream().map(ResultFormat::key).toList());
    }

    private Object html(Response response, Object view, int status) {
        response.status(status);
        response.type("text/html; charset=utf-8");
        return templates.render("sparql", view);
    }

    private static int status(SparqlException e) {
        return switch (e.reason()) {
            case MALFORMED, DATASET_CONFLICT -> 400;
            case NOT_A_QUERY, FEDERATION -> 403;
            case TIMEOUT, BUSY -> 503;
            case FAILED -> 500;
        };
    }

    private static HttpError error(SparqlException e, Response response) {
        int status = status(e);
        if (status == 503) {
            response.header("Retry-After", "10");
        }
        String message = switch (e.reason()) {
            case MALFORMED -> "Malformed query: " + e.getMessage();
            default -> e.getMessage();
        };
        return new HttpError(status, message);
    }

    private static void requireUtf8(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && "charset".equalsIgnoreCase(pair[0].strip())) {
                String charset = pair[1].strip().replace("\"", "");
                if (!"utf-8".equalsIgnoreCase(charset) && !"utf8".equalsIgnoreCase(charset)) {
                    throw new HttpError(415, "SPARQL is sent in UTF-8, not " + charset);
                }
            }
        }
    }

    /** The request body as UTF-8, refused with 413 beyond {@link #MAX_BODY}: declared length first, then as read. */
    static String body(Request request) throws IOException {
        long declared = request.raw().getContentLengthLong();
        if (declared > MAX_BODY) {
            throw new HttpError(413, "The request body is " + declared + " bytes; the limit is " + MAX_BODY);
        }
        try (InputStream in = request.raw().getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > MAX_BODY) {
                    throw new HttpError(413, "The request body is over the limit of " + MAX_BODY + " bytes");
                }
                bytes.write(buffer, 0, n);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
