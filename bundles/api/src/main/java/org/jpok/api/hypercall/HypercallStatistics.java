package org.jpok.api.hypercall;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The hypercall dispatcher's counters, for the shell ({@code pok:hypercalls}). Safe from any thread. */
@ProviderType
public interface HypercallStatistics {

    /** One line per (id, bound handler) and per id called without a handler, sorted by id, then best first. */
    List<HypercallStat> snapshot();
}
