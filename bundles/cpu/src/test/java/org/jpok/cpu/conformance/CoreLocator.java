package org.jpok.cpu.conformance;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;

import org.jpok.api.cpu.CpuFactory;

/**
 * Finds the core under test: the public {@link CpuFactory} implementation in package
 * org.jpok.cpu, so that the harness does not depend on the core's class names.
 */
final class CoreLocator {
    private CoreLocator() {
    }

    /** The factory, or null when the module has no core yet. */
    static CpuFactory find() {
        try {
            for (URL dir : Collections.list(CoreLocator.class.getClassLoader().getResources("org/jpok/cpu/"))) {
                if ("file".equals(dir.getProtocol())) {
                    CpuFactory f = findIn(Path.of(dir.toURI()));
                    if (f != null) {
                        return f;
                    }
                }
            }
            return null;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the core's classes: " + e, e);
        }
    }

    private static CpuFactory findIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName("org.jpok.cpu." + name.substring(0, name.length() - 6));
                if (CpuFactory.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    var ctor = c.getDeclaredConstructor();
                    ctor.setAccessible(true);
                    return (CpuFactory) ctor.newInstance();
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the core's CpuFactory: " + e, e);
        }
        return null;
    }
}
