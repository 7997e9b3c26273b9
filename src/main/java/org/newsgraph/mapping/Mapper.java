package org.newsgraph.mapping;

/**
 * One step of turning an article into its graph. The pipeline runs mappers in order over one
 * {@link MappingContext}; a mapper may read what earlier ones left there and adds statements to
 * the article's model.
 */
public interface Mapper {

    /** A short name for logs and reports. */
    String name();

    void map(MappingContext context);
}
