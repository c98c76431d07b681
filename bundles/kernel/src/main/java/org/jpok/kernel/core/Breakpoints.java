package org.jpok.kernel.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.kernel.KernelDebug.Breakpoint;

/**
 * The software breakpoints of one booted system: int3 (0xCC) written over partition code, the replaced bytes kept.
 * A partition reaching one traps with #BP (vector 3), or with #GP and error code 3*8+2 where the vector-3 gate is
 * DPL 0 (both BSPs): the thread's EIP goes back to the breakpoint and the machine pauses. Running on puts the original
 * byte back for one single-stepped instruction (TF in the trapped frame), and the #DB after it re-inserts the int3.
 * vCPU thread only.
 */
final class Breakpoints {

    static final int INT3 = 0xCC;
    private static final int BP_VECTOR = 3;
    private static final int DB_VECTOR = 1;
    private static final int GP_VECTOR = 13;
    /** #GP's error code for an int n through a gate of too high a privilege: the IDT index, IDT bit set. */
    private static final int GP_FROM_INT3 = BP_VECTOR * 8 + 2;
    private static final int EFLAGS_TF = 0x100;

    private final KernelSystem k;
    /** Partition id, then partition-relative address: the original byte. */
    private final TreeMap<Long, Integer> inserted = new TreeMap<>();
    /** The breakpoint whose original byte is back for a {@code pok:step}; {@link #endStep()} restores the int3. */
    private Stop lifted;
    /** Where the system stopped: the breakpoint and the trap frame that will return to it; null when running. */
    private Stop stopped;
    /** The breakpoint whose original instruction runs single-stepped now; its int3 comes back at the #DB. */
    private Stop stepping;
    /** Told "breakpoint hit: ..." at each hit (the run in progress ends with it). */
    private volatile Consumer<String> onHit = line -> { };

    /** A breakpoint stop; {@code frame} is the trap frame that returns to it, or {@link #ON_CPU} once popped. */
    private record Stop(Partition partition, long address, int frame) {
    }

    private static final int ON_CPU = -1;

    Breakpoints(KernelSystem k) {
        this.k = k;
    }

    private static long key(int partition, long address) {
        return (long) partition << 32 | address;
    }

    void onHit(Consumer<String> listener) {
        onHit = listener;
    }

    boolean add(Partition p, long address) {
        if (address < 0 || address >= p.size) {
            throw new IllegalArgumentException(String.format("address 0x%x is outside partition %s (size 0x%x)",
                    address, p.config.name(), p.size));
        }
        long key = key(p.config.index(), address);
        if (inserted.containsKey(key)) {
            return false;
        }
        inserted.put(key, read(p, address));
        write(p, address, INT3);
        return true;
    }

    boolean remove(Partition p, long address) {
        Integer original = inserted.remove(key(p.config.index(), address));
        if (original == null) {
            return false;
        }
        if (!isLifted(p, address)) {
            write(p, address, original);
        }
        return true;
    }

    int clear() {
        int n = inserted.size();
        for (Map.Entry<Long, Integer> e : List.copyOf(inserted.entrySet())) {
            remove(k.partitions.get((int) (e.getKey() >>> 32)), e.getKey() & 0xFFFF_FFFFL);
        }
        return n;
    }

    /** The machine exited: nothing is inserted any more (the next boot starts afresh). */
    void forget() {
        inserted.clear();
        lifted = null;
        stopped = null;
        stepping = null;
    }

    List<Breakpoint> list() {
        List<Breakpoint> out = new ArrayList<>();
        inserted.forEach((key, b) -> out.add(new Breakpoint((int) (key >>> 32), key & 0xFFFF_FFFFL, b)));
        return out;
    }

    Breakpoint stoppedAt() {
        Stop s = stopped;
        return s == null ? null : new Breakpoint(s.partition.config.index(), s.address,
                inserted.getOrDefault(key(s.partition.config.index(), s.address), INT3));
    }

    /** The partition's image was reloaded (a restart): its int3 bytes are written again over the fresh code. */
    void reinsert(Partition p) {
        if (stepping != null && stepping.partition == p) {
            stepping = null;
        }
        if (stopped != null && stopped.partition == p) {
            stopped = null;
        }
        inserted.replaceAll((key, original) -> {
            if ((int) (key >>> 32) != p.config.index()) {
                return original;
            }
            long address = key & 0xFFFF_FFFFL;
            int fresh = read(p, address);
            write(p, address, INT3);
            return fresh;
        });
    }

