package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.UriSpace;

/**
 * The gazetteer: the shared graph of countries, places, organisations, people and titles that
 * articles are linked against (stored by the pipeline in {@code {base}graph/gazetteer}), and the
 * label index the {@link EntityLinker} reads.
 *
 * <p>Its Turtle files write IRIs relative to the deployment base ({@code <id/country/russia>});
 * {@link #load(Path, UriSpace)} resolves them against {@link UriSpace#base()}.
 */
public final class Gazetteer {

    static final IRI COLLECTIVE_ACTOR = Values.iri(GP.NAMESPACE, "CollectiveActor");
    static final IRI TITLE = Values.iri(GP.NAMESPACE, "Title");
    static final IRI OFFICIAL_NAME = Values.iri(GP.NAMESPACE, "officialName");
    static final IRI SHORT_NAME = Values.iri(GP.NAMESPACE, "shortName");
    static final IRI DEMONYM = Values.iri(GP.NAMESPACE, "demonym");
    static final IRI CAPITAL = Values.iri(GP.NAMESPACE, "capital");
    static final IRI CONTEXTUAL_ALIAS = Values.iri(GP.NAMESPACE, "contextualAlias");
    static final IRI CURRENT = Values.iri(GP.NAMESPACE, "current");
    static final IRI SUBREGION = Values.iri(GP.NAMESPACE, "subregion");
    private static final List<IRI> TYPE_ORDER = List.of(SCHEMA.Person, SCHEMA.Country, SCHEMA.City, SCHEMA.Organization, SCHEMA.Place);

    private final Model model;
    private final Map<IRI, IRI> types = new HashMap<>();
    private final Map<String, List<Label>> labels = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Map<IRI, IRI> countryOfCapital = new HashMap<>();
    private final Map<IRI, IRI> capitalOfCountry = new HashMap<>();
    private final Map<IRI, List<Holding>> holdings = new HashMap<>();
    private final Set<String> languages = new HashSet<>();
    private int longestTitle;

    private Gazetteer(Model model) {
        this.model = model.unmodifiable();
        indexTypes();
        indexLabels();
        indexTitles();
        indexCapitals();
        indexHoldings();
    }

