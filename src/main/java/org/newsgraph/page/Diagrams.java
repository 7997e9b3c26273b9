package org.newsgraph.page;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inline SVG drawn by the server: who did what to whom, where (events in the middle, source actors
 * on the left, target actors on the right, places below), and timelines of events. Every piece of
 * text is escaped here, because the result goes into the page as markup.
 */
final class Diagrams {

    /** A thing in a picture, with the page it links to. */
    record Node(String label, String href) {
    }

    /** A role of a node in an event ({@code visitor}, {@code host}...). */
    record Link(Node node, String role) {
    }

    /** An event with its actors on either side and its places. */
    record Event(Node node, String type, List<Link> sources, List<Link> targets, List<Link> places) {
    }

    /** A dated event on a timeline. */
    record Dated(Node node, LocalDate date, String type) {
    }

    private static final int WIDTH = 960;
    private static final int BOX_W = 220;
    private static final int BOX_H = 46;
    private static final int ROW = 80;

    private Diagrams() {
    }

    /** The who-did-what-to-whom picture of some events; empty when there is no event. */
    static String events(List<Event> events) {
        if (events.isEmpty()) {
            return "";
        }
        Map<String, Integer> left = new LinkedHashMap<>();
        Map<String, Integer> right = new LinkedHashMap<>();
        Map<String, Integer> below = new LinkedHashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Event event : events) {
            event.sources().forEach(link -> place(left, nodes, link.node()));
            event.targets().forEach(link -> place(right, nodes, link.node()));
            event.places().forEach(link -> place(below, nodes, link.node()));
        }
        int rows = Math.max(events.size(), Math.max(left.size(), right.size()));
        int top = 30;
        int middleHeight = rows * ROW;
        int placesY = top + middleHeight + 40;
        int height = placesY + (below.isEmpty() ? 0 : BOX_H + 30);
        int midX = (WIDTH - BOX_W) / 2;
        int rightX = WIDTH - BOX_W - 10;
        StringBuilder svg = open(height, "Events with their actors and places");
        svg.append("<text x=\"10\" y=\"18\" class=\"col\">who</text>")
                .append("<text x=\"").append(midX).append("\" y=\"18\" class=\"col\">did what</text>")
                .append("<text x=\"").append(rightX).append("\" y=\"18\" class=\"col\">to whom</text>");
        int eventStep = middleHeight / events.size();
        StringBuilder lines = new StringBuilder();
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            int y = top + i * eventStep + (eventStep - BOX_H) / 2;
            int cy = y + BOX_H / 2;
            for (Link link : event.sources()) {
                int ay = top + left.get(key(link.node())) * ROW + (ROW - BOX_H) / 2 + BOX_H / 2;
                line(lines, 10 + BOX_W, ay, midX, cy, link.role(), 0.35);
            }
            for (Link link : event.targets()) {
                int ay = top + right.get(key(link.node())) * ROW + (ROW - BOX_H) / 2 + BOX_H / 2;
                line(lines, midX + BOX_W, cy, rightX, ay, link.role(), 0.65);
            }
            for (Link link : event.places()) {
                int px = placeX(below.get(key(link.node())), below.size());
                line(lines, midX + BOX_W / 2, y + BOX_H, px + BOX_W / 2, placesY, link.role(), 0.5);
            }
            box(boxes, midX, y, event.node(), event.type(), "event");
        }
        left.forEach((key, row) -> box(boxes, 10, top + row * ROW + (ROW - BOX_H) / 2, nodes.get(key), null, "actor"));
        right.forEach((key, row) -> box(boxes, rightX, top + row * ROW + (ROW - BOX_H) / 2, nodes.get(key), null, "actor"));
        below.forEach((key, index) -> box(boxes, placeX(index, below.size()), placesY, nodes.get(key), null, "place"));
        return svg.append(lines).append(boxes).append("</svg>").toString();
    }

    /** A timeline of dated events, one row each, on a shared time axis; empty when nothing is dated. */
    static String timeline(List<Dated> items) {
        if (items.isEmpty()) {
            return "";
        }
        List<Dated> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> a.date().compareTo(b.date()));
        LocalDate first = sorted.get(0).date();
        LocalDate last = sorted.get(sorted.size() - 1).date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int axisLeft = 110;
        int axisRight = WIDTH - 330;
        int rowHeight = 26;
        int height = 50 + sorted.size() * rowHeight;
        StringBuilder svg = open(height, "Timeline of events");
        int axisY = height - 20;
        svg.append("<line x1=\"").append(axisLeft).append("\" y1=\"").append(axisY).append("\" x2=\"").append(axisRight)
                .append("\" y2=\"").append(axisY).append("\" class=\"axis\"/>")
                .append("<text x=\"").append(axisLeft).append("\" y=\"").append(axisY + 16).append("\" class=\"tick\">")
                .append(first).append("</text>");
        if (!first.equals(last)) {
            svg.append("<text x=\"").append(axisRight).append("\" y=\"").append(axisY + 16)
                    .append("\" class=\"tick\" text-anchor=\"end\">").append(last).append("</text>");
        }
        for (int i = 0; i < sorted.size(); i++) {
            Dated item = sorted.get(i);
            int y = 20 + i * rowHeight;
            long days = ChronoUnit.DAYS.between(first, item.date());
            int x = first.equals(last) ? (axisLeft + axisRight) / 2 : (int) (axisLeft + (axisRight - axisLeft) * days / span);
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(axisY).append("\" class=\"guide\"/>")
                    .append("<text x=\"10\" y=\"").append(y + 4).append("\" class=\"tick\">").append(item.date()).append("</text>")
                    .append("<a href=\"").append(escape(item.node().href())).append("\">")
                    .append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"6\" class=\"dot\"><title>")
                    .append(escape(item.node().label())).append("</title></circle>")
                    .append("<text x=\"").append(axisRight + 14).append("\" y=\"").append(y + 4).append("\" class=\"label\">")
                    .append(escape(shorten(item.type() + ": " + item.node().label(), 44))).append("</text></a>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\"><title>").append(escape(title)).append("</title>");
    }

    private static void place(Map<String, Integer> column, Map<String, Node> nodes, Node node) {
        String key = key(node);
        nodes.putIfAbsent(key, node);
        column.putIfAbsent(key, column.size());
    }

    private static String key(Node node) {
        return node.href() + "\u0000" + node.label();
    }

    private static int placeX(int index, int count) {
        int total = count * (BOX_W + 20) - 20;
        int start = Math.max(10, (WIDTH - total) / 2);
        return start + index * (BOX_W + 20);
    }

    /**
     * An edge with its role written at {@code at} of the way along it: near the actor rather than
     * half-way, because edges from two actors to two events cross half-way and their roles would overlap.
     */
    private static void line(StringBuilder out, int x1, int y1, int x2, int y2, String role, double at) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" class=\"edge\"/>")
                .append("<text x=\"").append(Math.round(x1 + (x2 - x1) * at)).append("\" y=\"").append(Math.round(y1 + (y2 - y1) * at) - 4)
                .append("\" class=\"role\" text-anchor=\"middle\">").append(escape(role)).append("</text>");
    }

    private static void box(StringBuilder out, int x, int y, Node node, String type, String cssClass) {
        out.append("<a href=\"").append(escape(node.href())).append("\"><g class=\"").append(cssClass).append("\">")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_W)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"6\"/>");
        if (type != null) {
            out.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 17).append("\" class=\"type\">")
                    .append(escape(shorten(type, 30))).append("</text>")
                    .append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 36).append("\" class=\"name\">")
                    .append(escape(shorten(node.label(), 30))).append("</text>");
        } else {
            out.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 28).append("\" class=\"name\">")
                    .append(escape(shorten(node.label(), 30))).append("</text>");
        }
        out.append("<title>").append(escape(node.label())).append("</title></g></a>");
    }

    private static String shorten(String text, int max) {
        int length = text.codePointCount(0, text.length());
        return length <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
