package org.newsgraph.link;

/**
 * What linking did with one article, for the ingest summary.
 *
 * @param language the article's language
 * @param linked   false when the gazetteer has no labels in that language (the text layer is kept)
 * @param mentions linked spans
 * @param entities distinct entities linked
 * @param minted   people minted from title patterns
 */
public record LinkingReport(String language, boolean linked, int mentions, int entities, int minted) {

    public String summary() {
        if (!linked) {
            return "not linked: language " + language;
        }
        return mentions + " mentions of " + entities + " entities (" + minted + " minted)";
    }
}
