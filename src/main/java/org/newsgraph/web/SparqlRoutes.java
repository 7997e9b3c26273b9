package org.newsgraph.web;

import java.io.ByteArrayOutputStream;

import org.newsgraph.sparql.SparqlService;

import spark.Request;
import spark.Response;

/** {@code /sparql}: queries by GET and POST. */
public final class SparqlRoutes implements Routes {

    private final SparqlService sparql;

    public SparqlRoutes(SparqlService sparql) {
        this.sparql = sparql;
    }

    @Override
    public void register(Router router) {
        router.get("/sparql", this::query);
        router.post("/sparql", this::query);
    }

    private Object query(Request request, Response response) throws Exception {
        String query = request.queryParams("query");
        if (query == null || query.isBlank()) {
            throw new HttpError(400, "Missing the 'query' parameter");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            response.type(sparql.evaluate(query, out));
        } catch (SparqlService.BadQueryException e) {
            throw new HttpError(400, "Malformed query: " + e.getMessage());
        }
        response.header("Access-Control-Allow-Origin", "*");
        return out.toByteArray();
    }
}
