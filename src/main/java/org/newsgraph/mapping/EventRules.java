package org.newsgraph.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.SCHEMA;

/**
 * Geopolitical events of an article (state visits, talks, cooperation, sanctions, criticism) and
 * what the article is about, derived by SPARQL CONSTRUCT rules that are data: the {@code NN-name.rq}
 * files of a rule directory, run in NN order over the article's graph (sentences, mentions, minted
 * people) united with the gazetteer and the directory's Turtle files (trigger words, IPTC subjects),
 * each rule seeing what the earlier ones produced. Rules are parsed, and the gazetteer converted,
 * once, when this mapper is built; a mapper can be shared by the articles of a run.
 */
public final class EventRules implements Mapper {

    private static final IRI BACKGROUND = Values.iri(GP.NAMESPACE, "background");
    private static final Set<IRI> SPECULATIVE = Set.of(Values.iri(GP.NAMESPACE, "hypothetical"), Values.iri(GP.NAMESPACE, "denied"));

    /** The rules that ship with newsgraph, in {@code src/main/resources/rules}. */
    public static final String BUILT_IN_RULES = "/rules";
    private static final String TRIGGERS = "triggers.ttl";

    private static final List<IRI> FACTUALITY_PREFERENCE = List.of(
            Values.iri(GP.NAMESPACE, "asserted"), Values.iri(GP.NAMESPACE, "reported"),
            Values.iri(GP.NAMESPACE, "background"), Values.iri(GP.NAMESPACE, "hypothetical"),
            Values.iri(GP.NAMESPACE, "denied"));

    private final ArqRuleEngine engine;
    private final TriggerLexicon triggers;
    private final Map<String, RuleFile> rulesByName;

    /**
     * The built-in rules over the given gazetteer.
     *
     * @param gazetteer the gazetteer's statements, already resolved against the deployment's base
     */
    public EventRules(Model gazetteer) {
        this(gazetteer, builtInRuleDirectory());
    }

    /**
     * The rules of a directory: every {@code NN-name.rq} file, and every {@code .ttl} file as rule data.
     *
     * @param gazetteer     the gazetteer's statements, already resolved against the deployment's base
     * @param ruleDirectory a directory (or a directory inside a jar) of rules
     */
    public EventRules(Model gazetteer, Path ruleDirectory) {
        List<RuleFile> rules = new ArrayList<>();
        Model data = new LinkedHashModel(gazetteer);
        Model triggers = new LinkedHashModel();
        try (Stream<Path> files = Files.list(ruleDirectory)) {
            for (Path file : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".rq")) {
                    rules.add(RuleFile.of(fileName, Files.readString(file, StandardCharsets.UTF_8)));
                } else if (fileName.endsWith(".ttl")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        triggers.addAll(Rio.parse(in, "", RDFFormat.TURTLE));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + ruleDirectory + ": " + e.getMessage(), e);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no NN-name.rq rule in " + ruleDirectory);
        }
        // A rule's IRI is its name without the number: two files of one name (a rule renumbered, its old file
        // left behind in a build directory) would share it.
        Map<String, String> fileOfName = new HashMap<>();
        for (RuleFile rule : rules) {
            String other = fileOfName.putIfAbsent(rule.name(), rule.fileName());
            if (other != null) {
                throw new IllegalArgumentException("two rules named '" + rule.name() + "' in " + ruleDirectory + ": "
                        + other + " and " + rule.fileName() + " (a renamed rule's old file left in a build? build clean)");
            }
        }
        data.addAll(triggers);
        this.triggers = TriggerLexicon.of(triggers);
        this.engine = new ArqRuleEngine(rules, data, this.triggers);
        this.rulesByName = rules.stream().collect(Collectors.toMap(RuleFile::name, r -> r));
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void map(MappingContext context) {
        ArqRuleEngine.Result result = engine.run(context.model(), new ArqRuleEngine.ArticleBindings(
                context.uris(), context.articleIri(), context.article().publicationDay()));
        Model added = result.added();
        ArticleSentences sentences = ArticleSentences.of(context.model());
        separateBackgroundEvidence(added, sentences, context.article().publicationDay());
        consolidate(added);
        LedeDates.date(added, sentences, context.article().publicationDay(), triggers);
        RelativeDates.date(added, sentences, context.article().publicationDay());
        mergeUndatedIntoDated(added);
        consolidate(added);
        ArticleFactuality.deniedReports(added);
        ArticleFactuality.staleAsBackground(added, context.article().publicationDay());
        consolidate(added);
        SummaryIntents.dropIntentsOfTheHeadlinesAgreement(added, sentences);
        dropOneSidedEvents(added);
        for (String name : result.addedByRule().keySet()) {
            describeRule(added, context.uris().id("rule", name), rulesByName.get(name));
        }
        context.model().addAll(added);
        // The contract: schema:about for what the article is about, schema:mentions for every other
        // linked entity. Only the rules know the former, and they run after the entities are mentioned.
        IRI article = context.articleIri();
        for (Value subject : List.copyOf(context.model().filter(article, SCHEMA.about, null).objects())) {
            context.model().remove(article, SCHEMA.mentions, subject);
        }
    }

