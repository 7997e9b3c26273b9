package org.newsgraph.article;

/** An article file that cannot be read: names the file, the line, and what was expected. */
public final class ArticleFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public ArticleFormatException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
