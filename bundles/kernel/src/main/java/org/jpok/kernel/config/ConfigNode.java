package org.jpok.kernel.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of the composed YAML tree with its path ({@code partitions[1].size}) and source line, so that
 * every error can name both. Only the shapes config.yaml uses are supported: maps, lists and scalars.
 */
final class ConfigNode {

    private final Node node;
    private final String file;
    private final String path;

    ConfigNode(Node node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    /** 1-based line of the node in the file. */
    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String path() {
        return path;
    }

    ConfigException error(String what) {
        return new ConfigException(file + ":" + line() + ": " + (path.isEmpty() ? "" : path + ": ") + what);
    }

    boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** The entries of a mapping, in file order; rejects non-string and duplicate keys. */
    Map<String, ConfigNode> map() throws ConfigException {
        if (!(node instanceof MappingNode)) {
            throw error("expected a mapping (key: value)");
        }
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                throw new ConfigNode(t.getKeyNode(), file, path).error("keys must be plain words");
            }
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            ConfigNode child = new ConfigNode(t.getValueNode(), file, path.isEmpty() ? key : path + "." + key);
            if (entries.putIfAbsent(key, child) != null) {
                throw new ConfigNode(t.getKeyNode(), file, child.path).error("duplicate key");
            }
        }
        return entries;
    }

    /** A mapping whose keys must all be in {@code allowed}; the first unknown key is an error on its line. */
    Map<String, ConfigNode> map(Set<String> allowed) throws ConfigException {
        Map<String, ConfigNode> entries = map();
        for (Map.Entry<String, ConfigNode> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "' (expected one of "
                        + String.join(", ", allowed) + ")");
            }
        }
        return entries;
    }

    List<ConfigNode> list() throws ConfigException {
        if (!(node instanceof SequenceNode)) {
            throw error("expected a list");
        }
        List<ConfigNode> items = new ArrayList<>();
        List<Node> values = ((SequenceNode) node).getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new ConfigNode(values.get(i), file, path + "[" + i + "]"));
        }
        return items;
    }

    /** The scalar's text, as written. */
    String text() throws ConfigException {
        if (!(node instanceof ScalarNode) || isNull()) {
            throw error("expected a value");
        }
        return ((ScalarNode) node).getValue();
    }

    /** True if the scalar is a YAML integer (unquoted, no unit). */
    boolean isInteger() {
        return node instanceof ScalarNode && Tag.INT.equals(node.getTag());
    }

    /** A non-negative integer, decimal or 0x-hex, with optional '_' separators. */
    long integer() throws ConfigException {
        String t = text().replace("_", "").trim();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                String hex = t.substring(2);
                if (!hex.matches("[0-9a-fA-F]{1,15}")) {
                    throw error("expected an integer, got '" + text() + "'");
                }
                return Long.parseLong(hex, 16);
            }
            long v = Long.parseLong(t);
            if (v < 0) {
                throw error("must not be negative, got " + t);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("expected an integer, got '" + text() + "'");
        }
    }

    /** An integer in {@code [min, max]}. */
    long integer(long min, long max) throws ConfigException {
        long v = integer();
        if (v < min || v > max) {
            throw error(v + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    /** A list of words, or a single word treated as a one-element list. */
    List<String> words() throws ConfigException {
        List<String> out = new ArrayList<>();
        if (isNull()) {
            return out;
        }
        if (node instanceof ScalarNode) {
            out.add(text());
            return out;
        }
        for (ConfigNode n : list()) {
            out.add(n.text());
        }
        return out;
    }
}
