package org.newsgraph.link;

import org.newsgraph.article.Article;
import org.newsgraph.text.TextAnalysis;
import org.newsgraph.vocab.UriSpace;

/**
 * Links the sentences of an article to the gazetteer: longest match over names, aliases and
 * demonyms, title patterns that mint unknown people, short names after full ones, plural
 * references, and capitals that speak for their governments. Thread-safe: all per-article state
 * lives in the call.
 */
public final class EntityLinker {

    private final Gazetteer gazetteer;

    public EntityLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Links an article; an article in a language the gazetteer has no labels in is left unlinked. */
    public Linking link(Article article, TextAnalysis analysis, UriSpace uris) {
        String language = Gazetteer.primary(article.language());
        if (!gazetteer.hasLabelsIn(language)) {
            return Linking.notLinked(article.language());
        }
        return new ArticleLinker(gazetteer, new Lexicon(gazetteer, language), article, analysis, uris).run();
    }
}
