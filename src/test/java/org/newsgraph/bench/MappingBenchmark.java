package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.rdf4j.model.Model;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.mapping.ArticleMapper;
import org.newsgraph.mapping.EntityMapper;
import org.newsgraph.mapping.EventRules;
import org.newsgraph.mapping.MappingPipeline;
import org.newsgraph.mapping.MentionMapper;
import org.newsgraph.text.TextMapper;
import org.newsgraph.vocab.UriSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole mapping of one article (ArticleMapper, TextMapper, MentionMapper, EntityMapper,
 * EventRules) with the real gazetteer and built-in rules, the way {@code ingest} runs it: the
 * pipeline is built once, then maps article after article. Run from the project directory as
 * BENCHMARKS.md says; it is not part of {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xmx1g"})
public class MappingBenchmark {

    private MappingPipeline pipeline;
    private Article seed;

    @Setup
    public void buildPipelineAndReadTheSeed() throws IOException, ArticleFormatException {
        UriSpace uris = new UriSpace("http://localhost:8080/");
        Gazetteer gazetteer = Gazetteer.load(Path.of("data/gazetteer"), uris);
        pipeline = new MappingPipeline(uris, List.of(
                new ArticleMapper(Clock.systemUTC(), "benchmark"),
                new TextMapper(),
                new MentionMapper(new EntityLinker(gazetteer)),
                new EntityMapper(),
                new EventRules(gazetteer.model())));
        seed = new ArticleReader().read(Path.of("src/test/resources/articles/00_seed.txt"));
    }

    @Benchmark
    public Model mapTheSeedArticle() {
        return pipeline.map(seed);
    }

    /** Runs this benchmark; JMH options (such as {@code -f 1 -wi 3 -i 5}) may follow. */
    public static void main(String[] args) throws Exception {
        String[] withInclude = new String[args.length + 1];
        System.arraycopy(args, 0, withInclude, 0, args.length);
        withInclude[args.length] = MappingBenchmark.class.getName();
        org.openjdk.jmh.Main.main(withInclude);
    }
}