    /** The names of the rules, in the order they run. */
    public List<String> ruleNames() {
        return rulesByName.values().stream()
                .sorted(Comparator.comparing(RuleFile::fileName))
                .map(RuleFile::name)
                .toList();
    }

    private static void describeRule(Model model, IRI rule, RuleFile file) {
        model.add(rule, RDF.TYPE, PROV.PLAN);
        model.add(rule, RDFS.LABEL, Values.literal(file.name(), "en"));
        model.add(rule, RDFS.COMMENT, Values.literal(file.comment(), "en"));
        model.add(rule, OWL.VERSIONINFO, Values.literal(file.version()));
    }

    /**
     * A CONSTRUCT rule can only add: when two sentences (or two rules) give one event different
     * single values, keep one. The surest factuality wins, the most specific CAMEO code, the highest
     * confidence, the earliest start date, the longest (fullest) name.
     */
    static void consolidate(Model model) {
        for (Resource event : Set.copyOf(model.filter(null, GP.factuality, null).subjects())) {
            keep(model, event, GP.factuality, values -> values.stream()
                    .min(Comparator.comparingInt(v -> rank(FACTUALITY_PREFERENCE, v))));
            // Talks that one sentence calls negotiations (046) and another consultations (040): the more specific.
            keep(model, event, GP.cameoCode, values -> values.stream()
                    .max(Comparator.comparing(Value::stringValue)));
            keep(model, event, GP.confidence, values -> values.stream()
                    .max(Comparator.comparing(v -> ((Literal) v).decimalValue())));
            keep(model, event, SCHEMA.startDate, values -> values.stream()
                    .min(Comparator.comparing(Value::stringValue)));
            keep(model, event, SCHEMA.name, values -> values.stream()
                    .max(Comparator.comparingInt((Value v) -> v.stringValue().length())
                            .thenComparing(Value::stringValue, Comparator.reverseOrder())));
        }
    }

