package org.newsgraph.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChangeFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    @Test
    void listsAddedReplacedAndWithdrawnArticlesNewestFirst() throws Exception {
        try (NewsStore store = SmallStore.open(dir.resolve("store"))) {
            store.replaceGraph(SmallStore.URIS.articleGraph("c"), SmallStore.turtle(
                    "<http://example.org/id/article/c> <http://schema.org/headline> \"C\" ."));
            Thread.sleep(5);
            store.replaceGraph(SmallStore.GRAPH_A, SmallStore.turtle(
                    "<http://example.org/id/article/a> <http://schema.org/headline> \"A & <b> \\\"again\\\"\" ."));
            Thread.sleep(5);
            store.removeGraphs(List.of(SmallStore.GRAPH_B));

            ChangeFeed feed = new ChangeFeed(store, SmallStore.URIS, "Example <Publisher> & Co");
            assertThat(feed.changes()).extracting(ChangeFeed.Change::slug, ChangeFeed.Change::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("b", ChangeFeed.Kind.WITHDRAWN),
                    org.assertj.core.groups.Tuple.tuple("a", ChangeFeed.Kind.REPLACED),
                    org.assertj.core.groups.Tuple.tuple("c", ChangeFeed.Kind.ADDED));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            feed.write(out);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
            assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
            assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
            NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
            assertThat(entries.getLength()).isEqualTo(3);
            Element replaced = (Element) entries.item(1);
            assertThat(replaced.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo("A & <b> \"again\"");
            assertThat(replaced.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).isEqualTo("http://example.org/id/article/a");
            assertThat(atom.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent()).isEqualTo("Example <Publisher> & Co");
        }
    }
}
