/**
 * The x87 FPU of the i386 core (private package).
 *
 * <p>{@link org.jpok.cpu.x87.Ext80} is the exact 80-bit register format; {@link org.jpok.cpu.x87.X87Arith}
 * computes every basic operation exactly with {@code BigInteger} and rounds once
 * ({@link org.jpok.cpu.x87.Rounding}) under the control word's RC and PC, raising IE DE ZE OE UE PE
 * and C1. {@link org.jpok.cpu.x87.X87} holds the stack, status, control and tag words and the
 * last-instruction pointers and decodes D8-DF; {@link org.jpok.cpu.x87.X87Host} is all it needs from
 * the core (the adapter is {@code org.jpok.cpu.CoreX87Host}). The FXSAVE image of the unit is
 * {@code RegisterContext.fpu}.
 *
 * <p>Behaviour follows the host's silicon (AMD EPYC) where the SDM leaves room, as the differential
 * tests found: tininess is detected after rounding; a denormal result under PC=24/53 keeps at most
 * 24/53 bits; DE is not raised when an operand is a NaN or unsupported, for x/0, or for integer and
 * BCD stores; an unmasked DE does not stop FLD m32/m64; compares write C0/C2/C3 (and FCOMI its EFLAGS)
 * even when an unmasked IE stops the pop; an unmasked OE/UE beyond the exponent wrap gives infinity/zero;
 * FPREM reduces by 2^(32 + d mod 32) when the exponents differ by 64 or more.
 *
 * <p>Transcendentals (FSIN FCOS FSINCOS FPTAN FPATAN F2XM1 FYL2X FYL2XP1) are computed in BigDecimal
 * to about 230 bits and rounded once, so they are correctly rounded; trigonometric arguments are
 * reduced by the 66-bit pi that silicon uses, so large arguments match too. The tolerance against
 * silicon is one ulp of the 64-bit significand, with C1, PE and UE not compared when the results
 * differ; about 4.5% of transcendental cases use it. F2XM1 and FYL2XP1 outside the SDM's domains are
 * not compared.
 */
package org.jpok.cpu.x87;
