package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.vocab.SCHEMA;

/**
 * "Khurelsukh arrived in Tokyo on Tuesday. He was welcomed by Emperor Naruhito ... before holding talks
 * with Kishida": a sentence that opens with "He" or "She" goes on about the first person the sentence
 * before named, as news writes, also after an opening phrase of time or place ("Petro hit back within hours.
 * In a string of posts on X, he denounced the decision"; "In December he accused Moscow"); a pronoun so resolved is the first person its
 * sentence names, for the next one ("He denies any links"). One that opens with "Its" goes on about the
 * country or organisation the sentence before opens with ("The European Union has shown no sign of
 * following suit. Its sanctions on Minsk ... stay in force"). Nothing else is resolved: "they", "it", or a
 * pronoun inside a sentence could be anyone.
 */
final class Pronouns {

    /** "He", or "he" after an opening phrase that starts with a preposition or adverb of time, place or manner. */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:In|On|At|After|Before|During|Following|Later|Earlier"
            + "|Separately|Meanwhile|Afterwards|Speaking|Writing|Asked|Addressing)\\b[^,;.\"\u201c]{0,40},\\s+"
            // a short phrase of time needs no comma: "In December he accused Moscow", "Last week she said"
            + "|(?:In|On|Last|Later|Earlier)(?:\\s+\\p{L}+){0,2}\\s+(?=s?he\\b))?(He|She|he|she)\\b");
    private static final Pattern OPENING_ITS = Pattern.compile("^(Its)\\b");

    private Pronouns() {
    }

    static void resolve(TextAnalysis analysis, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        List<Sentence> sentences = analysis.sentences();
        for (int s = 1; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int previous = sentences.get(s - 1).index();
            Matcher its = OPENING_ITS.matcher(sentence.text());
            if (its.find()) {
                mentions.stream()
                        .filter(x -> x.sentence().index() == previous && x.kind() != MatchKind.PLURAL_REFERENCE)
                        .min(Comparator.comparingInt(Mention::charBegin))
                        .filter(x -> x.type().equals(SCHEMA.Organization) || x.type().equals(SCHEMA.Country))
                        .ifPresent(owner -> found.add(new Mention(sentence.begin(), sentence.begin() + its.group(1).length(),
                                sentence.charBegin(), sentence.charBegin() + its.group(1).length(), its.group(1), sentence,
                                owner.entity(), owner.type(), MatchKind.PRONOUN)));
                continue;
            }
            Matcher m = OPENING.matcher(sentence.text());
            if (!m.find()) {
                continue;
            }
            if (Character.isLowerCase(m.group(1).charAt(0)) && m.start(1) == 0) {
                continue;
            }
            // a pronoun resolved in the sentence before is a person it names: "He" after "In a statement, he ..."
            Optional<Mention> subject = Stream.concat(mentions.stream(), found.stream())
                    .filter(x -> x.sentence().index() == previous && x.type().equals(SCHEMA.Person)
                            && x.kind() != MatchKind.PLURAL_REFERENCE)
                    .min(Comparator.comparingInt(Mention::charBegin));
            int offset = sentence.text().codePointCount(0, m.start(1));
            subject.ifPresent(person -> found.add(new Mention(sentence.begin() + offset, sentence.begin() + offset + m.group(1).length(),
                    sentence.charBegin() + m.start(1), sentence.charBegin() + m.end(1), m.group(1), sentence,
                    person.entity(), SCHEMA.Person, MatchKind.PRONOUN)));
        }
        mentions.addAll(found);
    }
}
