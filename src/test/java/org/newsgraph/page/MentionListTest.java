package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.UriSpace;

class MentionListTest {

    private static final String BASE = "http://example.org/";
    private static final IRI RUSSIA = Values.iri(BASE + "id/country/russia");

    // Two articles mention Russia: the older one twice (listed out of order), the newer once; a third
    // graph holds a mention whose context belongs to no article and is left out of the list.
    private static final String TRIG = """
            @prefix schema: <http://schema.org/> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
            <graph/article/old> {
              <id/article/old> a schema:NewsArticle ; schema:headline "Old" ; schema:datePublished "2024-01-01" .
              <id/article/old/text#char=27,33> nif:referenceContext <id/article/old/text#char=0,40> ; nif:sentence <id/article/old/text#char=0,40> ;
                  nif:beginIndex 27 ; nif:endIndex 33 ; itsrdf:taIdentRef <id/country/russia> .
              <id/article/old/text#char=0,6> nif:referenceContext <id/article/old/text#char=0,40> ; nif:sentence <id/article/old/text#char=0,40> ;
                  nif:beginIndex 0 ; nif:endIndex 6 ; itsrdf:taIdentRef <id/country/russia> .
              <id/article/old/text#char=0,40> nif:anchorOf "Russia and then, later on, Russia again." ; nif:beginIndex 0 .
            }
            <graph/article/new> {
              <id/article/new> a schema:NewsArticle ; schema:headline "New" ; schema:datePublished "2024-06-01" .
              <id/article/new/text#char=4,10> nif:referenceContext <id/article/new/text#char=0,20> ; nif:sentence <id/article/new/text#char=0,20> ;
                  nif:beginIndex 4 ; nif:endIndex 10 ; itsrdf:taIdentRef <id/country/russia> .
              <id/article/new/text#char=0,20> nif:anchorOf "Now Russia, newest." ; nif:beginIndex 0 .
            }
            <graph/notes> {
              <id/notes/text#char=0,6> nif:referenceContext <id/notes/text#char=0,6> ; nif:sentence <id/notes/text#char=0,6> ;
                  nif:beginIndex 0 ; nif:endIndex 6 ; itsrdf:taIdentRef <id/country/russia> .
              <id/notes/text#char=0,6> nif:anchorOf "Russia" .
            }
            """;

    private SailRepository repository;
    private RepositoryConnection connection;
    private final MentionList mentions = new MentionList(new Links(new UriSpace(BASE)));

    @BeforeEach
    void load() throws Exception {
        repository = new SailRepository(new MemoryStore());
        connection = repository.getConnection();
        connection.add(new StringReader(TRIG), BASE, RDFFormat.TRIG);
    }

    @AfterEach
    void close() {
        connection.close();
        repository.shutDown();
    }

    @Test
    void newestArticleFirstThenMentionsInTextOrder() {
        List<MentionList.MentionView> page = mentions.page(connection, MentionList.Scope.entity(RUSSIA), 20, 0);
        assertThat(page).extracting(MentionList.MentionView::headline).containsExactly("New", "Old", "Old");
        assertThat(page).extracting(MentionList.MentionView::date).containsExactly("2024-06-01", "2024-01-01", "2024-01-01");
        assertThat(page).extracting(MentionList.MentionView::sentenceHref).allSatisfy(href -> assertThat(href).contains("/text"));
        assertThat(page.get(1).quote().mark()).isEqualTo("Russia");
        assertThat(page.get(1).quote().before()).isEmpty();
        assertThat(page.get(2).quote().before()).isEqualTo("Russia and then, later on, ");
    }

    @Test
    void pagesContinueWhereTheLastStopped() {
        assertThat(mentions.page(connection, MentionList.Scope.entity(RUSSIA), 2, 0)).extracting(MentionList.MentionView::headline)
                .containsExactly("New", "Old");
        List<MentionList.MentionView> second = mentions.page(connection, MentionList.Scope.entity(RUSSIA), 2, 2);
        assertThat(second).extracting(MentionList.MentionView::headline).containsExactly("Old");
        assertThat(second.get(0).quote().before()).isEqualTo("Russia and then, later on, ");
    }

    @Test
    void anArticlesPageListsOnlyItsOwnMentions() {
        var scope = MentionList.Scope.articleGraph(Values.iri(BASE + "graph/article/old"));
        assertThat(mentions.page(connection, scope, 20, 0)).extracting(MentionList.MentionView::headline).containsExactly("Old", "Old");
        assertThat(mentions.count(connection, scope)).isEqualTo(2);
    }
}
