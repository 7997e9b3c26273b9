package org.newsgraph.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.newsgraph.vocab.GP;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/**
 * Where a link on a page goes: things minted here to their page on this site (site-relative, so
 * that a page works at whatever address the server answers), ontology terms to their anchor on the
 * ontology page, everything else to the IRI itself.
 */
record Links(UriSpace uris) {

    String href(String iri) {
        String base = uris.base();
        if (iri.startsWith(base + "id/")) {
            String rest = iri.substring((base + "id/").length());
            int hash = rest.indexOf('#');
            if (hash >= 0 && rest.startsWith("article/")) {
                String spec = rest.substring(hash + 1);
                String path = "/id/" + rest.substring(0, hash);
                return spec.startsWith("char=") ? path + "?char=" + spec.substring(5) + "#" + spec : path;
            }
            // An article's text has no page of its own: it is its own HTML, at its IRI.
            return rest.startsWith("article/") && rest.endsWith("/text") ? "/id/" + rest : "/page/" + rest;
        }
        if (iri.startsWith(base + "graph/")) {
            return "/page/" + iri.substring(base.length());
        }
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(GP.NAMESPACE)) {
            return "/ontology#" + iri.substring(GP.NAMESPACE.length());
        }
        if (iri.startsWith(Namespaces.CAMEO)) {
            return "/ontology/cameo#" + iri.substring(Namespaces.CAMEO.length());
        }
        return iri;
    }

    /** {@code prefix:local} for IRIs in the shared prefix table, else the IRI. */
    String shortName(String iri) {
        for (Namespace namespace : Namespaces.withBase(uris.base())) {
            if (iri.startsWith(namespace.getName()) && iri.length() > namespace.getName().length()) {
                return namespace.getPrefix() + ":" + iri.substring(namespace.getName().length());
            }
        }
        return iri;
    }

    /** A readable label from an IRI's local name: {@code holdsPosition} becomes "holds position". */
    static String localLabel(IRI iri) {
        String local = iri.getLocalName();
        if (local.isEmpty()) {
            return iri.stringValue();
        }
        return local.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    /** The SPARQL page with a query filled in. */
    static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The site-relative path of a data document. */
    String data(ResourcePath path, String extension) {
        return "/data/" + path.local() + "." + extension;
    }
}
