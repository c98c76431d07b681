package org.jpok.shell;

import org.osgi.framework.Version;

/** The release version of jpok, read from a jpok bundle's version (the qualifier is the build stamp). */
final class JpokVersion {
    private JpokVersion() {
    }

    static String of(Version v) {
        String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? release : release + " build " + v.getQualifier();
    }
}
