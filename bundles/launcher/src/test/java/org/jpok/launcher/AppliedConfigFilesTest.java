package org.jpok.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The start-up wait for config/: done when FileInstall made every file a configuration, named when it did not. */
class AppliedConfigFilesTest {

    @TempDir
    Path home;

    /** A ConfigurationAdmin that lists the configurations FileInstall made so far (only listConfigurations works). */
    private static ConfigurationAdmin admin(List<Path> madeFrom) {
        return (ConfigurationAdmin) Proxy.newProxyInstance(AppliedConfigFilesTest.class.getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("listConfigurations")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    assertEquals("(felix.fileinstall.filename=*)", args[0]);
                    return madeFrom.isEmpty() ? null : madeFrom.stream().map(AppliedConfigFilesTest::configuration).toArray(Configuration[]::new);
                });
    }

    private static Configuration configuration(Path file) {
        Hashtable<String, Object> properties = new Hashtable<>(Map.of(AppliedConfigFiles.FILENAME, file.toFile().getAbsoluteFile().toURI().toString()));
        return (Configuration) Proxy.newProxyInstance(AppliedConfigFilesTest.class.getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getProperties")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return properties;
                });
    }

    private Path file(String name) throws Exception {
        Path config = Files.createDirectories(home.resolve("config"));
        return Files.writeString(config.resolve(name), "k=v\n");
    }

    @Test
    void onlyTheFilesFileInstallTakesAreWaitedFor() throws Exception {
        Path a = file("org.jpok.machine.cfg");
        Path b = file("org.jpok.kernel.config");
        file("notes.txt");
        file("org.jpok.build.cfg~");
        Files.createDirectories(home.resolve("config/old.cfg"));
        assertEquals(List.of(b, a), AppliedConfigFiles.in(home.resolve("config")));
        assertEquals(List.of(), AppliedConfigFiles.in(home.resolve("missing")));
    }

    @Test
    void returnsOnceEveryFileIsAConfiguration() throws Exception {
        Path a = file("org.jpok.machine.cfg");
        Path b = file("org.jpok.bsp.x86qemu.vmm.cfg");
        List<Path> made = new CopyOnWriteArrayList<>(List.of(a));
        Thread fileInstall = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            made.add(b);
        });
        fileInstall.start();
        long start = System.nanoTime();
        List<String> problems = AppliedConfigFiles.await(List.of(a, b), admin(made), f -> Optional.empty(), home, 10_000);
        assertEquals(List.of(), problems);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "no waiting beyond the last file");
        fileInstall.join();
    }

    @Test
    void aFileFileInstallCannotReadIsNamedAtOnceWithTheReason() throws Exception {
        Path good = file("org.jpok.machine.cfg");
        Path bad = file("org.jpok.bsp.x86qemu.vmm.cfg");
        long start = System.nanoTime();
        List<String> problems = AppliedConfigFiles.await(List.of(good, bad), admin(List.of(good)),
                f -> f.equals(bad) ? Optional.of("Unable to parse unicode value: 00zz") : Optional.empty(), home, 10_000);
        assertEquals(List.of("config" + java.io.File.separator + "org.jpok.bsp.x86qemu.vmm.cfg: cannot be applied: Unable to parse unicode value: 00zz"),
                problems);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "named without waiting out the bound");
    }

    @Test
    void aFileNeverAppliedIsNamedWhenTheWaitEnds() throws Exception {
        Path lost = file("org.jpok.kernel.cfg");
        long start = System.nanoTime();
        List<String> problems = AppliedConfigFiles.await(List.of(lost), admin(List.of()), f -> Optional.empty(), home, 200);
        assertTrue(System.nanoTime() - start >= 200_000_000L, "waited the bound");
        assertEquals(List.of("config" + java.io.File.separator + "org.jpok.kernel.cfg: not applied by FileInstall within 200 ms"), problems);
    }

    @Test
    void noFilesNoWait() throws Exception {
        assertEquals(List.of(), AppliedConfigFiles.await(List.of(), admin(List.of()), f -> Optional.empty(), home, 10_000));
    }
}
