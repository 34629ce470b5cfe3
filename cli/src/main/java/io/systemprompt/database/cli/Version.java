package io.systemprompt.database.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code spdb --version}, from the jar manifest. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"spdb " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
}
