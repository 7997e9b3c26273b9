package org.newsgraph.bench;

import spark.Service;

/**
 * The ceiling for the page benchmarks (bench/pages.sh): a bare Spark Java 2.9.4 / Jetty 9.4 server on the
 * same machine, answering a fixed small text body, so that newsgraph's rates can be read against what the
 * web stack alone allows. Not a test; run with the test classpath: {@code java -cp ... HelloSpark PORT}.
 */
public final class HelloSpark {

    private HelloSpark() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18081;
        Service http = Service.ignite().ipAddress("127.0.0.1").port(port);
        http.get("/hello", (request, response) -> {
            response.type("text/plain");
            return "Hello, world\n";
        });
        http.awaitInitialization();
        System.out.println("hello-spark on http://127.0.0.1:" + port + "/hello");
    }
}
