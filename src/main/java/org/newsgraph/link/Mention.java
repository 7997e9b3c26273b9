package org.newsgraph.link;

import org.eclipse.rdf4j.model.IRI;
import org.newsgraph.text.Sentence;

/**
 * A span of the article text linked to an entity. A span that refers to several entities ("the two
 * leaders") is several mentions with the same offsets.
 *
 * @param begin     first code point (NIF)
 * @param end       code point after the last one
 * @param charBegin begin as a Java string index
 * @param charEnd   end as a Java string index
 * @param anchor    the text of the span
 * @param sentence  the sentence the span is in
 * @param entity    what the span refers to
 * @param type      schema:Person, Country, City, Place or Organization (itsrdf:taClassRef)
 * @param kind      how it was linked
 */
public record Mention(int begin, int end, int charBegin, int charEnd, String anchor, Sentence sentence,
        IRI entity, IRI type, MatchKind kind) {
}
