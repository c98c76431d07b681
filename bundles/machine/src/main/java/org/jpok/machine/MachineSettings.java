package org.jpok.machine;

import org.jpok.api.device.ConsoleSink;

/**
 * The board's construction parameters, already validated.
 *
 * @param memoryBytes size of physical memory
 * @param instructionsPerMicrosecond the virtual clock rate
 * @param pacing deterministic or real-time
 * @param console where console bytes go until someone sets another sink
 * @param input console input available from power-on (an input file), may be empty
 */
public record MachineSettings(int memoryBytes, int instructionsPerMicrosecond, Pacing pacing, ConsoleSink console, byte[] input) {

    public MachineSettings {
        if (memoryBytes < 4096) {
            throw new IllegalArgumentException("memory size must be at least 4096 bytes, got " + memoryBytes);
        }
        if (instructionsPerMicrosecond < 1 || instructionsPerMicrosecond > 1_000_000) {
            throw new IllegalArgumentException("instructions.per.microsecond must be 1..1000000, got " + instructionsPerMicrosecond);
        }
    }

    /** Small, deterministic settings for tests and benchmarks. */
    public static MachineSettings deterministic(int memoryBytes, ConsoleSink console) {
        return new MachineSettings(memoryBytes, 100, Pacing.DETERMINISTIC, console, new byte[0]);
    }
}
