package org.jpok.hypercall.meta;

/** The PIC line masks, as the meta-handler drives them. */
public interface IrqMasks {

    void unmask(int line);

    void mask(int line);
}
