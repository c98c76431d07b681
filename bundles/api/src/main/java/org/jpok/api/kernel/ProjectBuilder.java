package org.jpok.api.kernel;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds a POK-style project, a {@code config.yaml} beside one folder of C sources per partition,
 * into one i386 ELF image per partition ({@code <name>/<name>.elf}) with gcc and the guest SDK.
 */
@ProviderType
public interface ProjectBuilder {

    /**
     * Builds every partition, each attempted even when another fails, so that all errors show.
     *
     * @param project the project folder, or its {@code config.yaml}
     * @throws IllegalArgumentException with a one-line message when the project or its configuration
     *         is unusable, or gcc cannot build 32-bit code; nothing is built then
     */
    BuildReport build(Path project);
}
