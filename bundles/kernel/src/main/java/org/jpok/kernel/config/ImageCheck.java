package org.jpok.kernel.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpok.kernel.elf.ElfException;
import org.jpok.kernel.elf.ElfImage;

/** Checks that every partition's image exists, is an i386 executable and fits in the partition. */
final class ImageCheck {

    /** An image bigger than this is not a partition image (partitions are at most 1 GiB anyway). */
    private static final long MAX_IMAGE_BYTES = 256L << 20;

    private ImageCheck() {
    }

    static void check(List<PartitionConfig> partitions, ConfigNode partitionsNode) throws ConfigException {
        List<ConfigNode> items = partitionsNode.list();
        for (PartitionConfig p : partitions) {
            Map<String, ConfigNode> m = items.get(p.index()).map();
            ConfigNode at = m.containsKey("image") ? m.get("image") : m.get("name");
            check(p, at);
        }
    }

    private static void check(PartitionConfig p, ConfigNode at) throws ConfigException {
        Path image = p.image();
        String what = "partition '" + p.name() + "' image " + image;
        if (!Files.isRegularFile(image)) {
            throw at.error(what + " is missing");
        }
        byte[] bytes;
        try {
            if (Files.size(image) > MAX_IMAGE_BYTES) {
                throw at.error(what + " is larger than " + MAX_IMAGE_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(image);
        } catch (IOException e) {
            throw at.error(what + " cannot be read: " + e.getMessage());
        }
        ElfImage elf;
        try {
            elf = ElfImage.parse(bytes);
            elf.checkFits(p.size());
        } catch (ElfException e) {
            throw at.error(what + " is not a loadable i386 ELF: " + e.getMessage());
        }
        long imageEnd = elf.segments().get(elf.segments().size() - 1).memEnd();
        long stacksStart = p.size() - PartitionReader.stackBytes(p.threads());
        if (imageEnd > stacksStart) {
            throw at.error(what + " ends at 0x" + Long.toHexString(imageEnd) + " but the stacks of " + p.threads()
                    + " thread(s) start at 0x" + Long.toHexString(stacksStart) + ": make the partition at least "
                    + (imageEnd + PartitionReader.stackBytes(p.threads()) + 15) / 16 * 16 + " bytes");
        }
    }
}
