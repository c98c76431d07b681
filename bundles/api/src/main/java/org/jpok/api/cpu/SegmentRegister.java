package org.jpok.api.cpu;

/** The segment registers, in the encoding order of the ModRM reg field (ES=0 … GS=5), then LDTR and TR. */
public enum SegmentRegister {
    ES, CS, SS, DS, FS, GS, LDTR, TR
}
