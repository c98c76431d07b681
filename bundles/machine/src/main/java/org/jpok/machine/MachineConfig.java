package org.jpok.machine;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** ConfigAdmin settings of the machine (PID {@code org.jpok.machine}). A change rebuilds the machine. */
@ObjectClassDefinition(name = "jpok machine", description = "The emulated PC board")
public @interface MachineConfig {

    @AttributeDefinition(description = "Physical memory in MiB", min = "1", max = "2047")
    int memory_size_mib() default 64;

    @AttributeDefinition(description = "Virtual clock rate: retired instructions per microsecond", min = "1")
    int instructions_per_microsecond() default 100;

    @AttributeDefinition(description = "DETERMINISTIC (reproducible, as fast as possible) or REALTIME (never ahead of the wall clock)")
    Pacing pacing() default Pacing.DETERMINISTIC;

    @AttributeDefinition(description = "Console output: 'stdout', 'none' or 'file:<path>'")
    String console_output() default "stdout";

    @AttributeDefinition(description = "A file whose bytes are the console input from power-on; empty for none")
    String console_input() default "";
}
