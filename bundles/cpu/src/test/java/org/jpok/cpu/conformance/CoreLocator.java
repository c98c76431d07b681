package org.jpok.cpu.conformance;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
        URL dir = CoreLocator.class.getClassLoader().getResource("org/jpok/cpu/");
        if (dir == null || !"file".equals(dir.getProtocol())) {
            return null;
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
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
        } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the core's CpuFactory: " + e, e);
        }
        return null;
    }
}