    /**
     * A headline or a background sentence often names an event without its date ("Duda in Ottawa")
     * that another sentence dates ("arrived in Ottawa on Monday"): the same type and actors, so the
     * same IRI but for the date. When an article dates such an event once, and only once, its undated
     * mentions are that event: everything said of the undated IRI moves to the dated one. With two
     * dates (two visits, a week apart) the undated mention stays apart, as nothing says which it is.
     * An undated background event (an agreement "signed in 2018") has its own slug ({@link EventSlugs}) and
     * factuality, so it never merges into the day's dated event, only into a dated background one.
     */
    static void mergeUndatedIntoDated(Model model) {
        Map<Resource, List<Resource>> datedByUndated = new HashMap<>();
        for (Statement dated : List.copyOf(model.filter(null, SCHEMA.startDate, null))) {
            if (!(dated.getSubject() instanceof IRI iri)) {
                continue;
            }
            String marker = "-" + dated.getObject().stringValue();
            int at = iri.stringValue().lastIndexOf(marker);
            boolean wholeWord = at > 0 && (at + marker.length() == iri.stringValue().length()
                    || iri.stringValue().charAt(at + marker.length()) == '-');
            if (!wholeWord) {
                continue;
            }
            String before = iri.stringValue().substring(0, at);
            String after = iri.stringValue().substring(at + marker.length());
            List<IRI> undatedForms = new ArrayList<>(List.of(Values.iri(before + after)));
            // A dated background event's undated mentions carry the background mark its date made needless.
            if (model.contains(iri, GP.factuality, BACKGROUND) && !after.startsWith("-" + EventSlugs.PAST)) {
                undatedForms.add(Values.iri(before + "-" + EventSlugs.PAST + after));
            }
            for (IRI undated : undatedForms) {
                // "Baku has repeatedly accused France" (background) is not Friday's accusation: never the
                // same event, whatever their slugs.
                boolean sameFactuality = Set.copyOf(model.filter(undated, GP.factuality, null).objects())
                        .equals(Set.copyOf(model.filter(iri, GP.factuality, null).objects()));
                if (model.contains(undated, GP.factuality, null) && !model.contains(undated, SCHEMA.startDate, null) && sameFactuality) {
                    datedByUndated.computeIfAbsent(undated, u -> new ArrayList<>()).add(iri);
                }
            }
        }
        datedByUndated.forEach((undated, dated) -> {
            if (Set.copyOf(dated).size() != 1) {
                return;
            }
            moveEvent(model, undated, dated.get(0));
        });
    }

    /**
     * An undated background event of a pair (an agreement "signed in 2018") and the pair's event of the day
     * of the same type are two IRIs ({@link EventSlugs}), but a rule that reads every sentence holding a
     * trigger of the type as telling each of the pair's events gives both the same sentences. A sentence
     * that places itself before the article's time and names no day of its own tells the background event;
     * any other tells the day's. Each keeps its own, and an event never loses its last sentence.
     */
    static void separateBackgroundEvidence(Model model, ArticleSentences sentences, LocalDate published) {
        if (published == null) {
            return;
        }
        for (Resource past : List.copyOf(model.filter(null, GP.factuality, BACKGROUND).subjects())) {
            if (model.filter(past, GP.factuality, null).objects().size() != 1 || model.contains(past, SCHEMA.startDate, null)) {
                continue;
            }
            Set<Value> types = Set.copyOf(model.filter(past, RDF.TYPE, null).objects());
            Set<Value> sides = sides(model, past);
            for (Resource day : List.copyOf(model.filter(null, GP.factuality, null).subjects())) {
                if (day.equals(past) || model.contains(day, GP.factuality, BACKGROUND) || speculative(model, day)
                        || !types.equals(Set.copyOf(model.filter(day, RDF.TYPE, null).objects()))
                        || sides.size() != 2 || !sides.equals(sides(model, day))) {
                    continue;
                }
                for (Value shared : Set.copyOf(model.filter(past, GP.evidence, null).objects())) {
                    if (!(shared instanceof Resource sentence) || !model.contains(day, GP.evidence, sentence)) {
                        continue;
                    }
                    String text = sentences.text(sentence);
                    boolean toldAsPast = text != null && SentenceDates.past(text, published)
                            && SentenceDates.resolve(text, published).isEmpty();
                    Resource loser = toldAsPast ? day : past;
                    if (model.filter(loser, GP.evidence, null).size() > 1) {
                        model.remove(loser, GP.evidence, sentence);
                    }
                }
            }
        }
    }

