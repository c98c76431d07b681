package org.jpok.api.hypercall;

/**
 * The user-mode registers of an interrupted partition, as the trap frame holds them (POK's
 * {@code interrupt_frame} minus the pusha ESP and the error code). The vmm BSP reads it from the kernel stack at a
 * trap and writes the (possibly redirected) frame back before {@code iret}. {@code esp} and {@code ss} are the user
 * stack the {@code iret} returns to.
 */
public record InterruptFrame(int eax, int ecx, int edx, int ebx, int esp, int ebp, int esi, int edi, int eip,
        int cs, int eflags, int ss, int ds, int es) {

    /** Words in POK's {@code interrupt_frame} (64 bytes). */
    public static final int POK_WORDS = 16;

    /**
     * POK's {@code interrupt_frame} layout, one word per slot: es, ds, edi, esi, ebp, pusha-esp, ebx, edx, ecx,
     * eax, error, eip, cs, eflags, esp, ss. The pusha-esp slot gets the user ESP and the error slot 0.
     */
    public int[] toPokWords() {
        return new int[] {es, ds, edi, esi, ebp, esp, ebx, edx, ecx, eax, 0, eip, cs, eflags, esp, ss};
    }

    /** Reads POK's layout (see {@link #toPokWords()}); the pusha-esp and error slots are ignored. */
    public static InterruptFrame fromPokWords(int[] w) {
        if (w.length != POK_WORDS) {
            throw new IllegalArgumentException("an interrupt_frame has " + POK_WORDS + " words, not " + w.length);
        }
        return new InterruptFrame(w[9], w[8], w[7], w[6], w[14], w[4], w[3], w[2], w[11], w[12], w[13], w[15], w[1],
                w[0]);
    }

    /** The requested privilege level of {@code cs}: 3 for a partition's user code. */
    public int rpl() {
        return cs & 3;
    }

    public InterruptFrame withEax(int v) {
        return new InterruptFrame(v, ecx, edx, ebx, esp, ebp, esi, edi, eip, cs, eflags, ss, ds, es);
    }

    /** EFLAGS bits a guest may set in its own saved frame: CF, PF, AF, ZF, SF, DF, OF. */
    public static final int USER_FLAGS = 0x0CD5;

    /**
     * This frame with {@code user}'s general registers, EIP, ESP and {@link #USER_FLAGS}; selectors and the other
     * EFLAGS bits are this frame's.
     */
    public InterruptFrame withUserState(InterruptFrame user) {
        return new InterruptFrame(user.eax, user.ecx, user.edx, user.ebx, user.esp, user.ebp, user.esi, user.edi,
                user.eip, cs, (eflags & ~USER_FLAGS) | (user.eflags & USER_FLAGS), ss, ds, es);
    }

    /** The frame of an upcall: the same registers, but resuming at {@code eip} with {@code eax}. */
    public InterruptFrame redirect(int newEip, int newEax) {
        return new InterruptFrame(newEax, ecx, edx, ebx, esp, ebp, esi, edi, newEip, cs, eflags, ss, ds, es);
    }

    @Override
    public String toString() {
        return String.format("eax=%08x ecx=%08x edx=%08x ebx=%08x esp=%08x ebp=%08x esi=%08x edi=%08x eip=%08x "
                + "cs=%04x efl=%08x ss=%04x ds=%04x es=%04x", eax, ecx, edx, ebx, esp, ebp, esi, edi, eip, cs,
                eflags, ss, ds, es);
    }
}
