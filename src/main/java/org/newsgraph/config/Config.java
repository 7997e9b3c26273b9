package org.newsgraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.newsgraph.vocab.UriSpace;

/**
 * Everything a newsgraph process is configured with, validated once at start-up.
 *
 * @param port           the HTTP port; 0 picks a free one (tests)
 * @param store          a folder for the embedded native store, or the URL of a remote store
 * @param uris           the base every minted IRI starts with
 * @param data           the folder with {@code articles/} and {@code gazetteer/}
 * @param queryTimeout   how long a SPARQL query may evaluate
 * @param updateToken    the bearer token that allows SPARQL Update, or null: read-only
 * @param articleLicense the licence of republished article text (an IRI), or null
 * @param datasetLicense the licence of the dataset as a whole (an IRI)
 * @param publisher      who publishes the dataset, for the dataset description
 * @param host           the address the HTTP server listens on: 0.0.0.0 for every interface, 127.0.0.1 for this machine only
 */
public record Config(
        int port,
        String store,
        UriSpace uris,
        Path data,
        Duration queryTimeout,
        String updateToken,
        String articleLicense,
        String datasetLicense,
        String publisher,
        String host) {

    /** ODbL, because the gazetteer derives from world-countries (ODbL 1.0, share-alike). */
    public static final String DEFAULT_DATASET_LICENSE = "https://opendatacommons.org/licenses/odbl/1-0/";

    public Config {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(uris, "uris");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, not " + queryTimeout.toSeconds() + " s");
        }
        if (updateToken != null && updateToken.length() < 16) {
            throw new IllegalArgumentException("the update token must be at least 16 characters long");
        }
        if (datasetLicense == null) {
            datasetLicense = DEFAULT_DATASET_LICENSE;
        }
        if (publisher == null) {
            publisher = "newsgraph";
        }
        if (host == null) {
            host = "0.0.0.0";
        }
    }

    /** A configuration with the defaults, for tests and embedding. */
    public static Config of(int port, String store, String baseUri, Path data) {
        return new Config(port, store, new UriSpace(baseUri), data, Duration.ofSeconds(30), null, null, null, null, null);
    }

    public Config withUpdateToken(String token) {
        return new Config(port, store, uris, data, queryTimeout, token, articleLicense, datasetLicense, publisher, host);
    }

    public Config withHost(String address) {
        return new Config(port, store, uris, data, queryTimeout, updateToken, articleLicense, datasetLicense, publisher, address);
    }

    public Config withQueryTimeout(Duration timeout) {
        return new Config(port, store, uris, data, timeout, updateToken, articleLicense, datasetLicense, publisher, host);
    }
}
