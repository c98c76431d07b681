package org.jpok.kernel.config;

/** The {@code target} section: always x86 on one processor in jpok; the BSP is selectable. */
public record TargetConfig(String arch, BspKind bsp, int processors) {
}
