package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.article.Article;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.UriSpace;

/** The state of linking one article, sentence by sentence in text order. */
final class ArticleLinker {

    private static final Set<MatchKind> FULL = Set.of(MatchKind.NAME, MatchKind.OFFICIAL_NAME, MatchKind.ALIAS, MatchKind.TITLE_PATTERN);

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final TextAnalysis analysis;
    private final UriSpace uris;
    private final LocalDate day;
    private final List<Sentence> sentences;
    private final List<List<Token>> tokens = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Mention> needSupport = new ArrayList<>();
    private final Map<IRI, Integer> lastFull = new HashMap<>();
    private final Set<IRI> fullAnywhere = new HashSet<>();
    /** Countries, places and organisations the article names by a label only they have, or by their capital. */
    private final Set<IRI> namedUnambiguously = new HashSet<>();
    private final Map<IRI, MintedPerson> minted = new LinkedHashMap<>();
    private final Map<IRI, Position> positions = new LinkedHashMap<>();
    private final RoleReferences roles = new RoleReferences();
    private final LabelChoice labelChoice;
    private final String language;
    /** The country of the article's dateline, or null. */
    private IRI home;

    ArticleLinker(Gazetteer gazetteer, Lexicon lexicon, Article article, TextAnalysis analysis, UriSpace uris) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.analysis = analysis;
        this.uris = uris;
        this.day = article.publicationDay();
        this.sentences = analysis.sentences();
        this.language = article.language();
        this.labelChoice = new LabelChoice(gazetteer, namedUnambiguously);
    }

    Linking run() {
        for (Sentence sentence : sentences) {
            tokens.add(Tokenizer.tokens(analysis.text(), sentence.charBegin(), sentence.charEnd()));
        }
        // Places and countries first (minted people add no such labels), so that title patterns know them.
        tokens.forEach(sentenceTokens -> lexicon.scan(sentenceTokens).forEach(labelChoice::note));
        tokens.forEach(sentenceTokens -> GovernmentNames.find(sentenceTokens, lexicon.scan(sentenceTokens), this::countryOf)
                .forEach(g -> lexicon.governmentName(g.country(), g.tokens())));
        home = Datelines.country(tokens, lexicon, gazetteer, this::countryOf);
        // The gazetteer's people named in full are known before minting: "Rebelo de Sousa, a former
        // law professor" is the president named in full before, not a new person.
        tokens.forEach(sentenceTokens -> noteFullNames(lexicon.scan(sentenceTokens)));
        mintPeople();
        List<List<Match>> scans = new ArrayList<>();
        for (List<Token> sentenceTokens : tokens) {
            List<Match> matches = lexicon.scan(sentenceTokens);
            scans.add(matches);
            noteFullNames(matches);
        }
        for (int s = 0; s < sentences.size(); s++) {
            linkSentence(sentences.get(s), tokens.get(s), scans.get(s));
        }
        mentions.removeIf(m -> needSupport.contains(m) && !supportedByItsCountry(m) && mentions.stream()
                .noneMatch(o -> o.entity().equals(m.entity()) && !needSupport.contains(o)));
        new PluralReferences(gazetteer, day, positions.values()).resolve(analysis, mentions);
        new RegionalReferences(gazetteer).resolve(analysis, mentions);
        new OrganisationReferences(gazetteer).resolve(analysis, mentions);
        Pronouns.resolve(analysis, mentions);
        mentions.sort(Comparator.comparingInt(Mention::charBegin).thenComparingInt(Mention::charEnd));
        int entities = (int) mentions.stream().map(Mention::entity).distinct().count();
        return new Linking(mentions, List.copyOf(minted.values()), List.copyOf(positions.values()),
                new LinkingReport(language, true, mentions.size(), entities, minted.size()));
    }

    /**
     * "Male" for Malé, also an English word, and "Hamilton", also a city elsewhere: a capital that needs
     * support links in an article that mentions its country, and not as a sentence's first word ("Male voters").
     */
    private boolean supportedByItsCountry(Mention mention) {
        // The country itself must be mentioned: a capital's own name ("Hamilton") marks its country as named.
        IRI country = gazetteer.countryOfCapital(mention.entity());
        return country != null && mention.charBegin() > mention.sentence().charBegin()
                && mentions.stream().anyMatch(m -> m.entity().equals(country) && !needSupport.contains(m));
    }

    private void noteFullNames(List<Match> matches) {
        matches.forEach(m -> m.labels().stream()
                .filter(l -> FULL.contains(l.kind()) && l.type().equals(SCHEMA.Person))
                .forEach(l -> fullAnywhere.add(l.entity())));
    }

    /** First pass: people the gazetteer does not know, introduced by a title or role pattern, join the lexicon. */
    private void mintPeople() {
        for (int s = 0; s < tokens.size(); s++) {
            List<Token> sentenceTokens = tokens.get(s);
            if (ContextRules.titleCase(sentenceTokens)) {
                continue;
            }
            List<Match> matches = lexicon.scan(sentenceTokens);
            for (TitleHit hit : hits(s, matches)) {
                if (!hit.hasName() || knownPerson(sentenceTokens, hit) != null
                        || hit.nameTo() - hit.nameFrom() < 2 && !SingleNames.whole(sentenceTokens, matches, hit, lexicon)) {
                    continue;
                }
                String name = text(sentenceTokens, hit.nameFrom(), hit.nameTo());
                IRI person = uris.id("person", UriSpace.slug(name));
                if (gazetteer.type(person) == null && !lexicon.isMinted(person)) {
                    lexicon.mint(person, name);
                    minted.put(person, new MintedPerson(person, name));
                }
            }
        }
    }

    private void linkSentence(Sentence sentence, List<Token> sentenceTokens, List<Match> matches) {
        boolean titleCase = ContextRules.titleCase(sentenceTokens);
        List<TitleHit> hits = hits(sentence.index(), matches);
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        matches.forEach(m -> {
            starts.add(m.from());
            ends.add(m.to());
        });
        // A title after a country ("U.S. President") is not the rest of a longer name.
        hits.forEach(h -> starts.add(h.titleFrom()));
        List<int[]> claimed = new ArrayList<>();
        int nextHit = 0;
        for (Match match : matches) {
            while (nextHit < hits.size() && hits.get(nextHit).nameFrom() <= match.from()) {
                applyHit(sentence, sentenceTokens, hits.get(nextHit++), claimed);
            }
            if (claimed.stream().noneMatch(r -> match.overlaps(r[0], r[1]))) {
                linkMatch(sentence, sentenceTokens, match, matches, starts, ends, titleCase);
            }
        }
        while (nextHit < hits.size()) {
            applyHit(sentence, sentenceTokens, hits.get(nextHit++), claimed);
        }
        for (int[] r : HonorificNames.find(sentenceTokens, matches)) {
            int at = sentenceTokens.get(r[0]).charBegin();
            List<IRI> before = lastFull.keySet().stream().filter(p -> lastFull.get(p) < at).toList();
            HonorificNames.person(sentenceTokens.get(r[0]).text(), sentenceTokens.get(r[0] + 1).text(),
                    HonorificNames.candidates(before, lexicon, gazetteer, positions.values()))
                    .ifPresent(p -> add(sentence, sentenceTokens, r[0], r[1], p, SCHEMA.Person, MatchKind.SHORT_NAME));
        }
    }

    /** The title and role patterns of a sentence, by where their names start. */
    private List<TitleHit> hits(int s, List<Match> matches) {
        List<Token> sentenceTokens = tokens.get(s);
        List<TitleHit> hits = new ArrayList<>(TitlePatterns.find(sentenceTokens, matches, gazetteer, this::countryOf,
                new TitlePatterns.Setting(paragraphCountries(s), articleCountry(), home, this::heldByOther)));
        if (!ContextRules.titleCase(sentenceTokens)) {
            IRI placed = Datelines.ofSentence(sentenceTokens, matches, gazetteer, this::countryOf);
            hits.addAll(RolePatterns.find(sentenceTokens, matches, List.copyOf(hits), this::countryOf,
                    placed != null ? placed : Datelines.ofOffice(home, mentions, gazetteer)));
            hits.addAll(RoleReferences.find(sentenceTokens, matches, List.copyOf(hits), gazetteer));
        }
        hits.sort(Comparator.comparingInt(TitleHit::nameFrom));
        return hits;
    }

    /**
     * The one country a match names; a demonym several countries share ("Norwegian" of Norway and of
     * Svalbard and Jan Mayen) names the one of them the article names by a label only it has.
     */
    private IRI countryOf(Match match) {
        IRI country = TitlePatterns.country(match);
        if (country != null) {
            return country;
        }
        List<IRI> named = match.labels().stream()
                .filter(l -> l.type().equals(SCHEMA.Country) && l.kind() != MatchKind.SHORT_NAME)
                .map(Label::entity)
                .filter(namedUnambiguously::contains)
                .distinct()
                .toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private IRI articleCountry() {
        return ArticleCountry.of(mentions, home, gazetteer);
    }

    /** The article has said that someone other than the named person holds the title in the country. */
    private boolean heldByOther(Title title, IRI country, String name) {
        return title != null && positions.values().stream()
                .anyMatch(p -> country.equals(p.jurisdiction()) && title.names(p.roleName()) && !lexicon.name(p.holder()).equals(name));
    }

    /**
     * The countries the sentences of the paragraph before sentence s name, also by a capital that acts for its
     * government ("Havana was quick to respond. Foreign Minister Bruno Rodríguez Parrilla slammed the decision"),
     * not by one that says where ("Talks were held in Havana").
     */
    private List<IRI> paragraphCountries(int s) {
        List<IRI> countries = new ArrayList<>();
        for (int p = s - 1; p >= 0 && !paragraphBreakAfter(p); p--) {
            List<Token> sentenceTokens = tokens.get(p);
            lexicon.scan(sentenceTokens).stream()
                    .map(m -> {
                        IRI country = countryOf(m);
                        return country != null || !ContextRules.actorPosition(sentenceTokens, m.from()) ? country : capitalOf(m);
                    })
                    .filter(c -> c != null && !countries.contains(c))
                    .forEach(countries::add);
        }
        return countries;
    }

    /** The one country whose capital the match names, or null. */
    private IRI capitalOf(Match match) {
        List<IRI> countries = match.labels().stream()
                .map(l -> gazetteer.countryOfCapital(l.entity()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    private boolean paragraphBreakAfter(int s) {
        return analysis.text().substring(sentences.get(s).charEnd(), sentences.get(s + 1).charBegin()).contains("\n");
    }

    private void applyHit(Sentence sentence, List<Token> sentenceTokens, TitleHit hit, List<int[]> claimed) {
        int at = sentenceTokens.get(hit.titleFrom()).charBegin();
        if (!hit.hasName()) {
            Optional<IRI> holder = hit.title() == null ? Optional.empty()
                    : hit.country() == null ? roles.anywhere(hit.title(), at)
                    : gazetteer.holder(hit.title(), hit.country(), day).or(() -> roles.inCountry(hit.title(), hit.country(), at));
            holder.ifPresent(person -> {
                add(sentence, sentenceTokens, hit.titleFrom(), hit.titleTo(), person, SCHEMA.Person, MatchKind.OFFICE_HOLDER);
                roles.introduce(person, hit.title(), hit.country(), at);
            });
            return;
        }
        Match person = knownPerson(sentenceTokens, hit);
        if (person == null) {
            return;
        }
        IRI iri = person.labels().get(0).entity();
        claimed.add(new int[] {person.from(), person.to()});
        add(sentence, sentenceTokens, person.from(), person.to(), iri, SCHEMA.Person, MatchKind.TITLE_PATTERN);
        roles.introduce(iri, hit.title(), introducedIn(iri, hit), at);
        if (hit.statesPosition()) {
            statePosition(iri, hit);
        }
    }

    /** Where a title pattern says the person holds the title: where the gazetteer says, if it knows the office. */
    private IRI introducedIn(IRI person, TitleHit hit) {
        if (hit.title() == null) {
            return hit.country();
        }
        List<Holding> held = gazetteer.holdings(person).stream().filter(h -> hit.title().names(h.roleName())).toList();
        return held.stream()
                .filter(h -> h.jurisdiction().equals(hit.country()))
                .findFirst()
                .or(() -> held.stream().filter(h -> h.validOn(day)).findFirst())
                .map(Holding::jurisdiction)
                .orElse(hit.country());
    }

    /** The person a title pattern names, as a match over (a prefix of) its name; null when unknown. */
    private Match knownPerson(List<Token> sentenceTokens, TitleHit hit) {
        for (int end = hit.nameTo(); end > hit.nameFrom(); end--) {
            boolean whole = end == hit.nameTo();
            List<IRI> people = lexicon.lookup(sentenceTokens, hit.nameFrom(), end).stream()
                    .filter(l -> l.type().equals(SCHEMA.Person))
                    .filter(l -> l.kind() != MatchKind.SHORT_NAME || servesIn(l.entity(), hit.country())
                            || whole && hit.country() == null && fullAnywhere.contains(l.entity()))
                    .map(Label::entity)
                    .distinct()
                    .toList();
            if (people.size() == 1) {
                List<Label> labels = lexicon.lookup(sentenceTokens, hit.nameFrom(), end).stream()
                        .filter(l -> l.entity().equals(people.get(0)))
                        .toList();
                return new Match(hit.nameFrom(), end, labels);
            }
        }
        return null;
    }

    private boolean servesIn(IRI person, IRI country) {
        return lexicon.isMinted(person) || country != null && gazetteer.holdings(person).stream().anyMatch(h -> country.equals(h.jurisdiction()));
    }

    /**
     * The article's title for a person outranks the gazetteer's for this article, unless the gazetteer
     * already says it, or says the person holds that very office elsewhere on the day: "President Donald
     * Trump" in a sentence about Syria is the US president, not Syria's.
     */
    private void statePosition(IRI person, TitleHit hit) {
        boolean known = gazetteer.holdings(person).stream()
                .anyMatch(h -> hit.title().names(h.roleName()) && (hit.country().equals(h.jurisdiction()) || h.validOn(day)));
        if (known) {
            return;
        }
        String role = hit.title().prefLabel();
        String slug = UriSpace.slug(lexicon.name(person) + " " + role + " of " + gazetteer.name(hit.country()));
        IRI iri = uris.id("position", slug);
        positions.putIfAbsent(iri, new Position(iri, person, role, hit.country()));
    }

    private void linkMatch(Sentence sentence, List<Token> sentenceTokens, Match match, List<Match> matches,
            Set<Integer> starts, Set<Integer> ends, boolean titleCase) {
        List<Label> full = match.labels().stream().filter(l -> l.kind() != MatchKind.SHORT_NAME).toList();
        if (full.isEmpty()) {
            linkShortName(sentence, sentenceTokens, match);
            return;
        }
        LabelChoice.Chosen chosen = labelChoice.choose(full, home);
        Label label = chosen == null ? null : chosen.label();
        boolean fromArticle = chosen != null && chosen.fromArticle();
        if (label == null
                || ContextRules.partOfLongerName(sentenceTokens, match, label, starts, ends, titleCase)
                || ContextRules.otherPlace(sentenceTokens, label)) {
            return;
        }
        if (label.type().equals(SCHEMA.Country) && capitalPhrase(sentence, sentenceTokens, match, label)) {
            return;
        }
        // "foreign ministers meeting in Luxembourg": where people meet, a name the country shares with its capital is the city.
        if (label.type().equals(SCHEMA.Country) && ContextRules.meetingPlace(sentenceTokens, match.from())) {
            IRI capital = gazetteer.capitalOf(label.entity());
            label = full.stream().filter(l -> l.entity().equals(capital)).findFirst().orElse(label);
        }
        IRI country = label.type().equals(SCHEMA.City) ? gazetteer.countryOfCapital(label.entity()) : null;
        // "Brussels" speaks for the organisation seated there when the article names it, wherever it is
        // not a place ("accused Brussels of" as much as "Brussels has urged"); the city is named too.
        IRI seated = country == null ? null : match.labels().stream()
                .filter(l -> l.contextual() && l.type().equals(SCHEMA.Organization) && namedUnambiguously.contains(l.entity()))
                .map(Label::entity)
                .findFirst()
                .orElse(null);
        if (seated != null && ContextRules.actorPosition(sentenceTokens, match.from())) {
            add(sentence, sentenceTokens, match.from(), match.to(), seated, SCHEMA.Organization, MatchKind.CAPITAL_FOR_COUNTRY);
            add(sentence, sentenceTokens, match.from(), match.to(), label.entity(), label.type(), label.kind());
            return;
        }
        if (country != null && (ContextRules.actorPosition(sentenceTokens, match.from())
                && (ContextRules.subjectOfDecision(sentenceTokens, match.to(), at -> capitalAt(matches, at))
                    || ContextRules.partnerOfDeal(sentenceTokens, match.from()))
                || ContextRules.officialsFrom(sentenceTokens, match.from()))) {
            // The city is named too: "Kyiv has urged" mentions Kyiv, and speaks for Ukraine; so do "a pact with Kyiv" and "officials from Kyiv".
            add(sentence, sentenceTokens, match.from(), match.to(), country, SCHEMA.Country, MatchKind.CAPITAL_FOR_COUNTRY);
            add(sentence, sentenceTokens, match.from(), match.to(), label.entity(), label.type(), label.kind());
            return;
        }
        Mention mention = add(sentence, sentenceTokens, match.from(), match.to(), label.entity(), label.type(), label.kind());
        if (!fromArticle && ContextRules.needsSupport(label)) {
            needSupport.add(mention);
        }
    }

    /**
     * "The Vietnamese capital", "Haiti's capital": the city, named by its country. The phrase mentions
     * the country and the city both, as "Pyongyang" would mention the city only.
     */
    private boolean capitalPhrase(Sentence sentence, List<Token> sentenceTokens, Match match, Label label) {
        IRI country = label.entity();
        int word = ContextRules.capitalWordAfter(sentenceTokens, match.from(), match.to());
        IRI capital = gazetteer.capitalOf(country);
        if (capital == null || word < 0) {
            return false;
        }
        add(sentence, sentenceTokens, match.from(), match.to(), country, SCHEMA.Country, label.kind());
        add(sentence, sentenceTokens, match.from(), word + 1, capital, SCHEMA.City, MatchKind.CAPITAL_PHRASE);
        return true;
    }

    private Match capitalAt(List<Match> matches, int token) {
        for (Match match : matches) {
            if (match.from() == token && match.labels().stream().anyMatch(l -> gazetteer.countryOfCapital(l.entity()) != null)) {
                return match;
            }
        }
        return null;
    }

    /** "Putin" after "Vladimir Putin"; in the headline, anyone the article names in full. */
    private void linkShortName(Sentence sentence, List<Token> sentenceTokens, Match match) {
        int at = sentenceTokens.get(match.from()).charBegin();
        List<IRI> candidates = match.labels().stream().map(Label::entity).distinct().toList();
        IRI chosen = candidates.stream()
                .filter(lastFull::containsKey)
                .max(Comparator.comparing(lastFull::get))
                .orElse(null);
        if (chosen == null && sentence.index() == 0) {
            List<IRI> later = candidates.stream().filter(fullAnywhere::contains).toList();
            chosen = later.size() == 1 ? later.get(0) : null;
        }
        if (chosen != null && (!lastFull.containsKey(chosen) || lastFull.get(chosen) < at)) {
            add(sentence, sentenceTokens, match.from(), match.to(), chosen, SCHEMA.Person, MatchKind.SHORT_NAME);
        }
    }

    private Mention add(Sentence sentence, List<Token> sentenceTokens, int from, int to, IRI entity, IRI type, MatchKind kind) {
        int charBegin = sentenceTokens.get(from).charBegin();
        int charEnd = sentenceTokens.get(to - 1).charEnd();
        int begin = analysis.codePoint(charBegin);
        int end = begin + analysis.text().codePointCount(charBegin, charEnd);
        Mention mention = new Mention(begin, end, charBegin, charEnd, analysis.text().substring(charBegin, charEnd),
                sentence, entity, type, kind);
        mentions.add(mention);
        if (FULL.contains(kind)) {
            lastFull.put(entity, charBegin);
        }
        return mention;
    }

    private String text(List<Token> sentenceTokens, int from, int to) {
        return analysis.text().substring(sentenceTokens.get(from).charBegin(), sentenceTokens.get(to - 1).charEnd());
    }
}
