package org.newsgraph.link;

/** How a mention was linked: a journalist reading the data can tell a name from an inference. */
public enum MatchKind {
    /** schema:name */
    NAME,
    /** gp:officialName */
    OFFICIAL_NAME,
    /** skos:altLabel, or a spelling variant of one ("U.S." for "US") */
    ALIAS,
    /** gp:shortName ("Putin"), only after the full name in the same article */
    SHORT_NAME,
    /** gp:demonym ("North Korean officials" stand for North Korea) */
    DEMONYM,
    /**
     * a capital as the subject of a speech or decision verb ("Beijing said") stands for its country, or for an
     * organisation seated there that the article names ("Brussels" for the EU); the span names the city too
     */
    CAPITAL_FOR_COUNTRY,
    /** the name in a title pattern ("Iranian Foreign Minister Abbas Araghchi") */
    TITLE_PATTERN,
    /** a title without a name ("the Russian president"), resolved to the office-holder of the day */
    OFFICE_HOLDER,
    /** "the two leaders", "both countries" */
    PLURAL_REFERENCE,
    /** "the North African country": the country of that region the article named most */
    REGIONAL_REFERENCE,
    /** "the bloc", "the organisation", "the pan-African body": the organisation of that kind named just before */
    ORGANISATION_REFERENCE,
    /** "the Vietnamese capital", "Haiti's capital": a capital named by its country */
    CAPITAL_PHRASE,
    /** "He" opening a sentence: the first person the sentence before named */
    PRONOUN
}