    /** Loads every {@code *.ttl} file of a folder, in name order, resolving relative IRIs against the base. */
    public static Gazetteer load(Path dir, UriSpace uris) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        }
        return load(uris, files);
    }

    /** Loads the given Turtle files (the gazetteer's and any extra ones) with the deployment's base. */
    public static Gazetteer load(UriSpace uris, List<Path> files) throws IOException {
        Model model = new LinkedHashModel();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                model.addAll(Rio.parse(in, uris.base(), RDFFormat.TURTLE));
            }
        }
        return new Gazetteer(model);
    }

    /** A gazetteer over statements already parsed (their IRIs already absolute). */
    public static Gazetteer of(Model model) {
        return new Gazetteer(new LinkedHashModel(model));
    }

    /** The gazetteer graph, read-only. */
    public Model model() {
        return model;
    }

    /** Whether any label is in the language (its primary subtag), so that an article in it can be linked. */
    public boolean hasLabelsIn(String languageTag) {
        return languages.contains(primary(languageTag));
    }

    static String primary(String languageTag) {
        return languageTag.toLowerCase(Locale.ROOT).split("-")[0];
    }

    List<Label> labels(String key) {
        return labels.getOrDefault(key, List.of());
    }

    /** Whether some label starts with these words (a folded key), so that a longer match may still come. */
    boolean isPrefix(String key) {
        return prefixes.contains(key);
    }

    static void addPrefixes(String key, Set<String> prefixes) {
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
            prefixes.add(key.substring(0, space));
        }
        prefixes.add(key);
    }

    Title title(String key) {
        return titles.get(key);
    }

    int longestTitle() {
        return longestTitle;
    }

    IRI type(IRI entity) {
        return types.get(entity);
    }

    String name(IRI entity) {
        return Models.getPropertyLiteral(model, entity, SCHEMA.name).map(Literal::getLabel).orElse(entity.getLocalName());
    }

    /** The country a city is the capital of, or null. */
    IRI countryOfCapital(IRI city) {
        return countryOfCapital.get(city);
    }

    /** The world region of a country as world-countries names it ("Northern Africa"), or null. */
    String subregion(IRI country) {
        return Models.getPropertyLiteral(model, country, SUBREGION).map(Literal::getLabel).orElse(null);
    }

    /** The capital of a country, or null. */
    IRI capitalOf(IRI country) {
        return capitalOfCountry.get(country);
    }

    List<Holding> holdings(IRI person) {
        return holdings.getOrDefault(person, List.of());
    }

    /**
     * The person who holds the title in the country on the day; empty when none or more than one, and
     * when an undated holder follows a former one whose end no source dates: the day may fall before
     * the change ("the Mexican president" in 2023 is not the president of late 2025).
     */
    Optional<IRI> holder(Title title, IRI country, LocalDate day) {
        List<Holding> office = holdings.values().stream()
                .flatMap(List::stream)
                .filter(h -> country.equals(h.jurisdiction()) && title.names(h.roleName()))
                .toList();
        List<Holding> valid = office.stream().filter(h -> h.validOn(day)).toList();
        boolean undatedChange = valid.stream().anyMatch(h -> h.start() == null)
                && office.stream().anyMatch(h -> Boolean.FALSE.equals(h.current()) && h.end() == null);
        List<IRI> found = valid.stream().map(Holding::person).distinct().toList();
        return found.size() == 1 && !undatedChange ? Optional.of(found.get(0)) : Optional.empty();
    }

    private void indexTypes() {
        for (Resource subject : model.filter(null, RDF.TYPE, null).subjects()) {
            if (!(subject instanceof IRI entity)) {
                continue;
            }
            Set<Value> classes = model.filter(entity, RDF.TYPE, null).objects();
            TYPE_ORDER.stream()
                    .filter(classes::contains)
                    .findFirst()
                    .or(() -> classes.contains(COLLECTIVE_ACTOR) ? Optional.of(SCHEMA.Organization) : Optional.empty())
                    .ifPresent(type -> types.put(entity, type));
        }
    }

    private void indexLabels() {
        for (Map.Entry<IRI, IRI> entry : types.entrySet()) {
            IRI entity = entry.getKey();
            IRI type = entry.getValue();
            addLabels(entity, type, SCHEMA.name, MatchKind.NAME);
            addLabels(entity, type, OFFICIAL_NAME, MatchKind.OFFICIAL_NAME);
            addLabels(entity, type, SKOS.ALT_LABEL, MatchKind.ALIAS);
            addLabels(entity, type, CONTEXTUAL_ALIAS, MatchKind.ALIAS);
            addLabels(entity, type, SHORT_NAME, MatchKind.SHORT_NAME);
            addLabels(entity, type, DEMONYM, MatchKind.DEMONYM);
            if (type.equals(SCHEMA.Person)) {
                addSurname(entity);
            }
        }
    }

    /**
     * "Samia Suluhu Hassan ... Hassan landed in the Indian capital": other newsrooms take up a person by the last
     * word of the full name even where the gazetteer's short name is another ("Samia"), as for people minted from
     * the text; a short name is linked only after the full name (see ArticleLinker).
     */
    private void addSurname(IRI person) {
        for (Value value : model.filter(person, SCHEMA.name, null).objects()) {
            if (!(value instanceof Literal literal)) {
                continue;
            }
            List<Token> tokens = Tokenizer.tokens(literal.getLabel());
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            boolean surname = tokens.size() >= 2 && last.isWord() && last.isCapitalised() && !last.afterHyphen()
                    && last.text().length() > 2 && !last.text().matches("[IVX]+|Jr|Sr")
                    && tokens.stream().allMatch(Token::isWord);
            boolean known = model.filter(person, SHORT_NAME, null).objects().stream()
                    .anyMatch(v -> v.stringValue().equals(last.text()));
            if (surname && !known) {
                String lang = literal.getLanguage().map(Gazetteer::primary).orElse("");
                addLabel(new Label(person, SCHEMA.Person, MatchKind.SHORT_NAME, last.text(), List.of(last), lang));
            }
        }
    }

    private void addLabels(IRI entity, IRI type, IRI property, MatchKind kind) {
        for (Value value : model.filter(entity, property, null).objects()) {
            if (!(value instanceof Literal literal)) {
                continue;
            }
            String lang = literal.getLanguage().map(Gazetteer::primary).orElse("");
            if (!lang.isEmpty()) {
                languages.add(lang);
            }
            if (kind == MatchKind.DEMONYM) {
                // world-countries joins several demonyms in one cell ("Antiguan, Barbudan").
                for (String demonym : literal.getLabel().split("\\s*[,|;]\\s*")) {
                    addLabel(new Label(entity, type, kind, demonym, Tokenizer.tokens(demonym), lang));
                    if (type.equals(SCHEMA.Country) && !demonym.matches(".*(s|sh|ch|ese|x|z)")) {
                        String plural = demonym + "s";
                        addLabel(new Label(entity, type, kind, plural, Tokenizer.tokens(plural), lang));
                    }
                }
            } else {
                // A name the gazetteer also gives as a contextual alias ("Hamilton", Bermuda's capital and
                // cities elsewhere) needs the same support as the alias.
                boolean contextual = property.equals(CONTEXTUAL_ALIAS) || model.contains(entity, CONTEXTUAL_ALIAS, literal);
                addLabel(new Label(entity, type, kind, literal.getLabel(), Tokenizer.tokens(literal.getLabel()), lang, contextual));
            }
        }
    }

    private void addLabel(Label label) {
        if (label.tokens().isEmpty()) {
            return;
        }
        labels.computeIfAbsent(label.key(), k -> new ArrayList<>()).add(label);
        addPrefixes(label.key(), prefixes);
    }

    private void indexTitles() {
        for (Resource subject : model.filter(null, RDF.TYPE, TITLE).subjects()) {
            if (!(subject instanceof IRI iri)) {
                continue;
            }
            String pref = Models.getPropertyLiteral(model, iri, SKOS.PREF_LABEL).map(Literal::getLabel).orElse(null);
            if (pref == null) {
                continue;
            }
            List<String> all = new ArrayList<>();
            all.add(pref);
            model.filter(iri, SKOS.ALT_LABEL, null).objects().forEach(v -> all.add(v.stringValue()));
            Title title = new Title(iri, pref, List.copyOf(all));
            for (String label : all) {
                List<Token> tokens = Tokenizer.tokens(label);
                titles.put(Label.key(tokens, 0, tokens.size()), title);
                longestTitle = Math.max(longestTitle, tokens.size());
            }
        }
    }

    private void indexCapitals() {
        for (Statement st : model.filter(null, CAPITAL, null)) {
            if (st.getSubject() instanceof IRI country && st.getObject() instanceof IRI city) {
                countryOfCapital.put(city, country);
                capitalOfCountry.put(country, city);
            }
        }
    }

    private void indexHoldings() {
        for (Statement st : model.filter(null, GP.holdsPosition, null)) {
            if (!(st.getSubject() instanceof IRI person) || !(st.getObject() instanceof IRI position)) {
                continue;
            }
            String role = Models.getPropertyLiteral(model, position, SCHEMA.roleName).map(Literal::getLabel).orElse("");
            IRI jurisdiction = Models.getPropertyIRI(model, position, GP.jurisdiction).orElse(null);
            Holding holding = new Holding(position, person, role, jurisdiction,
                    date(position, SCHEMA.startDate), date(position, SCHEMA.endDate),
                    Models.getPropertyLiteral(model, position, CURRENT).map(Literal::booleanValue).orElse(null));
            holdings.computeIfAbsent(person, p -> new ArrayList<>()).add(holding);
        }
        holdings.values().forEach(list -> list.sort(Comparator.comparing(Holding::roleName)));
    }

    private LocalDate date(IRI position, IRI property) {
        return Models.getPropertyLiteral(model, position, property)
                .map(Literal::getLabel)
                .filter(s -> s.length() >= 10)
                .map(s -> {
                    try {
                        return LocalDate.parse(s.substring(0, 10));
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                })
                .orElse(null);
    }
}
