package org.jpok.bsp.x86qemu;

import org.jpok.api.bsp.Bsp;
import org.jpok.api.bsp.BspLayout;
import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.cpu.SegmentRegister;
import org.jpok.api.machine.Machine;
import org.osgi.service.component.annotations.Component;

/**
 * POK's native PC board: flat kernel segments, the partitions' segments at POK's selectors, one TSS, the
 * PIC remapped to 32..47, the PIT as the tick, COM1 as the console. There is no hypercall gate, so
 * {@code int 45} from a partition hits a DPL-0 gate and raises #GP, as {@code cli}, {@code sti} and
 * {@code hlt} do at IOPL 0. The vmm BSP extends this class (its package is exported for that alone).
 */
@Component(service = Bsp.class, property = Bsp.NAME_PROPERTY + "=" + X86QemuBsp.NAME)
public class X86QemuBsp implements Bsp {

    static final String NAME = "x86-qemu";
    public static final int KERNEL_CODE = 0x08, KERNEL_DATA = 0x10, TSS = 0x18;
    public static final int FIRST_PARTITION_CODE = 0x23, PARTITION_SELECTOR_STRIDE = 16;
    static final int FIRST_PARTITION_INDEX = 4;
    static final int IDT_ENTRIES = 256;
    public static final int TSS_SIZE = 104;
    static final int PIT_HZ = 1_193_182;
    static final int COM1 = 0x3F8;
    static final int CR0_PE = 0x1, CR0_NE = 0x20, CR0_AM = 0x40000;

    private Machine machine;
    private BspLayout layout;
    private RegisterContext kernelContext;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void attach(Machine machine, BspLayout layout) {
        takeOver(machine, layout, true);
    }

    /** A hot swap: the PIC keeps its pending requests, only the masks are set. */
    @Override
    public void attachForSwap(Machine machine, BspLayout layout) {
        takeOver(machine, layout, false);
    }

    /** Builds every table and programs the timer; {@code initPic} re-initialises the PIC (which clears its IRR). */
    protected void takeOver(Machine machine, BspLayout layout, boolean initPic) {
        this.machine = machine;
        this.layout = layout;
        writeGdt();
        machine.fillMemory(layout.idtBase(), IDT_ENTRIES * 8, (byte) 0);
        machine.fillMemory(layout.tssBase(), TSS_SIZE, (byte) 0);
        machine.writeInt(layout.tssBase() + 8, KERNEL_DATA);
        machine.writeInt(layout.tssBase() + 100, TSS_SIZE << 16); // I/O map base past the limit: no port for ring 3
        setKernelStack(layout.kernelStackTop());
        kernelContext = buildKernelContext();
        if (initPic) {
            remapPic();
        } else {
            setMasks();
        }
        programPit(layout.timerPeriodNs());
    }

    private void writeGdt() {
        int entries = FIRST_PARTITION_INDEX + 2 * layout.partitions().size();
        machine.fillMemory(layout.gdtBase(), entries * 8, (byte) 0);
        writeDescriptor(1, Descriptors.segment(0, 1L << 32, Descriptors.CODE_ACCESS, 0, 0x4));
        writeDescriptor(2, Descriptors.segment(0, 1L << 32, Descriptors.DATA_ACCESS, 0, 0x4));
        writeDescriptor(3, Descriptors.segment(layout.tssBase(), TSS_SIZE, Descriptors.TSS_BUSY, 0, 0));
        int index = FIRST_PARTITION_INDEX;
        for (BspLayout.Region r : layout.partitions()) {
            writeDescriptor(index++, Descriptors.segment(r.base(), r.size(), Descriptors.CODE_ACCESS, 3, 0x4));
            writeDescriptor(index++, Descriptors.segment(r.base(), r.size(), Descriptors.DATA_ACCESS, 3, 0x4));
        }
    }

    private void writeDescriptor(int index, long descriptor) {
        machine.writeInt(layout.gdtBase() + index * 8, (int) descriptor);
        machine.writeInt(layout.gdtBase() + index * 8 + 4, (int) (descriptor >>> 32));
    }

