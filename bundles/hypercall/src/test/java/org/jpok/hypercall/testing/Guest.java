package org.jpok.hypercall.testing;

import java.util.Map;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.vmm.Vmm;
import org.jpok.hypercall.dispatch.HandlerRegistry;
import org.jpok.hypercall.vmm.VmmState;

/**
 * A simulated paravirtualized guest: partitions in a {@link FakeHost}, a {@link VmmState} and helpers that make
 * hypercalls the way libpok does (argument block on the caller's stack, EAX = id, EBX = its address).
 */
public final class Guest {

    /** Partition 0's code/data selectors (POK, one CPU): user mode, RPL 3. */
    public static final int CS = 0x23;
    public static final int SS = 0x2B;
    /** Where the argument block of every call is built (partition-relative). */
    public static final int ARGS = 0x1000;

    public final FakeHost host;
    public final HandlerRegistry registry;
    public final VmmState vmm;
    private long nextServiceId = 1;

    public Guest(int partitions, long size) {
        host = new FakeHost(partitions, 0x10000, size);
        registry = new HandlerRegistry(w -> {
            throw new AssertionError("unexpected warning: " + w);
        });
        vmm = new VmmState(host, registry);
    }

    public Vmm vmm() {
        return vmm;
    }

    /** Registers {@code h} for {@code ids} with ranking 0. */
    public Guest with(HypercallHandler h, int... ids) {
        registry.bind(h, Map.of(HandlerRegistry.SERVICE_ID, nextServiceId++, HypercallHandler.ID_PROPERTY, ids,
                HypercallHandler.NAME_PROPERTY, h.getClass().getSimpleName()), "test");
        return this;
    }

    /** A user-mode frame of partition {@code p} at {@code eip}, every other register distinct and recognisable. */
    public static InterruptFrame userFrame(int p, int eip, int eax) {
        return new InterruptFrame(eax, 0x1111, 0x2222, 0x3333, 0x8000, 0x5555, 0x6666, 0x7777, eip,
                CS + 16 * p, 0x202, SS + 16 * p, SS + 16 * p, SS + 16 * p);
    }

    /** The frame that executes {@code int $45} for {@code id} with {@code args}, block written at {@link #ARGS}. */
    public InterruptFrame callFrame(int p, int eip, int id, int... args) {
        writeArgs(p, args);
        InterruptFrame f = userFrame(p, eip, id);
        return new InterruptFrame(id, f.ecx(), f.edx(), ARGS, f.esp(), f.ebp(), f.esi(), f.edi(), eip, f.cs(),
                f.eflags(), f.ss(), f.ds(), f.es());
    }

    /** Makes hypercall {@code id} from partition {@code p} at {@code eip}; returns the frame the guest resumes. */
    public InterruptFrame call(int p, int eip, int id, int... args) {
        return vmm.hypercall(p, callFrame(p, eip, id, args));
    }

    /** The same, returning only EAX. */
    public int eax(int p, int id, int... args) {
        return call(p, 0x100, id, args).eax();
    }

    public void writeArgs(int p, int... args) {
        vmm.vcpu(p); // checks p
        writeInt(p, ARGS, 2); // libpok always stores nargs = 2
        for (int i = 0; i < 5; i++) {
            writeInt(p, ARGS + 4 * (i + 1), i < args.length ? args[i] : 0);
        }
    }

    public void writeInt(int p, int rel, int v) {
        int at = (int) (host.partitionBase(p) + rel);
        for (int i = 0; i < 4; i++) {
            host.physical[at + i] = (byte) (v >>> (8 * i));
        }
    }

    public long readLong(int p, int rel) {
        int at = (int) (host.partitionBase(p) + rel);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (host.physical[at + i] & 0xFF);
        }
        return v;
    }

    public void writeBytes(int p, int rel, byte[] b) {
        System.arraycopy(b, 0, host.physical, (int) (host.partitionBase(p) + rel), b.length);
    }
}