    /** Whether an event is told only as possible or as denied: a day the article gives nearby is not its day. */
    static boolean speculative(Model events, Resource event) {
        return events.filter(event, GP.factuality, null).objects().stream().anyMatch(SPECULATIVE::contains);
    }

    /** An undated event takes a day: its IRI then carries the day, as the IRI of every dated event does. */
    static void date(Model events, IRI event, LocalDate day) {
        IRI dated = Values.iri(event.stringValue() + "-" + day);
        moveEvent(events, event, dated);
        events.add(dated, SCHEMA.startDate, Values.literal(day));
    }

    /**
     * An event's two sides: the country of each, or, for a side that has none (an organisation or bloc that
     * signs an agreement with a country), its actor.
     */
    static Set<Value> sides(Model events, Resource event) {
        Set<Value> sides = new HashSet<>();
        sides.addAll(side(events, event, GP.sourceCountry, GP.sourceActor));
        sides.addAll(side(events, event, GP.targetCountry, GP.targetActor));
        return sides;
    }

    private static Set<Value> side(Model events, Resource event, IRI country, IRI actor) {
        Set<Value> countries = events.filter(event, country, null).objects();
        return countries.isEmpty() ? events.filter(event, actor, null).objects() : countries;
    }

    /** Everything said of or about one event IRI, said of or about another (which may exist already). */
    static void moveEvent(Model model, Resource from, Resource to) {
        for (Statement st : List.copyOf(model.filter(from, null, null))) {
            model.remove(st);
            model.add(to, st.getPredicate(), st.getObject());
        }
        for (Statement st : List.copyOf(model.filter(null, null, from))) {
            model.remove(st);
            model.add(st.getSubject(), st.getPredicate(), to);
        }
    }

    /**
     * An event whose two sides share an actor or a country (talks of Japan with Japan, a visit home,
     * sanctions on oneself) says nothing, and the shapes reject it: the rules avoid making one, and an
     * event that two rules or two sentences still make so is dropped here, with everything said of it.
     */
    static void dropOneSidedEvents(Model model) {
        List<IRI[]> sides = List.of(
                new IRI[] {GP.sourceActor, GP.targetActor},
                new IRI[] {GP.sourceCountry, GP.targetCountry},
                new IRI[] {GP.visitor, GP.host},
                new IRI[] {GP.imposedBy, GP.sanctionTarget});
        for (Resource event : Set.copyOf(model.filter(null, GP.factuality, null).subjects())) {
            boolean oneSided = sides.stream().anyMatch(pair -> {
                Set<Value> first = Set.copyOf(model.filter(event, pair[0], null).objects());
                return model.filter(event, pair[1], null).objects().stream().anyMatch(first::contains);
            });
            if (oneSided) {
                model.remove(event, null, null);
                model.remove(null, null, event);
            }
        }
    }

    private static void keep(Model model, Resource subject, IRI property,
            Function<List<Value>, Optional<Value>> choose) {
        List<Value> values = new ArrayList<>(model.filter(subject, property, null).objects());
        if (values.size() < 2) {
            return;
        }
        Value kept = choose.apply(values).orElseThrow();
        model.remove(subject, property, null);
        model.add(subject, property, kept);
    }

    private static int rank(List<IRI> order, Value value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    private static Path builtInRuleDirectory() {
        // Found through a file only the built-in rules have: test resources may hold a rules/ folder too.
        URL url = EventRules.class.getResource(BUILT_IN_RULES + "/" + TRIGGERS);
        if (url == null) {
            throw new IllegalStateException("the built-in rules " + BUILT_IN_RULES + " are not on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri).getParent();
            }
            FileSystem jar;
            try {
                jar = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                jar = FileSystems.newFileSystem(uri, Map.of());
            }
            return jar.getPath(BUILT_IN_RULES);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in rules at " + url + ": " + e.getMessage(), e);
        }
    }
}
