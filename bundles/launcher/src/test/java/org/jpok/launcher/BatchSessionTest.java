package org.jpok.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class BatchSessionTest {

    @Test
    void oneLineTakesTheFirstMessageAndFlattensIt() {
        Exception e = new RuntimeException(null, new IOException("cannot read\n  config.yaml"));
        assertEquals("cannot read config.yaml", BatchSession.oneLine(e));
    }

    @Test
    void oneLineFallsBackToTheExceptionName() {
        assertEquals("IllegalStateException", BatchSession.oneLine(new IllegalStateException()));
    }
}
