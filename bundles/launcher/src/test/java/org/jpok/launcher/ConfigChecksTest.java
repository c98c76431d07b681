package org.jpok.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The reason a component failed to start, as one line from the stack trace Declarative Services keeps. */
class ConfigChecksTest {

    @Test
    void theInnermostCauseMessageIsTheReason() {
        String failure = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: java.lang.IllegalArgumentException: rtc epoch must be an ISO-8601 instant, got 'yesterday'
                \tat org.jpok.devices.CmosRtc.parseEpoch(CmosRtc.java:115)
                """;
        assertEquals("rtc epoch must be an ISO-8601 instant, got 'yesterday'", ConfigChecks.reason(failure));
        assertEquals("java.lang.IllegalStateException", ConfigChecks.reason("java.lang.IllegalStateException\n\tat x"));
        assertEquals("no reason given", ConfigChecks.reason(null));
    }

    @Test
    void filterValuesAreEscaped() {
        assertEquals("a\\(b\\)\\*c\\\\", ConfigChecks.escaped("a(b)*c\\"));
    }
}
