package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, summaries, and the store it leaves behind. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestReportsEachArticleAndABadOneFailsAlone() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("data/articles/putin-visits-pyongyang.txt"), articles.resolve("a-seed.txt"));
        Files.writeString(articles.resolve("b-empty.txt"), "");
        Files.writeString(articles.resolve("c-other.txt"), "Seoul floods\n\nHeavy rain hit Seoul on Monday.\n");

        int code = Main.run("ingest", "--store", store(), "--base-uri", "http://example.org/", articles.toString());

        assertThat(code).isEqualTo(2);
        assertThat(stdout())
                .contains("ok      " + articles.resolve("a-seed.txt"))
                .contains("http://example.org/id/article/putin-begins-historic-visit")
                .contains("FAILED  " + articles.resolve("b-empty.txt") + ":1: the file is empty")
                .contains("ok      " + articles.resolve("c-other.txt"))
                .contains("2 ingested, 1 failed");
    }

    @Test
    void aSecondBaseUriIsRefusedWithAClearMessage() throws Exception {
        Path article = Path.of("data/articles/putin-visits-pyongyang.txt");
        assertThat(Main.run("ingest", "--store", store(), "--base-uri", "http://example.org/", article.toString())).isZero();
        int code = Main.run("ingest", "--store", store(), "--base-uri", "http://other.example/", article.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("newsgraph: the store in").contains("--base-uri http://example.org/");
    }

    @Test
    void loadKeepsTheGraphsOfAQuadFileAndDumpWritesThemBack() throws Exception {
        Path trig = dir.resolve("in.trig");
        Files.writeString(trig, """
                @prefix ex: <http://example.org/> .
                ex:g1 { ex:a ex:p "one" . }
                ex:g2 { ex:b ex:p "two" . ex:c ex:p "three" . }
                """);
        assertThat(Main.run("load", "--store", store(), trig.toString())).isZero();
        assertThat(stdout()).contains("3 statements into 2 graph(s)");

        Path nq = dir.resolve("out.nq");
        assertThat(Main.run("dump", "--store", store(), "--format", "nquads", "--output", nq.toString())).isZero();
        String dump = Files.readString(nq);
        assertThat(dump)
                .contains("<http://example.org/a> <http://example.org/p> \"one\" <http://example.org/g1> .")
                .contains("<http://example.org/c> <http://example.org/p> \"three\" <http://example.org/g2> .")
                .doesNotContain("w3id.org/newsgraph/graph/system");
    }

    @Test
    void loadWithAGraphReplacesIt() throws Exception {
        Path nt = dir.resolve("data.nt");
        Files.writeString(nt, "<http://example.org/a> <http://example.org/p> \"one\" .\n");
        assertThat(Main.run("load", "--store", store(), "--graph", "http://example.org/g", nt.toString())).isZero();
        Files.writeString(nt, "<http://example.org/b> <http://example.org/p> \"two\" .\n");
        assertThat(Main.run("load", "--store", store(), "--graph", "http://example.org/g", nt.toString())).isZero();
        Path out2 = dir.resolve("g.nq");
        assertThat(Main.run("dump", "--store", store(), "--format", "nquads", "--output", out2.toString())).isZero();
        assertThat(Files.readString(out2)).contains("<http://example.org/b>").doesNotContain("<http://example.org/a>");
    }

    @Test
    void unknownRdfFormatFailsWithTheFileName() throws Exception {
        Path file = Files.writeString(dir.resolve("data.xyz"), "x");
        assertThat(Main.run("load", "--store", store(), file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("data.xyz: unknown RDF format");
    }

    @Test
    void badRdfFailsWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:p <http://x> <http://y> .\nex:b ex:p \"ok\" .\n");
        assertThat(Main.run("load", "--store", store(), file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.ttl:2: not valid Turtle");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "ingest", "load", "dump", "validate"}) {
            out.reset();
            assertThat(Main.run(command, "--help")).as(command).isZero();
            assertThat(stdout()).contains("Usage: newsgraph " + command);
        }
    }
}
