package org.newsgraph.link;

import java.util.List;

/** Labels that match tokens [from, to) of a sentence, case already checked. */
record Match(int from, int to, List<Label> labels) {

    boolean covers(int token) {
        return token >= from && token < to;
    }

    boolean overlaps(int otherFrom, int otherTo) {
        return from < otherTo && otherFrom < to;
    }
}
