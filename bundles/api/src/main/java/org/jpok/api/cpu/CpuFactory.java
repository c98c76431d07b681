package org.jpok.api.cpu;

import org.osgi.annotation.versioning.ProviderType;

/** The CPU bundle's service: makes a core wired to the machine's bus. */
@ProviderType
public interface CpuFactory {
    Cpu create(CpuBus bus);
}
