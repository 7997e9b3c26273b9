package org.newsgraph.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A real Fuseki server in its own process: an in-memory TDB2 dataset {@code /ds} whose default graph is the union of its graphs. */
public final class FusekiProcess implements AutoCloseable {

    /** Where the build copies the Fuseki jar (maven-dependency-plugin, pre-integration-test). */
    public static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");

    private final Process process;
    private final int port;

    private FusekiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static FusekiProcess start(Path workDir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests through 'mvn verify', which copies it");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = workDir.resolve("fuseki.log");
        // newsgraph reads the default graph as the union of all graphs; TDB2 does that when asked to.
        Path configFile = workDir.resolve("fuseki-config.ttl");
        Files.writeString(configFile, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2: <http://jena.apache.org/2016/tdb#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                <#service> rdf:type fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:update ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ] ;
                    fuseki:dataset <#dataset> .
                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "--mem--" ;
                    tdb2:unionDefaultGraph true .
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(),
                "--localhost", "--port", Integer.toString(port), "--config", configFile.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        FusekiProcess fuseki = new FusekiProcess(process, port);
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ping = client.send(HttpRequest.newBuilder(URI.create(fuseki.base() + "$/ping"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 200) {
                    return fuseki;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fuseki.close();
        throw new IllegalStateException("Fuseki did not answer within 60 s: " + Files.readString(log));
    }

    public String base() {
        return "http://localhost:" + port + "/";
    }

    /** The dataset's SPARQL URL, which answers queries and updates. */
    public String dataset() {
        return base() + "ds";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
