package org.jpok.devices;

/**
 * One 8259A programmable interrupt controller: the register model of a single chip. The
 * {@link PicPair} wires two of them in the PC's cascade. Edge-triggered mode latches a request
 * on a rising edge of the input; level-triggered mode (ICW1 LTIM) follows the line.
 */
final class Pic8259 {

    private int irr;
    private int isr;
    private int imr;
    /** Input line levels, for edge detection. */
    private int lines;
    private int vectorBase;
    /** 0 = operational; 2, 3, 4 = the next data-port write is ICW2, ICW3, ICW4. */
    private int initStep;
    private boolean icw4Needed;
    private boolean single;
    private boolean levelTriggered;
    private boolean autoEoi;
    private boolean rotateOnAutoEoi;
    private boolean specialMask;
    private boolean readIsr;
    private boolean poll;
    /** The IRQ with the lowest priority; fixed priority means 7 (so IRQ 0 is the highest). */
    private int lowestPriority = 7;
    private int icw3;

    void reset() {
        irr = isr = imr = lines = 0;
        vectorBase = 0;
        initStep = 0;
        icw4Needed = single = levelTriggered = autoEoi = rotateOnAutoEoi = specialMask = readIsr = poll = false;
        lowestPriority = 7;
        icw3 = 0;
    }

    void setLine(int irq, boolean level) {
        int bit = 1 << irq;
        if (level) {
            if (levelTriggered || (lines & bit) == 0) {
                irr |= bit;
            }
            lines |= bit;
        } else {
            lines &= ~bit;
            if (levelTriggered) {
                irr &= ~bit;
            }
        }
    }

    /** The IRQ this chip would deliver now, or -1. */
    int pending() {
        int requests = irr & ~imr;
        if (requests == 0) {
            return -1;
        }
        // Fully nested: a level in service blocks itself and everything below it. In special mask
        // mode an in-service level that is masked blocks nothing.
        int blocking = specialMask ? isr & ~imr : isr;
        for (int i = 1; i <= 8; i++) {
            int irq = (lowestPriority + i) & 7;
            if ((blocking & 1 << irq) != 0) {
                return -1;
            }
            if ((requests & 1 << irq) != 0) {
                return irq;
            }
        }
        return -1;
    }

    /**
     * INTA: returns the IRQ being acknowledged and moves it from IRR to ISR, or -1 when nothing
     * is pending any more (the caller then answers with the spurious IRQ 7).
     */
    int acknowledge() {
        int irq = pending();
        if (irq < 0) {
            return -1;
        }
        int bit = 1 << irq;
        if (!levelTriggered) {
            irr &= ~bit;
        }
        if (autoEoi) {
            if (rotateOnAutoEoi) {
                lowestPriority = irq;
            }
        } else {
            isr |= bit;
        }
        return irq;
    }

    int vector(int irq) {
        return vectorBase | irq;
    }

    void writeCommand(int value) {
        if ((value & 0x10) != 0) { // ICW1
            icw4Needed = (value & 0x01) != 0;
            single = (value & 0x02) != 0;
            levelTriggered = (value & 0x08) != 0;
            imr = isr = 0;
            irr &= levelTriggered ? lines : 0;
            lowestPriority = 7;
            specialMask = readIsr = poll = autoEoi = rotateOnAutoEoi = false;
            initStep = 2;
        } else if ((value & 0x08) != 0) { // OCW3
            if ((value & 0x02) != 0) {
                readIsr = (value & 0x01) != 0;
            }
            if ((value & 0x40) != 0) {
                specialMask = (value & 0x20) != 0;
            }
            poll = (value & 0x04) != 0;
        } else { // OCW2
            int level = value & 7;
            switch (value >> 5) {
                case 0b001 -> clearHighestInService(false);
                case 0b011 -> isr &= ~(1 << level);
                case 0b101 -> clearHighestInService(true);
                case 0b100 -> rotateOnAutoEoi = true;
                case 0b000 -> rotateOnAutoEoi = false;
                case 0b111 -> {
                    isr &= ~(1 << level);
                    lowestPriority = level;
                }
                case 0b110 -> lowestPriority = level;
                default -> { } // 010: no operation
            }
        }
    }

    void writeData(int value) {
        switch (initStep) {
            case 2 -> {
                vectorBase = value & 0xF8;
                initStep = single ? (icw4Needed ? 4 : 0) : 3;
            }
            case 3 -> {
                icw3 = value;
                initStep = icw4Needed ? 4 : 0;
            }
            case 4 -> {
                autoEoi = (value & 0x02) != 0;
                initStep = 0;
            }
            default -> imr = value & 0xFF; // OCW1
        }
    }

    /** Command-port read: the poll byte after an OCW3 poll, else IRR or ISR as OCW3 selected. */
    int readCommand() {
        if (poll) {
            poll = false;
            int irq = acknowledge();
            return irq < 0 ? 0 : 0x80 | irq;
        }
        return readIsr ? isr : irr;
    }

    int readData() {
        return imr;
    }

    private void clearHighestInService(boolean rotate) {
        for (int i = 1; i <= 8; i++) {
            int irq = (lowestPriority + i) & 7;
            if ((isr & 1 << irq) != 0) {
                isr &= ~(1 << irq);
                if (rotate) {
                    lowestPriority = irq;
                }
                return;
            }
        }
    }

    int irr() {
        return irr;
    }

    int isr() {
        return isr;
    }

    int icw3() {
        return icw3;
    }
}
