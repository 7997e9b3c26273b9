package org.newsgraph.dump;

import static org.eclipse.rdf4j.model.util.Values.iri;
import static org.eclipse.rdf4j.model.util.Values.literal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.newsgraph.vocab.Namespaces;
import org.newsgraph.vocab.UriSpace;

/**
 * The dataset description served at {@code /.well-known/void}: VoID and DCAT together, generated
 * from the store's statistics and the dumps on disk, so that catalogues find the endpoint, the
 * dumps (with size and SHA-256) and the licence. Every IRI in it is absolute.
 */
public final class DatasetDescription {

    /** SPDX terms DCAT uses for checksums. */
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final IRI SPDX_CHECKSUM = iri(SPDX, "checksum");
    static final IRI SPDX_CHECKSUM_CLASS = iri(SPDX, "Checksum");
    static final IRI SPDX_ALGORITHM = iri(SPDX, "algorithm");
    static final IRI SPDX_SHA256 = iri(SPDX, "checksumAlgorithm_sha256");
    static final IRI SPDX_CHECKSUM_VALUE = iri(SPDX, "checksumValue");

    private static final Map<DumpFormat, String> FORMAT_IRIS = Map.of(
            DumpFormat.TURTLE, "http://www.w3.org/ns/formats/Turtle",
            DumpFormat.NTRIPLES, "http://www.w3.org/ns/formats/N-Triples",
            DumpFormat.NQUADS, "http://www.w3.org/ns/formats/N-Quads",
            DumpFormat.TRIG, "http://www.w3.org/ns/formats/TriG");

    private static final String RIGHTS = "The dataset is licensed under the Open Database License (ODbL) 1.0 because"
            + " its gazetteer of countries and capitals derives from world-countries (mledoze/countries), published"
            + " under ODbL 1.0: attribution and share-alike apply to the dataset and to what is derived from it."
            + " Wikidata identifiers are CC0; CAMEO codes come from the GDELT Project.";

    private final UriSpace uris;
    private final String license;
    private final String publisher;

    public DatasetDescription(UriSpace uris, String license, String publisher) {
        this.uris = uris;
        this.license = license;
        this.publisher = publisher;
    }

    /** The IRI of the dataset: a fragment of the description's own address. */
    public IRI dataset() {
        return iri(uris.base() + ".well-known/void#dataset");
    }

    /** The address of a dump. */
    public String dumpUrl(DumpFormat format, boolean compressed) {
        return uris.base() + "dump." + format.extension() + (compressed ? ".gz" : "");
    }

    /** The namespaces to write the description with. */
    public static Set<Namespace> namespaces(UriSpace uris) {
        Set<Namespace> namespaces = new LinkedHashSet<>(Namespaces.withBase(uris.base()));
        namespaces.add(new SimpleNamespace("spdx", SPDX));
        namespaces.add(FOAF.NS);
        return namespaces;
    }