    /**
     * A fault of partition {@code p} with its trap frame at {@code frame}: true if it was a breakpoint (the machine
     * pauses there) or the single step after one (the int3 goes back), so it is no health-monitor error.
     */
    boolean trapped(int vector, int frame, Partition p) {
        if (vector == DB_VECTOR && stepping != null && stepping.partition == p) {
            Stop s = stepping;
            stepping = null;
            if (inserted.containsKey(key(p.config.index(), s.address))) {
                write(p, s.address, INT3);
            }
            k.machine.writeInt(frame + TrapFrame.EFLAGS, k.machine.readInt(frame + TrapFrame.EFLAGS) & ~EFLAGS_TF);
            return true;
        }
        long eip = k.machine.readInt(frame + TrapFrame.EIP) & 0xFFFF_FFFFL;
        long address;
        if (vector == BP_VECTOR) {
            address = eip - 1;
        } else if (vector == GP_VECTOR && k.machine.readInt(frame + TrapFrame.ERROR) == GP_FROM_INT3) {
            address = eip;
        } else {
            return false;
        }
        if (!inserted.containsKey(key(p.config.index(), address))) {
            return false;
        }
        k.machine.writeInt(frame + TrapFrame.EIP, (int) address);
        Stop stop = new Stop(p, address, frame);
        stopped = stop;
        String line = String.format("breakpoint hit: partition %s at 0x%08x", p.config.name(), address);
        k.log(line);
        k.machine.pause();
        k.machine.submit(() -> popToBreakpoint(stop));
        onHit.accept(line);
        return true;
    }

    /**
     * Once paused (after the BSP's part of the trap), the CPU goes to the breakpoint in ring 3 as the stub's iret would
     * take it, so the registers show the partition there; unless something else ran on the CPU meanwhile.
     */
    private void popToBreakpoint(Stop s) {
        RegisterContext c = new RegisterContext();
        k.machine.cpu().saveContext(c);
        if (stopped != s || c.cpl != 0 || c.gpr[4] != s.frame) {
            return;
        }
        TrapReturn.popToUser(k.machine, c, s.frame);
        k.machine.cpu().loadContext(c);
        stopped = new Stop(s.partition, s.address, ON_CPU);
    }

    /** Before the system runs or steps on from a breakpoint: its original instruction runs once, single-stepped. */
    void leaveStop() {
        Stop s = stopped;
        if (s == null) {
            return;
        }
        stopped = null;
        Integer original = inserted.get(key(s.partition.config.index(), s.address));
        if (original == null) {
            return; // removed while stopped: the byte is back already
        }
        write(s.partition, s.address, original);
        if (s.frame == ON_CPU) {
            k.machine.cpu().setEflags(k.machine.cpu().eflags() | EFLAGS_TF);
        } else {
            k.machine.writeInt(s.frame + TrapFrame.EFLAGS, k.machine.readInt(s.frame + TrapFrame.EFLAGS) | EFLAGS_TF);
        }
        stepping = s;
    }

    /**
     * Before a step from a breakpoint: its original byte is back while the machine steps (the #DB path of
     * {@link #leaveStop()} would count the kernel's trap instructions as steps).
     */
    void liftForStep() {
        Stop s = stopped;
        stopped = null;
        Integer original = s == null ? null : inserted.get(key(s.partition.config.index(), s.address));
        if (original != null) {
            write(s.partition, s.address, original);
            lifted = s;
        }
    }

    /** The step is over: the int3 of {@link #liftForStep()} goes back. */
    void endStep() {
        Stop s = lifted;
        lifted = null;
        if (s != null && inserted.containsKey(key(s.partition.config.index(), s.address))) {
            write(s.partition, s.address, INT3);
        }
    }

    /** Whether the breakpoint's original byte is in memory now (its instruction is being single-stepped). */
    private boolean isLifted(Partition p, long address) {
        return stepping != null && stepping.partition == p && stepping.address == address
                || lifted != null && lifted.partition == p && lifted.address == address;
    }

    private int read(Partition p, long address) {
        byte[] b = new byte[1];
        k.machine.readMemory(p.base + (int) address, b, 0, 1);
        return b[0] & 0xFF;
    }

    private void write(Partition p, long address, int value) {
        k.machine.writeMemory(p.base + (int) address, new byte[] {(byte) value}, 0, 1);
    }
}
