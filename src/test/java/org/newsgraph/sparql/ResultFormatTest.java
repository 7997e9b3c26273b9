package org.newsgraph.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultFormatTest {

    @Test
    void eachFormCarriesItsOwnFormatsPreferredFirst() {
        assertThat(ResultFormat.forForm(QueryForm.TUPLE)).containsExactly(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV);
        assertThat(ResultFormat.forForm(QueryForm.BOOLEAN)).first().isEqualTo(ResultFormat.JSON);
        assertThat(ResultFormat.forForm(QueryForm.GRAPH)).first().isEqualTo(ResultFormat.TURTLE);
        assertThat(ResultFormat.TURTLE.fits(QueryForm.TUPLE)).isFalse();
    }

    @Test
    void mediaTypesAndKeysFindTheFormat() {
        assertThat(ResultFormat.byKey("TTL")).contains(ResultFormat.TURTLE);
        assertThat(ResultFormat.byKey("yaml")).isEmpty();
        assertThat(ResultFormat.byMediaType("application/json", ResultFormat.forForm(QueryForm.TUPLE))).contains(ResultFormat.JSON);
        assertThat(ResultFormat.byMediaType("application/xml", ResultFormat.forForm(QueryForm.GRAPH))).contains(ResultFormat.RDFXML);
        assertThat(ResultFormat.byMediaType("application/xml", ResultFormat.forForm(QueryForm.TUPLE))).contains(ResultFormat.XML);
        assertThat(ResultFormat.JSON.mediaTypes()).first().isEqualTo("application/sparql-results+json");
        assertThat(ResultFormat.CSV.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(ResultFormat.NTRIPLES.standardIri()).isEqualTo("http://www.w3.org/ns/formats/N-Triples");
    }
}
