package org.newsgraph.mapping;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL's REGEX with a constant pattern, compiled once per rule. ARQ's own {@link E_Regex} compiles its
 * pattern in its constructor, and ARQ copies an expression whenever it substitutes values into it: once
 * per article for the article's values, and once per row for every REGEX inside an OPTIONAL or a
 * (NOT) EXISTS, which ARQ evaluates by substituting the row into it. This one keeps its compiled pattern
 * across copies; it matches as {@link E_Regex#eval(List)} does. A pattern named by a variable (the rules
 * BIND a long constant pattern to a name, then match it per row) is compiled once per pattern and flags,
 * in a cache that the rule's copies share.
 */
final class CompiledRegex extends ExprFunctionN {

    /** Beyond this many patterns (they would come from the data, not the rule) a pattern is compiled per row. */
    private static final int CACHED_PATTERNS = 64;

    private final RegexEngine engine;
    private final Map<List<Node>, RegexEngine> byPattern;

    private CompiledRegex(ExprList args, RegexEngine engine) {
        super(Tags.tagRegex, args);
        this.engine = engine;
        this.byPattern = null;
    }

    private CompiledRegex(ExprList args, Map<List<Node>, RegexEngine> byPattern) {
        super(Tags.tagRegex, args);
        this.engine = null;
        this.byPattern = byPattern;
    }

    /** The plan with each REGEX whose pattern and flags are constants replaced by one compiled once. */
    static Op compileOnce(Op plan) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && constant(args)) {
                    NodeValue flags = args.size() > 2 ? args.get(2).getConstant() : null;
                    return new CompiledRegex(args, E_Regex.makeRegexEngine(args.get(1).getConstant(), flags));
                }
                if (func instanceof E_Regex) {
                    return new CompiledRegex(args, new ConcurrentHashMap<>());
                }
                return super.transform(func, args);
            }
        }, plan);
    }

    private static boolean constant(ExprList args) {
        return args.get(1).isConstant() && args.get(1).getConstant().isString()
                && (args.size() < 3 || args.get(2).isConstant());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        return engine(args).match(text.getLiteralLexicalForm()) ? NodeValue.TRUE : NodeValue.FALSE;
    }

    private RegexEngine engine(List<NodeValue> args) {
        if (engine != null) {
            return engine;
        }
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > 2 ? args.get(2) : null;
        List<Node> key = flags == null ? List.of(pattern.asNode()) : List.of(pattern.asNode(), flags.asNode());
        RegexEngine cached = byPattern.get(key);
        if (cached != null) {
            return cached;
        }
        RegexEngine made = E_Regex.makeRegexEngine(pattern, flags);
        if (byPattern.size() < CACHED_PATTERNS) {
            byPattern.put(key, made);
        }
        return made;
    }

    @Override
    public Expr copy(ExprList newArgs) {
        if (byPattern != null) {
            return new CompiledRegex(newArgs, byPattern);
        }
        // Substitution replaces variables, never the constant pattern and flags: the compiled pattern still holds.
        return constant(newArgs) && sameConstants(newArgs) ? new CompiledRegex(newArgs, engine) : new E_Regex(newArgs.get(0),
                newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    private boolean sameConstants(ExprList newArgs) {
        if (newArgs.size() != getArgs().size()) {
            return false;
        }
        for (int i = 1; i < newArgs.size(); i++) {
            if (!newArgs.get(i).getConstant().equals(getArg(i + 1).getConstant())) {
                return false;
            }
        }
        return true;
    }
}