    /** The reset state with the tables loaded, flat ring-0 segments and TR holding the (busy) TSS. */
    private RegisterContext buildKernelContext() {
        RegisterContext c = new RegisterContext();
        machine.cpu().reset();
        machine.cpu().saveContext(c);
        c.cr0 |= CR0_PE | CR0_NE | CR0_AM; // x87 errors as #MF, alignment checks when ring 3 sets EFLAGS.AC
        c.gdtBase = layout.gdtBase();
        c.gdtLimit = (FIRST_PARTITION_INDEX + 2 * layout.partitions().size()) * 8 - 1;
        c.idtBase = layout.idtBase();
        c.idtLimit = IDT_ENTRIES * 8 - 1;
        for (SegmentRegister s : new SegmentRegister[] {SegmentRegister.ES, SegmentRegister.CS, SegmentRegister.SS,
                SegmentRegister.DS, SegmentRegister.FS, SegmentRegister.GS}) {
            int i = s.ordinal();
            boolean code = s == SegmentRegister.CS;
            c.selector[i] = code ? KERNEL_CODE : KERNEL_DATA;
            c.segBase[i] = 0;
            c.segLimit[i] = -1;
            c.segAccess[i] = 0xC00 | (code ? Descriptors.CODE_ACCESS : Descriptors.DATA_ACCESS) | 1;
        }
        int tr = SegmentRegister.TR.ordinal();
        c.selector[tr] = TSS;
        c.segBase[tr] = layout.tssBase();
        c.segLimit[tr] = TSS_SIZE - 1;
        c.segAccess[tr] = Descriptors.TSS_BUSY;
        c.cpl = 0;
        c.eflags = 0x2;
        c.gpr[4] = layout.kernelStackTop();
        c.halted = false;
        return c;
    }

    private void remapPic() {
        machine.out(0x20, 1, 0x11);
        machine.out(0xA0, 1, 0x11);
        machine.out(0x21, 1, 0x20);
        machine.out(0xA1, 1, 0x28);
        machine.out(0x21, 1, 0x04);
        machine.out(0xA1, 1, 0x02);
        machine.out(0x21, 1, 0x01);
        machine.out(0xA1, 1, 0x01);
        setMasks();
    }

    private void setMasks() {
        machine.out(0x21, 1, 0xFE); // only the PIT
        machine.out(0xA1, 1, 0xFF);
    }

    private void programPit(long periodNs) {
        long divisor = Math.max(1, Math.min(65536, Math.round(periodNs * (double) PIT_HZ / 1e9)));
        machine.out(0x43, 1, 0x34); // channel 0, low then high byte, mode 2 (rate generator)
        machine.out(0x40, 1, (int) (divisor & 0xFF));
        machine.out(0x40, 1, (int) ((divisor >>> 8) & 0xFF));
    }

    @Override
    public void detach() {
        if (machine != null) {
            machine.out(0x21, 1, 0xFF);
            machine.out(0xA1, 1, 0xFF);
            machine.out(0x43, 1, 0x30); // channel 0 to mode 0 without a count: no more ticks
        }
        machine = null;
        layout = null;
    }

    @Override
    public void registerEvent(int vector, int handler, boolean userCallable) {
        writeGate(vector, handler, userCallable, userCallable ? 3 : 0);
    }

    /** Writes IDT entry {@code vector}: a gate to {@code KERNEL_CODE:handler}, a trap gate or an interrupt gate. */
    protected final void writeGate(int vector, int handler, boolean trapGate, int dpl) {
        long gate = Descriptors.gate(KERNEL_CODE, handler,
                trapGate ? Descriptors.TRAP_GATE : Descriptors.INTERRUPT_GATE, dpl);
        machine.writeInt(layout.idtBase() + vector * 8, (int) gate);
        machine.writeInt(layout.idtBase() + vector * 8 + 4, (int) (gate >>> 32));
    }

    /** The attached machine (null when detached), for BSPs built on this one. */
    protected final Machine machine() {
        return machine;
    }

    /** The attached layout (null when detached). */
    protected final BspLayout layout() {
        return layout;
    }

    @Override
    public RegisterContext kernelContext() {
        return kernelContext.copy();
    }

    @Override
    public void setKernelStack(int esp0) {
        machine.writeInt(layout.tssBase() + 4, esp0);
    }

    @Override
    public void endOfInterrupt(int irq) {
        if (irq >= 8) {
            machine.out(0xA0, 1, 0x20);
        }
        machine.out(0x20, 1, 0x20);
    }

    @Override
    public void writeConsole(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            machine.out(COM1, 1, bytes[offset + i] & 0xFF);
        }
    }

    @Override
    public int readConsole() {
        if ((machine.in(COM1 + 5, 1) & 1) == 0) {
            return -1;
        }
        return machine.in(COM1, 1) & 0xFF;
    }

    @Override
    public void powerOff() {
        machine.out(0x604, 2, 0x2000);
    }
}
