package org.jpok.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jpok.api.cpu.CpuExit;
import org.jpok.api.cpu.RegisterContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** The x87 unit inside the core: decoding through the core, faults, context save and restore, gcc output. */
class X87CoreTest {

    private static void putDouble(Guest g, int addr, double d) {
        long v = Double.doubleToRawLongBits(d);
        g.w32(addr, (int) v);
        g.w32(addr + 4, (int) (v >>> 32));
    }

    private static double getDouble(Guest g, int addr) {
        return Double.longBitsToDouble((g.r32(addr) & 0xFFFF_FFFFL) | (long) g.r32(addr + 4) << 32);
    }

    @Test
    void arithmeticThroughTheCore() {
        Guest g = new Guest();
        putDouble(g, Guest.DATA, 2.0);
        // fninit; fldpi; fmul qword [DATA]; fstp qword [DATA+8]; fnstsw ax; fld1; fcomip st0, st0... (see below)
        assertEquals(CpuExit.HALT, g.run0(
                0xDB, 0xE3,
                0xD9, 0xEB,
                0xDC, 0x0D, 0x00, 0x00, 0x02, 0x00,
                0xDD, 0x1D, 0x08, 0x00, 0x02, 0x00,
                0xB8, 0xFF, 0xFF, 0xFF, 0xFF,       // mov eax, -1
                0xDF, 0xE0,                         // fnstsw ax
                0xD9, 0xE8, 0xD9, 0xEE,             // fld1; fldz
                0xDF, 0xF1,                         // fcomip st0, st1: 0 < 1 sets CF
                0x0F, 0x92, 0xC3,                   // setb bl
                0x9B));                             // fwait
        assertEquals(2 * Math.PI, getDouble(g, Guest.DATA + 8));
        assertEquals(0xFFFF_0000 | 0x0020, g.cpu.gpr(0), "PE from rounding pi*2 to double; AX only");
        assertEquals(1, g.cpu.gpr(3) & 0xFF);
    }