    /**
     * Describes the dataset as of {@code modified}; with {@code dumps}, also its statistics and
     * each dump's size and checksum (absent while the dumps of a new version are being written).
     */
    public Model describe(Instant modified, Optional<DumpCache.Snapshot> dumps) {
        Model model = new LinkedHashModel();
        namespaces(uris).forEach(model::setNamespace);
        IRI dataset = dataset();
        IRI description = iri(uris.base() + ".well-known/void");
        model.add(description, RDF.TYPE, VOID.DATASET_DESCRIPTION);
        model.add(description, DCTERMS.TITLE, literal("Description of the newsgraph dataset", "en"));
        model.add(description, FOAF.PRIMARY_TOPIC, dataset);

        model.add(dataset, RDF.TYPE, VOID.DATASET);
        model.add(dataset, RDF.TYPE, DCAT.DATASET);
        model.add(dataset, DCTERMS.TITLE, literal("newsgraph", "en"));
        model.add(dataset, DCTERMS.DESCRIPTION, literal("News articles as linked data: articles mapped to schema.org,"
                + " the state visits, talks, cooperation, sanctions and criticism they report in a geopolitics"
                + " ontology with CAMEO codes, every fact traced to the sentence it came from (NIF), and people,"
                + " countries and organisations linked to Wikidata. One named graph per article.", "en"));
        model.add(dataset, DCTERMS.LICENSE, iri(license));
        model.add(dataset, DCTERMS.RIGHTS, literal(RIGHTS, "en"));
        model.add(dataset, DCTERMS.PUBLISHER, publisher(model));
        model.add(dataset, DCTERMS.MODIFIED, literal(modified.toString(), XSD.DATETIME));
        model.add(dataset, FOAF.HOMEPAGE, iri(uris.base()));
        model.add(dataset, DCAT.LANDING_PAGE, iri(uris.base()));
        model.add(dataset, VOID.SPARQL_ENDPOINT, iri(uris.sparqlEndpoint()));
        model.add(dataset, VOID.URI_SPACE, literal(uris.base() + "id/"));
        FORMAT_IRIS.values().stream().sorted().forEach(format -> model.add(dataset, VOID.FEATURE, iri(format)));
        model.add(dataset, RDFS.SEEALSO, iri(uris.base() + "feed.atom"));

        for (DumpFormat format : DumpFormat.values()) {
            IRI url = iri(dumpUrl(format, true));
            model.add(dataset, VOID.DATA_DUMP, url);
            IRI distribution = iri(uris.base() + ".well-known/void#dump-" + format.extension());
            model.add(dataset, DCAT.HAS_DISTRIBUTION, distribution);
            model.add(distribution, RDF.TYPE, DCAT.DISTRIBUTION);
            model.add(distribution, DCTERMS.TITLE, literal("The whole dataset in " + format.rdfFormat().getName()
                    + (format.quads() ? ", with its named graphs" : ", each distinct triple once") + ", gzipped", "en"));
            model.add(distribution, DCAT.DOWNLOAD_URL, url);
            model.add(distribution, DCAT.ACCESS_URL, url);
            model.add(distribution, DCAT.MEDIA_TYPE, iri(DumpFormat.ianaIri(format.mediaType())));
            model.add(distribution, DCAT.COMPRESS_FORMAT, iri(DumpFormat.ianaIri(DumpFormat.GZIP_MEDIA_TYPE)));
            model.add(distribution, DCTERMS.FORMAT, iri(FORMAT_IRIS.get(format)));
            model.add(distribution, DCTERMS.LICENSE, iri(license));
            dumps.map(snapshot -> snapshot.file(format)).ifPresent(file -> {
                model.add(distribution, DCAT.BYTE_SIZE, literal(Long.toString(file.byteSize()), XSD.NON_NEGATIVE_INTEGER));
                model.add(distribution, DCTERMS.MODIFIED, literal(file.version().toString(), XSD.DATETIME));
                BNode checksum = Values.bnode();
                model.add(distribution, SPDX_CHECKSUM, checksum);
                model.add(checksum, RDF.TYPE, SPDX_CHECKSUM_CLASS);
                model.add(checksum, SPDX_ALGORITHM, SPDX_SHA256);
                model.add(checksum, SPDX_CHECKSUM_VALUE, literal(file.sha256(), XSD.HEXBINARY));
            });
        }
        dumps.map(DumpCache.Snapshot::statistics).ifPresent(statistics -> statistics(model, dataset, statistics));
        return model;
    }

    private Resource publisher(Model model) {
        if (publisher.startsWith("http://") || publisher.startsWith("https://")) {
            return iri(publisher);
        }
        BNode agent = Values.bnode();
        model.add(agent, RDF.TYPE, FOAF.AGENT);
        model.add(agent, FOAF.NAME, literal(publisher));
        return agent;
    }

    private void statistics(Model model, IRI dataset, DumpStatistics statistics) {
        model.add(dataset, VOID.TRIPLES, count(statistics.triples()));
        model.add(dataset, VOID.ENTITIES, count(statistics.entities()));
        model.add(dataset, VOID.CLASSES, count(statistics.classes().size()));
        model.add(dataset, VOID.PROPERTIES, count(statistics.properties().size()));
        Set<String> vocabularies = new LinkedHashSet<>();
        statistics.classes().forEach((type, instances) -> {
            IRI partition = iri(uris.base() + ".well-known/void#class-" + UriSpace.slug(type));
            model.add(dataset, VOID.CLASS_PARTITION, partition);
            model.add(partition, VOID.CLASS, iri(type));
            model.add(partition, VOID.ENTITIES, count(instances));
            vocabulary(type).ifPresent(vocabularies::add);
        });
        statistics.properties().forEach((property, triples) -> {
            IRI partition = iri(uris.base() + ".well-known/void#property-" + UriSpace.slug(property));
            model.add(dataset, VOID.PROPERTY_PARTITION, partition);
            model.add(partition, VOID.PROPERTY, iri(property));
            model.add(partition, VOID.TRIPLES, count(triples));
            vocabulary(property).ifPresent(vocabularies::add);
        });
        vocabularies.forEach(vocabulary -> model.add(dataset, VOID.VOCABULARY, iri(vocabulary)));
    }

    /** The namespace of a term, among the well-known vocabularies of the prefix table. */
    private static Optional<String> vocabulary(String term) {
        return Namespaces.FIXED.stream()
                .map(Namespace::getName)
                .filter(term::startsWith)
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    private static org.eclipse.rdf4j.model.Literal count(long value) {
        return literal(Long.toString(value), XSD.INTEGER);
    }
}
