package org.jpok.kernel.config;

import java.util.List;
import org.jpok.kernel.port.PortKind;

/**
 * One entry of the {@code ports:} section: a channel from one OUT port to one or more IN ports.
 *
 * @param size sampling: the largest message; queuing: the bytes the port can hold
 */
public record ChannelConfig(PortKind kind, long size, PortRef source, List<PortRef> destinations) {

    public ChannelConfig {
        destinations = List.copyOf(destinations);
    }
}
