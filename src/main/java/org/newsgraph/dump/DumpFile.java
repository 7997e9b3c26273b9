package org.newsgraph.dump;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A compressed dump on disk, known before anyone downloads it.
 *
 * @param path     where it is
 * @param byteSize its size (compressed)
 * @param rawSize  the size of the RDF it holds (uncompressed)
 * @param sha256   the SHA-256 of the file, in lower-case hex
 * @param version  the store version it was written from
 */
public record DumpFile(DumpFormat format, Path path, long byteSize, long rawSize, String sha256, Instant version) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ZoneOffset.UTC);

    /** The name a download is saved under: {@code newsgraph-YYYYMMDD.ttl.gz}, dated by the store version. */
    public String downloadName(boolean compressed) {
        return "newsgraph-" + DAY.format(version) + "." + format.extension() + (compressed ? ".gz" : "");
    }
}