    @Test
    void deviceNotAvailableWithTaskSwitched() {
        Guest g = new Guest();
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.cr0 |= 8; // TS
        g.cpu.loadContext(c);
        g.put(Guest.CODE, 0xD9, 0xE8, 0xF4);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(1000));
        assertEquals(Guest.HANDLER_CALL_BASE + 7, g.cpu.hostCallNumber());
    }

    @Test
    void pendingUnmaskedExceptionRaisesMf() {
        Guest g = new Guest();
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        c.cr0 |= 0x20; // NE
        g.cpu.loadContext(c);
        g.w16(Guest.DATA, 0x037B); // ZE unmasked
        // fldcw [DATA]; fld1; fldz; fdivp; fwait
        g.put(Guest.CODE, 0xD9, 0x2D, 0x00, 0x00, 0x02, 0x00, 0xD9, 0xE8, 0xD9, 0xEE, 0xDE, 0xF9, 0x9B, 0xF4);
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(1000));
        assertEquals(Guest.HANDLER_CALL_BASE + 16, g.cpu.hostCallNumber());
    }

    @Test
    void fpuStateTravelsWithTheContext() {
        Guest g = new Guest();
        assertEquals(CpuExit.HALT, g.run0(0xDB, 0xE3, 0xD9, 0xEB)); // fninit; fldpi
        RegisterContext saved = new RegisterContext();
        g.cpu.saveContext(saved);
        assertEquals(0x80, saved.fpu[4] & 0xFF, "abridged tag: physical register 7 in use");
        assertEquals(0x037F, (saved.fpu[0] & 0xFF) | (saved.fpu[1] & 0xFF) << 8);
        assertEquals(CpuExit.HALT, g.run0(0xDB, 0xE3)); // fninit clears the stack
        g.cpu.loadContext(saved);
        // fstp qword [DATA]
        assertEquals(CpuExit.HALT, g.run0(0xDD, 0x1D, 0x00, 0x00, 0x02, 0x00));
        assertEquals(Math.PI, getDouble(g, Guest.DATA));
    }

    @Test
    void fxsaveAndFxrstorUseAlignedMemory() {
        Guest g = new Guest();
        // fld1; fxsave [DATA]; fninit; fxrstor [DATA]; fstp qword [DATA+0x200]
        assertEquals(CpuExit.HALT, g.run0(0xD9, 0xE8, 0x0F, 0xAE, 0x05, 0x00, 0x00, 0x02, 0x00, 0xDB, 0xE3,
                0x0F, 0xAE, 0x0D, 0x00, 0x00, 0x02, 0x00, 0xDD, 0x1D, 0x00, 0x02, 0x02, 0x00));
        assertEquals(1.0, getDouble(g, Guest.DATA + 0x200));
        g.put(Guest.CODE, 0x0F, 0xAE, 0x05, 0x08, 0x00, 0x02, 0x00, 0xF4); // misaligned
        g.cpu.setEip(Guest.CODE);
        assertEquals(CpuExit.HOST_CALL, g.cpu.run(1000));
        assertEquals(Guest.HANDLER_CALL_BASE + 13, g.cpu.hostCallNumber());
    }

    @Test
    void freshContextLoadsTheFninitState() {
        Guest g = new Guest();
        RegisterContext c = new RegisterContext();
        g.cpu.saveContext(c);
        java.util.Arrays.fill(c.fpu, (byte) 0);
        g.cpu.loadContext(c);
        g.cpu.saveContext(c);
        assertEquals(0x037F, (c.fpu[0] & 0xFF) | (c.fpu[1] & 0xFF) << 8);
        assertEquals(0, c.fpu[4], "all registers empty");
    }

    /**
     * gcc -m32 code (src/test/native/x87/fpmix.c) run natively and in the core must print the same
     * text. Needs gcc with -m32; runs in the -Pconformance profile.
     */
    @Test
    @Tag("conformance")
    void gccCompiledFloatingPointMatchesNative() throws Exception {
        Path src = Path.of("src/test/native/x87/fpmix.c").toAbsolutePath();
        Path dir = Files.createDirectories(Path.of("target/x87-e2e").toAbsolutePath());
        List<String> flags = List.of("-m32", "-O2", "-mfpmath=387", "-funsafe-math-optimizations", "-fno-math-errno",
                "-ffreestanding", "-nostdlib", "-static", "-fno-pic", "-no-pie", "-fno-stack-protector");
        Path nativeExe = dir.resolve("fpmix-native"), elf = dir.resolve("fpmix.elf"), bin = dir.resolve("fpmix.bin");
        exec(cmd(flags, "gcc", "-DNATIVE", "-o", nativeExe.toString(), src.toString()));
        String expected = exec(List.of(nativeExe.toString()));
        exec(cmd(flags, "gcc", "-e", "compute", "-Wl,-Ttext=0x10000", "-o", elf.toString(), src.toString()));
        exec(List.of("objcopy", "-O", "binary", "-j", ".text", "-j", ".rodata", "-j", ".data", elf.toString(),
                bin.toString()));
        int compute = 0, out = 0;
        for (String line : exec(List.of("nm", elf.toString())).split("\n")) {
            String[] p = line.trim().split("\\s+");
            if (p.length == 3 && p[2].equals("compute")) {
                compute = Integer.parseInt(p[0], 16);
            } else if (p.length == 3 && p[2].equals("out")) {
                out = Integer.parseInt(p[0], 16);
            }
        }
        Guest g = new Guest();
        byte[] image = Files.readAllBytes(bin);
        int[] bytes = new int[image.length];
        for (int i = 0; i < image.length; i++) {
            bytes[i] = image[i] & 0xFF;
        }
        g.put(Guest.CODE, bytes);
        g.put(0x3000, 0xF4); // compute returns to a hlt
        g.w32(Guest.KSTACK - 4, 0x3000);
        g.cpu.setGpr(4, Guest.KSTACK - 4);
        g.cpu.setEip(compute);
        assertEquals(CpuExit.HALT, g.cpu.run(50_000_000));
        StringBuilder text = new StringBuilder();
        for (int a = out; g.bus.ram[a] != 0; a++) {
            text.append((char) g.bus.ram[a]);
        }
        System.out.println("x87 gcc program: native \"" + expected + "\", jpok \"" + text + "\"");
        assertEquals(expected, text.toString());
    }

    private static List<String> cmd(List<String> flags, String tool, String... rest) {
        List<String> c = new ArrayList<>();
        c.add(tool);
        c.addAll(flags);
        c.addAll(List.of(rest));
        return c;
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        if (p.waitFor() != 0) {
            throw new IOException(command + " failed: " + s);
        }
        return s;
    }
}
