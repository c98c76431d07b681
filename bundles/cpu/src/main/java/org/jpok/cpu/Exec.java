package org.jpok.cpu;

/**
 * Maps a decoded instruction's dispatch code to the family class that implements it. The
 * semantics live in the families; this is only the routing table.
 */
final class Exec {
    private Exec() {
    }

    static void exec(I386 c, Insn in) {
        int op = in.op;
        if (op < 0x40) {
            if ((op & 7) < 6) {
                Arith.alu(c, in);
                return;
            }
            switch (op) {
                case 0x06: case 0x0E: case 0x16: case 0x1E:
                    StackOps.pushSeg(c, in, op >> 3);
                    return;
                case 0x07: case 0x17: case 0x1F:
                    StackOps.popSeg(c, in, op >> 3);
                    return;
                case 0x27: Bcd.daa(c); return;
                case 0x2F: Bcd.das(c); return;
                case 0x37: Bcd.aaa(c); return;
                case 0x3F: Bcd.aas(c); return;
                default: throw Vectors.ud();
            }
        }
        switch (op) {
            case 0x40: case 0x41: case 0x42: case 0x43: case 0x44: case 0x45: case 0x46: case 0x47:
                Arith.incReg(c, in, op & 7);
                return;
            case 0x48: case 0x49: case 0x4A: case 0x4B: case 0x4C: case 0x4D: case 0x4E: case 0x4F:
                Arith.decReg(c, in, op & 7);
                return;
            case 0x50: case 0x51: case 0x52: case 0x53: case 0x54: case 0x55: case 0x56: case 0x57:
                StackOps.pushReg(c, in, op & 7);
                return;
            case 0x58: case 0x59: case 0x5A: case 0x5B: case 0x5C: case 0x5D: case 0x5E: case 0x5F:
                StackOps.popReg(c, in, op & 7);
                return;
            case 0x60: StackOps.pusha(c, in); return;
            case 0x61: StackOps.popa(c, in); return;
            case 0x62: Control.bound(c, in); return;
            case 0x63: SystemOps.arpl(c, in); return;
            case 0x68: case 0x6A: StackOps.pushImm(c, in); return;
            case 0x69: case 0x6B: case 0x1AF: Arith.imulReg(c, in); return;
            case 0x6C: case 0x6D: case 0x6E: case 0x6F:
            case 0xA4: case 0xA5: case 0xA6: case 0xA7:
            case 0xAA: case 0xAB: case 0xAC: case 0xAD: case 0xAE: case 0xAF:
                StringOps.exec(c, in);
                return;
            case 0x80: case 0x81: case 0x82: case 0x83: Arith.aluImm(c, in); return;
            case 0x84: case 0x85: case 0xA8: case 0xA9: Logic.test(c, in); return;
            case 0x86: case 0x87: DataMove.xchg(c, in); return;
            case 0x88: case 0x89: DataMove.movEG(c, in); return;
            case 0x8A: case 0x8B: DataMove.movGE(c, in); return;
            case 0x8C: DataMove.movFromSeg(c, in); return;
            case 0x8D: DataMove.lea(c, in); return;
            case 0x8E: DataMove.movToSeg(c, in); return;
            case 0x8F: StackOps.popE(c, in); return;
            case 0x90:
                return; // nop; F3 90 (pause) as well
            case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
                DataMove.xchgAcc(c, in, op & 7);
                return;
            case 0x98: Arith.cbw(c, in); return;
            case 0x99: Arith.cwd(c, in); return;
            case 0x9A: Control.callFar(c, in, in.imm2, in.imm); return;
            case 0x9B: X87Escape.fwait(c); return;
            case 0x9C: FlagOps.pushf(c, in); return;
            case 0x9D: FlagOps.popf(c, in); return;
            case 0x9E: FlagOps.sahf(c); return;
            case 0x9F: FlagOps.lahf(c); return;
            case 0xA0: case 0xA1: DataMove.movAccFromMem(c, in); return;
            case 0xA2: case 0xA3: DataMove.movMemFromAcc(c, in); return;
            case 0xB0: case 0xB1: case 0xB2: case 0xB3: case 0xB4: case 0xB5: case 0xB6: case 0xB7:
                c.setReg8(op & 7, in.imm);
                return;
            case 0xB8: case 0xB9: case 0xBA: case 0xBB: case 0xBC: case 0xBD: case 0xBE: case 0xBF:
                c.setReg(op & 7, in.size, in.imm);
                return;
            case 0xC0: case 0xC1: case 0xD0: case 0xD1: case 0xD2: case 0xD3:
                Shift.group2(c, in);
                return;
            case 0xC2: case 0xC3: Control.ret(c, in); return;
            case 0xC4: DataMove.loadFarPointer(c, in, I386.ES); return;
            case 0xC5: DataMove.loadFarPointer(c, in, I386.DS); return;
            case 0xC6: case 0xC7: c.writeE(in, in.imm); return;
            case 0xC8: StackOps.enter(c, in); return;
            case 0xC9: StackOps.leave(c, in); return;
            case 0xCA: case 0xCB: Control.retFar(c, in); return;
            case 0xCC: Control.softInt(c, Vectors.BP, true); return;
            case 0xCD: Control.softInt(c, in.imm & 0xFF, true); return;
            case 0xCE: Control.into(c); return;
            case 0xCF: Control.iret(c, in); return;
            case 0xD4: Bcd.aam(c, in.imm & 0xFF); return;
            case 0xD5: Bcd.aad(c, in.imm & 0xFF); return;
            case 0xD7: DataMove.xlat(c, in); return;
            case 0xD8: case 0xD9: case 0xDA: case 0xDB: case 0xDC: case 0xDD: case 0xDE: case 0xDF:
                X87Escape.escape(c, in);
                return;
            case 0xE0: case 0xE1: case 0xE2: case 0xE3: Control.loop(c, in); return;
            case 0xE4: case 0xE5: case 0xEC: case 0xED: SystemOps.in(c, in); return;
            case 0xE6: case 0xE7: case 0xEE: case 0xEF: SystemOps.out(c, in); return;
            case 0xE8: Control.call(c, in); return;
            case 0xE9: case 0xEB: Control.jmp(c, in); return;
            case 0xEA: Control.jmpFar(c, in, in.imm2, in.imm); return;
            case 0xF1: Control.softInt(c, Vectors.DB, false); return;
            case 0xF4: SystemOps.hlt(c); return;
            case 0xF5: case 0xF8: case 0xF9: case 0xFC: case 0xFD: FlagOps.simple(c, op); return;
            case 0xFA: FlagOps.cli(c); return;
            case 0xFB: FlagOps.sti(c); return;
            case 0xF6: case 0xF7: Arith.group3(c, in); return;
            case 0xFE: Arith.incDecE(c, in); return;
            case 0xFF: group5(c, in); return;

            case 0x100: SystemOps.group6(c, in); return;
            case 0x101: SystemOps.group7(c, in); return;
            case 0x102: SystemOps.lar(c, in); return;
            case 0x103: SystemOps.lsl(c, in); return;
            case Decoder.OP_HOSTCALL: SystemOps.hostCall(c, in); return;
            case 0x106: SystemOps.clts(c); return;
            case 0x108: case 0x109: SystemOps.requireCpl0(c); return;
            case 0x10D: case 0x118: case 0x119: case 0x11A: case 0x11B: case 0x11C: case 0x11D: case 0x11E: case 0x11F:
                return; // hint nops and prefetch: no architectural effect
            case 0x120: case 0x121: case 0x122: case 0x123: SystemOps.movCr(c, in); return;
            case 0x131: SystemOps.rdtsc(c, in); return;
            case 0x1A0: StackOps.pushSeg(c, in, I386.FS); return;
            case 0x1A1: StackOps.popSeg(c, in, I386.FS); return;
            case 0x1A8: StackOps.pushSeg(c, in, I386.GS); return;
            case 0x1A9: StackOps.popSeg(c, in, I386.GS); return;
            case 0x1A2: SystemOps.cpuid(c); return;
            case 0x1A3: case 0x1AB: case 0x1B3: case 0x1BB: case 0x1BA: Bits.bitTest(c, in); return;
            case 0x1A4: case 0x1A5: case 0x1AC: case 0x1AD: Shift.doubleShift(c, in); return;
            case 0x1B0: case 0x1B1: Arith.cmpxchg(c, in); return;
            case 0x1B2: DataMove.loadFarPointer(c, in, I386.SS); return;
            case 0x1B4: DataMove.loadFarPointer(c, in, I386.FS); return;
            case 0x1B5: DataMove.loadFarPointer(c, in, I386.GS); return;
            case 0x1B6: case 0x1B7: case 0x1BE: case 0x1BF: DataMove.movExtend(c, in); return;
            case 0x1BC: Bits.bsf(c, in); return;
            case 0x1BD: Bits.bsr(c, in); return;
            case 0x1C0: case 0x1C1: Arith.xadd(c, in); return;
            case 0x1C7: Arith.cmpxchg8b(c, in); return;
            case 0x1AE: X87Escape.group15(c, in); return;
            default:
                break;
        }
        if (op >= 0x70 && op < 0x80 || op >= 0x180 && op < 0x190) {
            Control.jcc(c, in);
        } else if (op >= 0x140 && op < 0x150) {
            DataMove.cmov(c, in);
        } else if (op >= 0x190 && op < 0x1A0) {
            DataMove.setcc(c, in);
        } else if (op >= 0x1C8 && op < 0x1D0) {
            Bits.bswap(c, in);
        } else {
            throw Vectors.ud();
        }
    }

    private static void group5(I386 c, Insn in) {
        switch (in.reg) {
            case 0:
            case 1:
                Arith.incDecE(c, in);
                return;
            case 2:
                Control.callIndirect(c, in);
                return;
            case 3: {
                int off = c.ea(in);
                int target = c.read(in.seg, off, in.size);
                int selector = c.read16(in.seg, off + in.size);
                Control.callFar(c, in, selector, target);
                return;
            }
            case 4:
                Control.jmpIndirect(c, in);
                return;
            case 5: {
                int off = c.ea(in);
                int target = c.read(in.seg, off, in.size);
                int selector = c.read16(in.seg, off + in.size);
                Control.jmpFar(c, in, selector, target);
                return;
            }
            case 6:
                StackOps.pushE(c, in);
                return;
            default:
                throw Vectors.ud();
        }
    }
}
