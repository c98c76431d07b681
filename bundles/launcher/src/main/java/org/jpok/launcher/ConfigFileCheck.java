package org.jpok.launcher;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jpok.launcher.SettingDefinitions.Attribute;

/**
 * Checks one configuration from a file in {@code config/} against what its components declare
 * ({@link SettingDefinitions}): a PID no component takes and a key its component does not declare are warnings
 * (the rest still applies; a plugin installed later may take them); a value its declared type, options or bounds
 * reject is an error, as the component would fail to start with it or quietly use its default instead.
 */
final class ConfigFileCheck {

    /**
     * One line about a file; {@code key} is null for the file as a whole. A bad value carries the default its
     * component uses when the value is left out (null when it declares none).
     */
    record Finding(String file, String key, boolean badValue, String text, String defaultValue) {

        /** The line jpok prints, without its "jpok: " prefix. */
        String line() {
            return file + ": " + text;
        }

        /** The line where a bad value is left out, so that the running system goes on with its default. */
        String ignoredLine() {
            if (!badValue) {
                return line();
            }
            return line() + "; ignored, " + (defaultValue == null ? "so the component's default applies"
                    : defaultValue.isEmpty() ? "so the default (empty) applies" : "so the default " + defaultValue + " applies");
        }
    }

    private ConfigFileCheck() {
    }

    /**
     * The findings about the configuration of {@code pid} (a factory PID for a factory configuration) that
     * {@code file} (as it is to be named) gave, with {@code properties}, in key order.
     */
    static List<Finding> check(String file, String pid, Map<String, ?> properties, SettingDefinitions known) {
        if (!known.knows(pid)) {
            return List.of(new Finding(file, null, false, "no jpok component reads PID '" + pid + "' (known: "
                    + String.join(", ", known.knownPids()) + ")", null));
        }
        Optional<Map<String, Attribute>> described = known.attributes(pid);
        if (described.isEmpty()) {
            return List.of(); // a component takes it, but declares no keys to check against
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, ?> property : new java.util.TreeMap<String, Object>(properties).entrySet()) {
            String key = property.getKey();
            if (framework(key)) {
                continue;
            }
            Attribute attribute = described.get().get(key);
            if (attribute == null) {
                findings.add(new Finding(file, key, false, "unknown setting '" + key + "' (known: "
                        + String.join(", ", described.get().keySet()) + ")", null));
                continue;
            }
            for (Object value : values(property.getValue())) {
                Optional<String> why = rejected(attribute, String.valueOf(value).trim());
                if (why.isPresent()) {
                    findings.add(new Finding(file, key, true, key + ": '" + value + "' " + why.get(), attribute.defaultValue()));
                    break;
                }
            }
        }
        return findings;
    }

    /** Keys that ConfigAdmin, FileInstall and Declarative Services give a meaning of their own. */
    static boolean framework(String key) {
        return key.startsWith("service.") || key.startsWith("felix.fileinstall.") || key.startsWith("component.")
                || key.endsWith(".target") || key.endsWith(".cardinality.minimum");
    }

    private static List<Object> values(Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> all = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                all.add(Array.get(value, i));
            }
            return all;
        }
        return java.util.Collections.singletonList(value);
    }

    /** Why {@code value} is not a value of {@code attribute}; empty when it is. */
    static Optional<String> rejected(Attribute attribute, String value) {
        if (!attribute.options().isEmpty() && !attribute.options().contains(value)) {
            return Optional.of("is not one of " + String.join(", ", attribute.options()));
        }
        String type = attribute.type() == null ? "String" : attribute.type();
        switch (type) {
            case "Integer", "Long", "Short", "Byte" -> {
                BigInteger n;
                try {
                    n = new BigInteger(value);
                } catch (NumberFormatException e) {
                    return Optional.of("is not a number");
                }
                BigInteger[] range = switch (type) {
                    case "Long" -> new BigInteger[] { BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE) };
                    case "Short" -> new BigInteger[] { BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE) };
                    case "Byte" -> new BigInteger[] { BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE) };
                    default -> new BigInteger[] { BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE) };
                };
                if (n.compareTo(range[0]) < 0 || n.compareTo(range[1]) > 0) {
                    return Optional.of("is out of range (" + range[0] + " to " + range[1] + ")");
                }
                return bounds(attribute, new BigDecimal(n));
            }
            case "Double", "Float" -> {
                try {
                    return bounds(attribute, new BigDecimal(value));
                } catch (NumberFormatException e) {
                    return Optional.of("is not a number");
                }
            }
            case "Boolean" -> {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? Optional.empty()
                        : Optional.of("is not true or false");
            }
            case "Character", "Char" -> {
                return value.length() == 1 ? Optional.empty() : Optional.of("is not a single character");
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<String> bounds(Attribute attribute, BigDecimal n) {
        try {
            if (attribute.min() != null && !attribute.min().isBlank() && n.compareTo(new BigDecimal(attribute.min().trim())) < 0) {
                return Optional.of("is below the minimum " + attribute.min().trim());
            }
            if (attribute.max() != null && !attribute.max().isBlank() && n.compareTo(new BigDecimal(attribute.max().trim())) > 0) {
                return Optional.of("is above the maximum " + attribute.max().trim());
            }
        } catch (NumberFormatException unusableBound) {
            // a bound that is not a number bounds nothing
        }
        return Optional.empty();
    }
}
