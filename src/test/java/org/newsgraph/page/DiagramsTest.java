package org.newsgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class DiagramsTest {

    private static final Diagrams.Node HOSTILE = new Diagrams.Node("<script>alert('x')</script> & \"co\"", "/page/person/x?a=1&b=\"2\"");

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void eventPictureEscapesLabelsRolesAndLinks() throws Exception {
        Diagrams.Event event = new Diagrams.Event(new Diagrams.Node("Visit <b>", "/page/event/v"), "state visit & more",
                List.of(new Diagrams.Link(HOSTILE, "visitor<")), List.of(new Diagrams.Link(new Diagrams.Node("Kim", "/page/person/kim"), "host")),
                List.of(new Diagrams.Link(new Diagrams.Node("Pyongyang", "/page/place/pyongyang"), "location")));
        String svg = Diagrams.events(List.of(event));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("visitor<")
                .contains("&lt;script&gt;").contains("&amp;");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("a").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("a").item(1).getAttributes().getNamedItem("href").getNodeValue())
                .isEqualTo("/page/person/x?a=1&b=\"2\"");
        assertThat(document.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & \"co\"");
    }

    @Test
    void timelineEscapesAndStaysWellFormed() throws Exception {
        String svg = Diagrams.timeline(List.of(new Diagrams.Dated(HOSTILE, LocalDate.of(2024, 6, 19), "talks"),
                new Diagrams.Dated(new Diagrams.Node("Later", "/page/event/later"), LocalDate.of(2024, 7, 1), "visit")));
        assertThat(svg).doesNotContain("<script>");
        assertThat(parse(svg).getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    void controlCharactersBecomeSpacesSoTheXmlStaysWellFormed() throws Exception {
        assertThat(Diagrams.escape("a\u0001b\u0008c")).isEqualTo("a b c");
        assertThat(Diagrams.escape("line\nnext\ttab")).isEqualTo("line\nnext\ttab");
        assertThat(Diagrams.escape(null)).isEmpty();
        assertThat(Diagrams.escape("'")).isEqualTo("&#39;");
    }

    @Test
    void noEventsDrawNothing() {
        assertThat(Diagrams.events(List.of())).isEmpty();
        assertThat(Diagrams.timeline(List.of())).isEmpty();
    }

    @Test
    void longLabelsAreShortenedWithoutSplittingAnEmoji() throws Exception {
        String label = "🇷🇺".repeat(40);
        String svg = Diagrams.events(List.of(new Diagrams.Event(new Diagrams.Node(label, "/e"), "visit", List.of(), List.of(), List.of())));
        parse(svg);
        assertThat(svg).contains("…").doesNotContain("\uFFFD");
        String shown = svg.substring(svg.indexOf("class=\"name\">") + 13, svg.indexOf("…"));
        assertThat(Character.isHighSurrogate(shown.charAt(shown.length() - 1))).isFalse();
    }
}
