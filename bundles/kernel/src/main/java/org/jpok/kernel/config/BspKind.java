package org.jpok.kernel.config;

/** The board support packages a system can name in {@code target.bsp}. */
public enum BspKind {
    X86_QEMU("x86-qemu"),
    X86_QEMU_VMM("x86-qemu-vmm");

    private final String configName;

    BspKind(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The BSP for a config word, or null. */
    public static BspKind ofConfigName(String word) {
        for (BspKind b : values()) {
            if (b.configName.equals(word)) {
                return b;
            }
        }
        return null;
    }
}
