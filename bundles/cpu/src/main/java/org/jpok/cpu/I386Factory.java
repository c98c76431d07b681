package org.jpok.cpu;

import org.jpok.api.cpu.Cpu;
import org.jpok.api.cpu.CpuBus;
import org.jpok.api.cpu.CpuFactory;
import org.osgi.service.component.annotations.Component;

/** The CPU bundle's service: a fresh {@link I386} core per machine. */
@Component(service = CpuFactory.class)
public final class I386Factory implements CpuFactory {
    @Override
    public Cpu create(CpuBus bus) {
        return new I386(bus);
    }
}
