package org.jpok.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jpok.launcher.ConfigFileCheck.Finding;
import org.jpok.launcher.SettingDefinitions.Attribute;
import org.junit.jupiter.api.Test;

/** The check of a file in config/ against metatype and DS descriptors as bnd writes them. */
class ConfigFileCheckTest {

    static final String MACHINE_METATYPE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <metatype:MetaData xmlns:metatype="http://www.osgi.org/xmlns/metatype/v1.2.0" localization="x">
              <OCD id="org.jpok.machine.MachineConfig" name="jpok machine">
                <AD id="memory.size.mib" type="Integer" name="m" default="64" min="1"/>
                <AD id="pacing" type="String" name="p" default="DETERMINISTIC">
                  <Option label="DETERMINISTIC" value="DETERMINISTIC"/>
                  <Option label="REALTIME" value="REALTIME"/>
                </AD>
                <AD id="console.input" type="String" name="i" default=""/>
              </OCD>
              <Designate pid="org.jpok.machine"><Object ocdref="org.jpok.machine.MachineConfig"/></Designate>
            </metatype:MetaData>
            """;
    static final String VMM_METATYPE = """
            <metatype:MetaData xmlns:metatype="http://www.osgi.org/xmlns/metatype/v1.4.0">
              <OCD id="vmm" name="v"><AD id="vmm.trapEmulate" type="Boolean" default="false"/></OCD>
              <Designate pid="org.jpok.bsp.x86qemu.vmm"><Object ocdref="vmm"/></Designate>
            </metatype:MetaData>
            """;
    static final String KERNEL_COMPONENT = """
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="org.jpok.kernel.core.KernelComponent"
                configuration-pid="org.jpok.kernel"/>
            """;
    static final String SHELL_COMPONENT = """
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="org.jpok.shell.KernelCommands"/>
            """;

    static SettingDefinitions known() throws Exception {
        Map<String, Map<String, Attribute>> described = new TreeMap<>();
        SettingDefinitions.addMetatype(SettingDefinitions.parse(stream(MACHINE_METATYPE)), described);
        SettingDefinitions.addMetatype(SettingDefinitions.parse(stream(VMM_METATYPE)), described);
        Set<String> taken = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        SettingDefinitions.addComponents(SettingDefinitions.parse(stream(KERNEL_COMPONENT)), taken, named);
        SettingDefinitions.addComponents(SettingDefinitions.parse(stream(SHELL_COMPONENT)), taken, named);
        return new SettingDefinitions(described, taken, named);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMistypedKeyIsOneWarningNamingTheFileAndTheKnownKeys() throws Exception {
        List<Finding> findings = ConfigFileCheck.check("config/org.jpok.bsp.x86qemu.vmm.cfg", "org.jpok.bsp.x86qemu.vmm",
                Map.of("vmm.trapEmulat", "true", "service.pid", "org.jpok.bsp.x86qemu.vmm",
                        "felix.fileinstall.filename", "file:/x"), known());
        assertEquals(1, findings.size(), findings.toString());
        assertFalse(findings.get(0).badValue(), "a warning: the rest of the file applies");
        assertEquals("config/org.jpok.bsp.x86qemu.vmm.cfg: unknown setting 'vmm.trapEmulat' (known: vmm.trapEmulate)",
                findings.get(0).line());
    }

    @Test
    void aValueItsTypeOrOptionsRejectIsAnErrorNamingTheKey() throws Exception {
        List<Finding> findings = ConfigFileCheck.check("config/org.jpok.machine.cfg", "org.jpok.machine",
                Map.of("memory.size.mib", "lots", "pacing", "FAST", "console.input", "in.txt"), known());
        assertEquals(List.of("config/org.jpok.machine.cfg: memory.size.mib: 'lots' is not a number",
                "config/org.jpok.machine.cfg: pacing: 'FAST' is not one of DETERMINISTIC, REALTIME"),
                findings.stream().map(Finding::line).toList());
        assertTrue(findings.stream().allMatch(Finding::badValue));
        assertEquals("config/org.jpok.machine.cfg: memory.size.mib: 'lots' is not a number; ignored, so the default 64 applies",
                findings.get(0).ignoredLine());
    }

    @Test
    void boundsRangesAndBooleansAreChecked() throws Exception {
        SettingDefinitions known = known();
        assertEquals("memory.size.mib: '0' is below the minimum 1", only(known, "org.jpok.machine", "memory.size.mib", "0"));
        assertEquals("memory.size.mib: '99999999999' is out of range (-2147483648 to 2147483647)",
                only(known, "org.jpok.machine", "memory.size.mib", "99999999999"));
        assertEquals("vmm.trapEmulate: 'yes' is not true or false", only(known, "org.jpok.bsp.x86qemu.vmm", "vmm.trapEmulate", "yes"));
        assertTrue(ConfigFileCheck.check("f", "org.jpok.bsp.x86qemu.vmm", Map.of("vmm.trapEmulate", " TRUE "), known).isEmpty());
        assertTrue(ConfigFileCheck.check("f", "org.jpok.machine", Map.of("memory.size.mib", 128, "pacing", "REALTIME"), known).isEmpty(),
                "typed values and good strings pass");
    }

    private static String only(SettingDefinitions known, String pid, String key, Object value) {
        List<Finding> findings = ConfigFileCheck.check("f", pid, Map.of(key, value), known);
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0).text();
    }

    @Test
    void aPidNoComponentReadsIsOneLineNamingTheKnownPids() throws Exception {
        List<Finding> findings = ConfigFileCheck.check("config/org.jpok.machin.cfg", "org.jpok.machin",
                Map.of("memory.size.mib", "32"), known());
        assertEquals(List.of("config/org.jpok.machin.cfg: no jpok component reads PID 'org.jpok.machin' "
                + "(known: org.jpok.bsp.x86qemu.vmm, org.jpok.kernel, org.jpok.machine)"),
                findings.stream().map(Finding::line).toList());
        assertFalse(findings.get(0).badValue());
    }

    @Test
    void aPidAComponentTakesWithoutDescribingItsKeysIsNotChecked() throws Exception {
        assertTrue(ConfigFileCheck.check("f", "org.jpok.kernel", Map.of("bsp.name", "x86-qemu"), known()).isEmpty());
        assertTrue(ConfigFileCheck.check("f", "org.jpok.shell.KernelCommands", Map.of("a", "b"), known()).isEmpty(),
                "a component's name is its default PID");
    }
}
