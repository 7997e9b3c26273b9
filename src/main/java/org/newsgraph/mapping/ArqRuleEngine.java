package org.newsgraph.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.util.Context;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.UriSpace;

/**
 * The one place where Apache Jena ARQ is used: it runs SPARQL CONSTRUCT rules in order over an
 * article's graph united with a static graph (gazetteer and rule data, converted once), with the
 * {@code ng:} functions of the rules ({@link RuleFunctions}) registered once in a registry handed to each
 * query through its context (never through the global {@code FunctionRegistry}). RDF4J models go in and come out.
 */
final class ArqRuleEngine {

    /** What a run needs to know about the article: the IRIs to mint under, the article, its day. */
    record ArticleBindings(UriSpace uris, IRI article, LocalDate published) {
    }

    /** The statements the rules added (their working {@code ng:} statements left out) and how many each rule added. */
    record Result(Model added, Map<String, Integer> addedByRule) {
    }

    private final Graph staticGraph;
    private final List<ParsedRule> rules;
    private final FunctionRegistry functions;
    private final TriggerLexicon lexicon;

    /**
     * A rule with its algebra compiled and optimised once (null when the article's values could not be
     * substituted into it: the rule then runs as a query, compiled for each article) and its template.
     */
    private record ParsedRule(RuleFile file, Query query, Op plan) {
    }

    /** The variables a run substitutes, as they may appear in a plan: "?/article" is ?article renamed in a sub-query. */
    private static final Pattern SUBSTITUTED = Pattern.compile("\\?/*(?:article|rule|published)\\b");

    ArqRuleEngine(List<RuleFile> ruleFiles, Model staticData, TriggerLexicon lexicon) {
        this.staticGraph = GraphMemFactory.createDefaultGraph();
        for (Statement st : staticData) {
            staticGraph.add(triple(st));
        }
        this.lexicon = lexicon;
        this.functions = RuleFunctions.registry();
        List<ParsedRule> parsed = new ArrayList<>();
        for (RuleFile file : ruleFiles) {
            Query query = parse(file);
            parsed.add(new ParsedRule(file, query, plan(query, functions)));
        }
        this.rules = List.copyOf(parsed);
    }

