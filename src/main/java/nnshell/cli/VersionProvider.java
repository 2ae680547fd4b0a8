package nnshell.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports nnshell's version with the Java it runs on. */
public final class VersionProvider implements IVersionProvider {

    /** The version of nnshell from the jar's manifest, "dev" when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "nnshell " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                    + ")"
        };
    }
}
