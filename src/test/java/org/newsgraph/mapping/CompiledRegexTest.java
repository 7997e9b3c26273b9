package org.newsgraph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.query.ARQ;
import org.junit.jupiter.api.Test;

class CompiledRegexTest {

    private static final String DATA = """
            @prefix ex: <http://example.org/> .
            ex:a ex:text "Russia condemned Ukraine" ; ex:note "anti-Western" .
            ex:b ex:text "Russia was condemned" ; ex:note "state media" .
            ex:c ex:text "Talks in Beijing" .
            """;

    /** REGEX in a FILTER, in an OPTIONAL and in a NOT EXISTS (both substituted per row by ARQ), with flags and a variable. */
    private static final String QUERY = """
            PREFIX ex: <http://example.org/>
            SELECT ?s ?word WHERE {
                ?s ex:text ?text .
                FILTER(REGEX(?text, "^RUSSIA", "i") || REGEX(?text, ?pattern))
                FILTER NOT EXISTS { ?s ex:note ?note . FILTER(REGEX(?note, "\\\\bmedia$")) }
                OPTIONAL { ?s ex:note ?word . FILTER(REGEX(?word, "^anti-\\\\p{Lu}")) }
            }
            """;

    @Test
    public void aPlanWithRegularExpressionsCompiledOnceGivesTheSameRowsAsArq() {
        Op arq = Algebra.optimize(Algebra.compile(QueryFactory.create(QUERY)));
        Op compiled = CompiledRegex.compileOnce(arq);

        assertThat(regexes(arq)).containsOnly(E_Regex.class.getSimpleName());
        // every constant pattern compiled once; ?pattern, compiled once per value it takes
        assertThat(regexes(compiled)).containsExactly("CompiledRegex", "CompiledRegex", "CompiledRegex", "CompiledRegex");
        assertThat(rows(compiled)).isEqualTo(rows(arq)).containsExactly("http://example.org/a anti-Western");
    }

    @Test
    public void substitutingValuesKeepsTheCompiledPattern() {
        Op compiled = CompiledRegex.compileOnce(Algebra.optimize(Algebra.compile(QueryFactory.create(QUERY))));
        Op substituted = Substitute.substitute(compiled, Binding.builder()
                .add(Var.alloc("text"), NodeFactory.createLiteralString("Russia"))
                .build());

        assertThat(regexes(substituted)).containsExactly("CompiledRegex", "CompiledRegex", "CompiledRegex", "CompiledRegex");
    }

    @Test
    public void aPatternBoundToAVariableMatchesAsArqPerRowAndPerValue() {
        String query = """
                PREFIX ex: <http://example.org/>
                SELECT ?s ?word WHERE {
                    ?s ex:text ?text .
                    VALUES ?pattern { "^russia" "beijing$" "(" }
                    BIND("condemned" AS ?verb)
                    FILTER(REGEX(?text, ?pattern, "i"))
                    FILTER NOT EXISTS { FILTER(REGEX(?text, CONCAT(?verb, "$"))) }
                    OPTIONAL { ?s ex:note ?word . FILTER(REGEX(?word, ?pattern, "i")) }
                }
                """;
        Op arq = Algebra.optimize(Algebra.compile(QueryFactory.create(query)));
        Op compiled = CompiledRegex.compileOnce(arq);

        assertThat(regexes(compiled)).containsOnly("CompiledRegex");
        // "(" does not compile: an error, no row, as in ARQ
        assertThat(rows(compiled)).isEqualTo(rows(arq))
                .containsExactlyInAnyOrder("http://example.org/a -", "http://example.org/c -");
    }

    private static List<String> regexes(Op op) {
        List<String> found = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func.getFunctionSymbol().getSymbol().equals("regex")) {
                    found.add(func.getClass().getSimpleName());
                }
            }
        });
        return found;
    }

    private static List<String> rows(Op op) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(graph);
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        Context context = Context.setupContextForDataset(ARQ.getContext().copy(), dataset);
        ExecutionContext execution = new ExecutionContext(context, dataset.getDefaultGraph(), dataset, QC.getFactory(context));
        List<String> rows = new ArrayList<>();
        QueryIterator solutions = QC.execute(op, QueryIterRoot.create(execution), execution);
        try {
            solutions.forEachRemaining(b -> rows.add(b.get(Var.alloc("s")).getURI() + " "
                    + (b.contains(Var.alloc("word")) ? b.get(Var.alloc("word")).getLiteralLexicalForm() : "-")));
        } finally {
            solutions.close();
        }
        return rows;
    }
}