    private static Query parse(RuleFile file) {
        try {
            Query query = QueryFactory.create(file.text(), Syntax.syntaxSPARQL_11);
            if (!query.isConstructType()) {
                throw new IllegalArgumentException("rule " + file.fileName() + " is not a CONSTRUCT query");
            }
            return query;
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("rule " + file.fileName() + " does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * Compiling and optimising a rule was a third of the time of a run when done per article, as the
     * values substituted into it change: done once here, and a run substitutes the values into the
     * optimised algebra. Used only when that reaches every use of the variables, as substituting into
     * the query's text does: a variable that the compiler renamed inside a sub-query would be missed.
     * Its regular expressions are compiled here too ({@link CompiledRegex}), not again for each article and row.
     */
    private static Op plan(Query query, FunctionRegistry functions) {
        Context context = ARQ.getContext().copy();
        context.set(ARQConstants.registryFunctions, functions);
        Op plan = CompiledRegex.compileOnce(Algebra.optimize(Algebra.compile(query), context));
        BindingBuilder probe = Binding.builder();
        for (String name : List.of("article", "rule", "published")) {
            probe.add(Var.alloc(name), NodeFactory.createURI("urn:x-probe:" + name));
        }
        return SUBSTITUTED.matcher(Substitute.substitute(plan, probe.build()).toString()).find() ? null : plan;
    }

    Result run(Model article, ArticleBindings bindings) {
        Graph working = GraphMemFactory.createDefaultGraph();
        for (Statement st : article) {
            Triple t = triple(st);
            // Kept out of the working graph when the static graph holds it, so that the union can concatenate.
            if (!staticGraph.contains(t)) {
                working.add(t);
            }
        }
        Graph union = new DisjointUnion(working, staticGraph);
        Model added = new LinkedHashModel();
        Map<String, Integer> counts = new LinkedHashMap<>();
        TriggerLexicon.Memo triggers = lexicon.memo();
        Context context = runContext(bindings.uris(), triggers);
        for (ParsedRule rule : rules) {
            List<Triple> produced = new ArrayList<>();
            Binding values = substitution(rule.file(), bindings);
            try {
                if (rule.plan() == null) {
                    runAsQuery(rule.query(), values, union, bindings.uris(), triggers).forEach(produced::add);
                } else {
                    runPlan(rule, values, union, context).forEach(produced::add);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule " + rule.file().fileName() + " failed on <" + bindings.article() + ">: " + e.getMessage(), e);
            }
            int count = 0;
            for (Triple t : produced) {
                if (union.contains(t)) {
                    continue;
                }
                working.add(t);
                if (!t.getPredicate().getURI().startsWith(NG.NAMESPACE)) {
                    added.add(statement(t));
                    count++;
                }
            }
            if (count > 0) {
                counts.put(rule.file().name(), count);
            }
        }
        return new Result(added, counts);
    }

    /** The rule's optimised algebra with the values substituted, evaluated as ARQ evaluates a query's plan. */
    private static List<Triple> runPlan(ParsedRule rule, Binding values, Graph union, Context runContext) {
        DatasetGraph dataset = DatasetGraphFactory.wrap(union);
        Context context = Context.setupContextForDataset(runContext, dataset);
        ExecutionContext execution = new ExecutionContext(context, dataset.getDefaultGraph(), dataset, QC.getFactory(context));
        List<Triple> template = new ArrayList<>();
        for (Triple t : rule.query().getConstructTemplate().getTriples()) {
            template.add(Substitute.substitute(t, values));
        }
        List<Triple> produced = new ArrayList<>();
        QueryIterator solutions = QC.execute(Substitute.substitute(rule.plan(), values), QueryIterRoot.create(execution), execution);
        try {
            TemplateLib.calcTriples(template, solutions).forEachRemaining(produced::add);
        } finally {
            solutions.close();
        }
        return produced;
    }

    private List<Triple> runAsQuery(Query query, Binding values, Graph union, UriSpace uris, TriggerLexicon.Memo triggers) {
        List<Triple> produced = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(union)
                .query(query)
                .substitution(values)
                .set(ARQConstants.registryFunctions, functions)
                .set(RuleFunctions.URI_SPACE, uris)
                .set(RuleFunctions.TRIGGERS, triggers)
                .build()) {
            exec.constructTriples().forEachRemaining(produced::add);
        }
        return produced;
    }

    /**
     * ARQ's settings (as a query execution starts from them) and what the ng: functions read: their
     * registry, the article's URI space, its trigger memo.
     */
    private Context runContext(UriSpace uris, TriggerLexicon.Memo triggers) {
        Context context = ARQ.getContext().copy();
        context.set(ARQConstants.registryFunctions, functions);
        context.set(RuleFunctions.URI_SPACE, uris);
        context.set(RuleFunctions.TRIGGERS, triggers);
        return context;
    }

    /** Values every rule may use: ?article, ?rule (its IRI), ?published (when the article is dated). */
    private static Binding substitution(RuleFile file, ArticleBindings bindings) {
        BindingBuilder b = Binding.builder();
        b.add(Var.alloc("article"), NodeFactory.createURI(bindings.article().stringValue()));
        b.add(Var.alloc("rule"), NodeFactory.createURI(bindings.uris().id("rule", file.name()).stringValue()));
        if (bindings.published() != null) {
            b.add(Var.alloc("published"), NodeFactory.createLiteralDT(bindings.published().toString(),
                    XSDDatatype.XSDdate));
        }
        return b.build();
    }

    // ---- RDF4J <-> Jena, term by term (no serialisation round trip)

    private static Triple triple(Statement st) {
        return Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    private static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            return NodeFactory.createBlankNode(bnode.getID());
        }
        if (value instanceof Literal literal) {
            Optional<String> lang = literal.getLanguage();
            if (lang.isPresent()) {
                return NodeFactory.createLiteralLang(literal.getLabel(), lang.get());
            }
            return NodeFactory.createLiteralDT(literal.getLabel(),
                    TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
        }
        throw new IllegalArgumentException("cannot convert " + value + " (RDF-star triple terms are not supported)");
    }

    private static Statement statement(Triple t) {
        return Values.getValueFactory().createStatement((Resource) value(t.getSubject()), (IRI) value(t.getPredicate()),
                value(t.getObject()));
    }

    private static Value value(Node node) {
        if (node.isURI()) {
            return Values.iri(node.getURI());
        }
        if (node.isBlank()) {
            return Values.bnode(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return Values.literal(node.getLiteralLexicalForm(), lang);
            }
            return Values.literal(node.getLiteralLexicalForm(), Values.iri(node.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("a rule produced a term RDF4J cannot hold: " + node);
    }
}
