package org.newsgraph.cli;

/** The version of the running newsgraph, from the jar's manifest. */
final class Version {

    private Version() {
    }

    static String get() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
