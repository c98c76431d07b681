package org.jpok.guest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK and the examples as packed in this bundle (under jpok-sdk/ and
 * jpok-examples/, each with an INDEX of its files), so that a distribution
 * can unpack them where gcc can read them.
 */
public final class GuestSdk {

    /** Resource folder of the SDK (include/, src/, partition.lds). */
    public static final String SDK = "jpok-sdk";
    /** Resource folder of the example projects. */
    public static final String EXAMPLES = "jpok-examples";

    private GuestSdk() {
    }

    /** Unpacks the SDK into dir (created if needed) and returns dir. */
    public static Path extractSdk(Path dir) throws IOException {
        return extract(SDK, dir);
    }

    /** Unpacks the example projects into dir and returns dir. */
    public static Path extractExamples(Path dir) throws IOException {
        return extract(EXAMPLES, dir);
    }

    /** The relative paths listed in folder's INDEX. */
    public static List<String> index(String folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = open(folder + "/INDEX");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        }
        return names;
    }

    private static Path extract(String folder, Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        for (String name : index(folder)) {
            Path target = root.resolve(name).normalize();
            if (!target.startsWith(root)) {
                throw new IOException(folder + "/INDEX: entry '" + name + "' leaves the target folder");
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = open(folder + "/" + name)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return root;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = GuestSdk.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing from the guest bundle");
        }
        return in;
    }
}
