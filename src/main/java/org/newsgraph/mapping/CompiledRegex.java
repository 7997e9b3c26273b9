package org.newsgraph.mapping;

import java.util.List;

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
 * across copies; it matches as {@link E_Regex#eval(List)} does.
 */
final class CompiledRegex extends ExprFunctionN {

    private final RegexEngine engine;

    private CompiledRegex(ExprList args, RegexEngine engine) {
        super(Tags.tagRegex, args);
        this.engine = engine;
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
        return engine.match(text.getLiteralLexicalForm()) ? NodeValue.TRUE : NodeValue.FALSE;
    }

    @Override
    public Expr copy(ExprList newArgs) {
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
