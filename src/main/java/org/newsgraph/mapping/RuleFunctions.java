package org.newsgraph.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.UriSpace;

/**
 * The {@code ng:} functions the rules call (trigger words, gaps and text between spans, factuality,
 * dates, reasons, event IRIs), in a registry of their own that {@link ArqRuleEngine} hands to each query
 * through its context. A run puts the article's URI space and trigger memo in that context.
 */
final class RuleFunctions {

    /** The query context's {@link UriSpace}, under which event IRIs are minted. */
    static final Symbol URI_SPACE = Symbol.create(NG.NAMESPACE + "uriSpace");
    /** The query context's {@link TriggerLexicon.Memo} for the article. */
    static final Symbol TRIGGERS = Symbol.create(NG.NAMESPACE + "triggers");

    /** Words before a sentence's subject: nothing, or a dateline ending in a dash, and "The". */
    private static final Pattern SUBJECT_OPENS = Pattern.compile("(?:^|[—–-]\\s*)(?:[Tt]he\\s+)?$");
    /**
     * From the subject to a second verb that has no subject of its own: a first predicate (a past verb or
     * an auxiliary, after an optional time or adverb) joined by "but" or "and" and adverbs only.
     */
    private static final Pattern SECOND_PREDICATE = Pattern.compile(
            "^\\s+(?:on\\s+\\w+\\s+|\\w+ly\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:[a-z]+ed|froze|cut|kept|struck|took|made)\\s[^;:.]*?"
                    + ",?\\s+(?:but|and)\\s+(?:(?:also|still|then|later|simultaneously|at the same time|in parallel)\\s+)*$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|from|into|near|to|inside)\\s+(?:the\\s+)?$");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)\\b(?:it|he|she|they|we)\\s+\\W*(?:\\w+\\s+)?\\W*$");
    private static final Pattern SAID_PRONOUN = Pattern.compile(
            "(?i)\\b(?:said|says|added|stated|declared)\\s+(?:that\\s+)?(?:it|he|she|they|we)\\s+\\W*(?:\\w+\\s+)?\\W*$");

    /** An auxiliary of the present perfect right before its participle: "has also criticised", "have long accused". */
    private static final Pattern PERFECT_AUXILIARY = Pattern.compile("\\b(?:has|have)\\s+(?:(?:also|long|\\p{Ll}+ly)\\s+){0,2}$");
    /**
     * A clause in the present perfect that a participle after its comma goes on: "Pashinyan has frozen Armenia's
     * participation in the CSTO, accusing Moscow". The perfect's participle is a regular or a common irregular one.
     */
    private static final Pattern PERFECT_CLAUSE = Pattern.compile("\\b(?:has|have)\\s+(?:(?:also|long|\\p{Ll}+ly)\\s+){0,2}"
            + "(?!been\\b)\\p{Ll}+(?:ed|en|wn|ne|un|ut|de|pt|lt|ght)\\b[^,;:]*,\\s*$");
    /** Before a mention in a dateline: the city in capitals and its comma ("BELÉM, Brazil (AFP) -"). */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M} .'/-]*,\\s*$");
    /** After it: a date perhaps ("TIANJIN, China, Sept 1 (Kazinform) -"), the agency perhaps, and the dash. */
    private static final Pattern DATELINE_AFTER = Pattern.compile(
            "^\\s*(,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s*)?(\\([^()]{1,30}\\))?\\s*\\.?\\s*(-{1,2}|[\u2013\u2014:])");

    private RuleFunctions() {
    }

    /** Whether a trigger's words, after the given words, are (or go on) a verb in the present perfect. */
    static boolean perfect(String before, String trigger) {
        return PERFECT_AUXILIARY.matcher(before).find() || trigger.endsWith("ing") && PERFECT_CLAUSE.matcher(before).find();
    }

    static FunctionRegistry registry() {
        FunctionRegistry registry = FunctionRegistry.createFrom(FunctionRegistry.standardRegistry());
        register(registry, "hasTrigger", 2, 2, (args, cxt) ->
                NodeValue.makeBoolean(!triggers(cxt).matches(text(args, 0), concept(args, 1)).isEmpty()));
        register(registry, "triggerText", 2, 2, (args, cxt) -> triggers(cxt).first(text(args, 0), concept(args, 1))
                .map(m -> NodeValue.makeString(m.text()))
                .orElseThrow(() -> new ExprEvalException("no trigger")));
        register(registry, "inTrigger", 4, 4, (args, cxt) -> {
            long begin = integer(args, 2);
            long end = integer(args, 3);
            return NodeValue.makeBoolean(triggers(cxt).matches(text(args, 0), concept(args, 1)).stream()
                    .anyMatch(m -> m.begin() <= begin && end <= m.end()));
        });
        register(registry, "gapBefore", 4, 4, (args, cxt) -> {
            long end = integer(args, 3);
            return triggers(cxt).matches(text(args, 0), concept(args, 1)).stream()
                    .filter(m -> m.begin() >= end)
                    .mapToLong(m -> m.begin() - end)
                    .min()
                    .stream()
                    .mapToObj(NodeValue::makeInteger)
                    .findFirst()
                    .orElseThrow(() -> new ExprEvalException("no trigger after the span"));
        });
        register(registry, "gapAfter", 4, 4, (args, cxt) -> {
            long begin = integer(args, 2);
            return triggers(cxt).matches(text(args, 0), concept(args, 1)).stream()
                    .filter(m -> m.end() <= begin)
                    .mapToLong(m -> begin - m.end())
                    .min()
                    .stream()
                    .mapToObj(NodeValue::makeInteger)
                    .findFirst()
                    .orElseThrow(() -> new ExprEvalException("no trigger before the span"));
        });
        // ng:sharedSubject(text, trigger, begin, end): the span is the sentence's subject and the trigger's
        // verb a second predicate of it ("The United States on Monday terminated its program on Zimbabwe, but
        // at the same time imposed fresh sanctions", "The European Union lifted most of its measures but still
        // keeps an arms embargo"): a subject of its own after "but" or "and" ("and Washington imposed") is not.
        register(registry, "sharedSubject", 4, 4, (args, cxt) -> {
            String text = text(args, 0);
            int begin = text.offsetByCodePoints(0, (int) integer(args, 2));
            int end = text.offsetByCodePoints(0, (int) integer(args, 3));
            if (!SUBJECT_OPENS.matcher(text.substring(0, begin)).find()) {
                return NodeValue.FALSE;
            }
            return NodeValue.makeBoolean(triggers(cxt).matches(text, concept(args, 1)).stream()
                    .map(m -> text.offsetByCodePoints(0, m.begin()))
                    .filter(b -> b >= end)
                    .min(Integer::compare)
                    .map(b -> SECOND_PREDICATE.matcher(text.substring(end, b)).find())
                    .orElse(false));
        });
        // ng:placeBefore(text, begin): the words before a span end in a preposition of place ("embassy in
        // Tokyo", "a trip to Taiwan"): the span says where, not who.
        register(registry, "placeBefore", 2, 2, (args, cxt) -> {
            String text = text(args, 0);
            String before = text.substring(0, text.offsetByCodePoints(0, (int) integer(args, 1)));
            return NodeValue.makeBoolean(PLACE_BEFORE.matcher(before).find());
        });
        // ng:inDateline(text, begin, end): the span (code points within the sentence) is the country of the
        // sentence's dateline, after its city and before the agency and the dash: where the story was filed.
        register(registry, "inDateline", 3, 3, (args, cxt) -> {
            String text = text(args, 0);
            int codePoints = text.codePointCount(0, text.length());
            long begin = integer(args, 1);
            long end = integer(args, 2);
            String before = text.substring(0, text.offsetByCodePoints(0, (int) Math.max(0, Math.min(begin, codePoints))));
            String after = text.substring(text.offsetByCodePoints(0, (int) Math.max(0, Math.min(end, codePoints))));
            return NodeValue.makeBoolean(DATELINE_BEFORE.matcher(before).find() && DATELINE_AFTER.matcher(after).find());
        });
        // ng:pronounSubject(words): words between a name and its verb end in a subject pronoun ("officials it
        // accuses"), unless the pronoun takes up the subject of "said" ("ASEAN said they condemned").
        register(registry, "pronounSubject", 1, 1, (args, cxt) -> {
            String between = text(args, 0);
            return NodeValue.makeBoolean(PRONOUN_SUBJECT.matcher(between).find() && !SAID_PRONOUN.matcher(between).find());
        });
        // ng:textBefore(text, trigger, end): the words between a span and the nearest trigger after it.
        register(registry, "textBefore", 3, 3, (args, cxt) -> {
            String text = text(args, 0);
            long end = integer(args, 2);
            return triggers(cxt).matches(text, concept(args, 1)).stream()
                    .filter(m -> m.begin() >= end)
                    .min(Comparator.comparingInt(TriggerLexicon.Match::begin))
                    .map(m -> NodeValue.makeString(text.substring(text.offsetByCodePoints(0, (int) end),
                            text.offsetByCodePoints(0, m.begin()))))
                    .orElseThrow(() -> new ExprEvalException("no trigger after the span"));
        });
        // ng:textBetween(text, trigger, begin): the words between the nearest trigger before a span and the span.
        register(registry, "textBetween", 3, 3, (args, cxt) -> {
            String text = text(args, 0);
            long begin = integer(args, 2);
            return triggers(cxt).matches(text, concept(args, 1)).stream()
                    .filter(m -> m.end() <= begin)
                    .max(Comparator.comparingInt(TriggerLexicon.Match::end))
                    .map(m -> NodeValue.makeString(text.substring(text.offsetByCodePoints(0, m.end()),
                            text.offsetByCodePoints(0, (int) begin))))
                    .orElseThrow(() -> new ExprEvalException("no trigger before the span"));
        });
        register(registry, "factuality", 1, 2, (args, cxt) -> NodeValue.makeNode(NodeFactory.createURI(
                triggers(cxt).factuality(text(args, 0), args.size() > 1 ? concept(args, 1) : null).stringValue())));
        // ng:sentenceDate(text, published?, trigger?): with a trigger, the date expression nearest it.
        register(registry, "sentenceDate", 1, 3, (args, cxt) -> {
            LocalDate published = args.size() > 1 && args.get(1) != null ? LocalDate.parse(args.get(1).asNode().getLiteralLexicalForm().substring(0, 10)) : null;
            String text = text(args, 0);
            SentenceDates.Span trigger = args.size() > 2
                    ? triggers(cxt).first(text, concept(args, 2))
                            .map(m -> new SentenceDates.Span(text.offsetByCodePoints(0, m.begin()), text.offsetByCodePoints(0, m.end())))
                            .orElse(null)
                    : null;
            return SentenceDates.resolve(text, published, trigger)
                    .map(d -> NodeValue.makeDate(d.toString()))
                    .orElseThrow(() -> new ExprEvalException("no date"));
        });
        // ng:pastTime(text, published): the sentence tells of a time before the article's: a year before its
        // year ("Putin's May 2024 state visit" in 2025) or a month before its month ("in July" in November).
        // With a trigger concept as third argument, a time in a relative clause about a person that does not hold the
        // trigger is left out ("Mahama, who took office two months ago, ... held talks").
        register(registry, "pastTime", 2, 3, (args, cxt) -> {
            if (args.get(1) == null) {
                return NodeValue.FALSE;
            }
            LocalDate published = LocalDate.parse(args.get(1).asNode().getLiteralLexicalForm().substring(0, 10));
            String text = text(args, 0);
            if (args.size() < 3) {
                return NodeValue.makeBoolean(SentenceDates.past(text, published));
            }
            SentenceDates.Span trigger = triggers(cxt).first(text, concept(args, 2))
                    .map(m -> new SentenceDates.Span(text.offsetByCodePoints(0, m.begin()), text.offsetByCodePoints(0, m.end())))
                    .orElse(null);
            return NodeValue.makeBoolean(SentenceDates.past(text, published, trigger));
        });
        // ng:perfect(text, trigger): the trigger tells its act in the present perfect, as the participle of "has"
        // ("The United States has also criticised Cuba's missions") or as a participle going on a clause in the
        // perfect ("has frozen its participation in the pact, accusing Moscow"). The perfect places an act in no
        // time of its own: past the lede, where the news is told in it, it tells what has been so, not the day's act.
        register(registry, "perfect", 2, 2, (args, cxt) -> {
            String text = text(args, 0);
            return NodeValue.makeBoolean(triggers(cxt).first(text, concept(args, 1))
                    .map(m -> perfect(text.substring(0, text.offsetByCodePoints(0, m.begin())), m.text()))
                    .orElse(false));
        });
        register(registry, "reason", 1, 1, (args, cxt) -> SanctionReasons.reason(text(args, 0))
                .map(r -> NodeValue.makeNode(NodeFactory.createLiteralLang(r, "en")))
                .orElseThrow(() -> new ExprEvalException("no reason")));
        register(registry, "eventIri", 1, 8, (args, cxt) -> eventIri(args, cxt, false));
        register(registry, "pairEventIri", 3, 8, (args, cxt) -> eventIri(args, cxt, true));
        return registry;
    }

    private static NodeValue eventIri(List<NodeValue> args, Context cxt, boolean symmetric) {
        UriSpace uris = cxt.get(URI_SPACE);
        if (uris == null) {
            throw new ExprEvalException("no URI space in the query context");
        }
        List<String> parts = new ArrayList<>();
        for (NodeValue arg : args) {
            parts.add(arg == null ? null : arg.asNode().isURI() ? arg.asNode().getURI() : arg.asNode().getLiteralLexicalForm());
        }
        if (parts.get(0) == null || (symmetric && (parts.get(1) == null || parts.get(2) == null))) {
            throw new ExprEvalException("an event IRI needs its type and actors");
        }
        if (symmetric && parts.get(1).compareTo(parts.get(2)) > 0) {
            String first = parts.get(1);
            parts.set(1, parts.get(2));
            parts.set(2, first);
        }
        return NodeValue.makeNode(NodeFactory.createURI(uris.id("event", EventSlugs.slug(parts)).stringValue()));
    }

    private static String text(List<NodeValue> args, int i) {
        NodeValue v = args.get(i);
        if (v == null || !v.asNode().isLiteral()) {
            throw new ExprEvalException("expected a text");
        }
        return v.asNode().getLiteralLexicalForm();
    }

    private static TriggerLexicon.Memo triggers(Context cxt) {
        TriggerLexicon.Memo memo = cxt.get(TRIGGERS);
        if (memo == null) {
            throw new ExprEvalException("no trigger lexicon in the query context");
        }
        return memo;
    }

    private static String concept(List<NodeValue> args, int i) {
        NodeValue v = args.get(i);
        if (v == null || !v.asNode().isURI()) {
            throw new ExprEvalException("expected a trigger concept IRI");
        }
        return v.asNode().getURI();
    }

    private static long integer(List<NodeValue> args, int i) {
        NodeValue v = args.get(i);
        if (v == null || !v.isInteger()) {
            throw new ExprEvalException("expected an integer");
        }
        return v.getInteger().longValueExact();
    }

    private static void register(FunctionRegistry registry, String local, int minArgs, int maxArgs,
            BiFunction<List<NodeValue>, Context, NodeValue> body) {
        String uri = NG.NAMESPACE + local;
        registry.put(uri, u -> new NgFunction(local, minArgs, maxArgs, body));
    }

    /**
     * An ng: function. Arguments are evaluated here rather than by ARQ so that an unbound optional
     * argument (an unknown date) reaches the function as null instead of failing the call.
     */
    private static final class NgFunction implements Function {
        private final String name;
        private final int minArgs;
        private final int maxArgs;
        private final BiFunction<List<NodeValue>, Context, NodeValue> body;

        NgFunction(String name, int minArgs, int maxArgs, BiFunction<List<NodeValue>, Context, NodeValue> body) {
            this.name = name;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
            this.body = body;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            if (args.size() < minArgs || args.size() > maxArgs) {
                throw new QueryBuildException("ng:" + name + " takes " + minArgs
                        + (maxArgs == minArgs ? "" : " to " + maxArgs) + " arguments, not " + args.size());
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            List<NodeValue> values = new ArrayList<>(args.size());
            for (int i = 0; i < args.size(); i++) {
                try {
                    values.add(args.get(i).eval(binding, env));
                } catch (VariableNotBoundException e) {
                    values.add(null);
                }
            }
            return body.apply(values, env.getContext());
        }
    }
}
