package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class JpokVersionTest {

    @Test
    void releaseAndBuildStamp() {
        assertEquals("0.1.0 build 202611272105", JpokVersion.of(Version.parseVersion("0.1.0.202611272105")));
    }

    @Test
    void releaseWithoutQualifier() {
        assertEquals("1.2.3", JpokVersion.of(Version.parseVersion("1.2.3")));
    }
}
