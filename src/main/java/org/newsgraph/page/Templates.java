package org.newsgraph.page;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * Mustache templates from {@code templates/} on the classpath. Mustache escapes every {@code {{value}}}
 * for HTML; only {@code {{{value}}}} is raw, and newsgraph uses it only for markup it built itself.
 */
public final class Templates {

    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    /** Renders {@code templates/{name}.mustache} with the given view (a record or a map). */
    public String render(String name, Object view) {
        Mustache mustache = factory.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, view).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
