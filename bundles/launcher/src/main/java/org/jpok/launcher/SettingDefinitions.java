package org.jpok.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The settings jpok's components read, as their bundles describe them: each bundle's metatype resources
 * ({@code OSGI-INF/metatype/*.xml}, which bnd generates from the components' {@code @ObjectClassDefinition}s) give
 * a PID's keys and their types, options and bounds; its Declarative Services descriptors ({@code OSGI-INF/*.xml})
 * give the PIDs its components take, described or not. So the check of {@code config/} has no second list of
 * keys to keep in step: a new setting is known as soon as its component declares it.
 *
 * <p>The resources are read directly rather than through a MetaTypeService: that needs no extra bundle at start,
 * and it works while the system bundles are installed but not yet started (the check runs before they start).
 */
final class SettingDefinitions {

    /** One attribute of an object class definition: its metatype type name, cardinality, options and bounds. */
    record Attribute(String id, String type, int cardinality, List<String> options, String min, String max,
            String defaultValue) {
    }

    /** Attributes by key, per described PID (a designate's pid or factoryPid). */
    private final Map<String, Map<String, Attribute>> described;
    /** PIDs a component takes (its configuration-pid, or its name), described or not. */
    private final Set<String> taken;
    /** PIDs a component names explicitly: with the described ones, what a message lists as known. */
    private final Set<String> named;

    SettingDefinitions(Map<String, Map<String, Attribute>> described, Set<String> taken, Set<String> named) {
        this.described = described;
        this.taken = taken;
        this.named = named;
    }

    /** The definitions of every bundle in {@code bundles}; a resource that cannot be read adds nothing. */
    static SettingDefinitions of(Bundle[] bundles) {
        Map<String, Map<String, Attribute>> described = new TreeMap<>();
        Set<String> taken = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (Bundle bundle : bundles) {
            for (URL xml : entries(bundle, "OSGI-INF/metatype")) {
                try (InputStream in = xml.openStream()) {
                    addMetatype(parse(in), described);
                } catch (Exception unreadable) {
                    // a bundle's broken resource is its own problem; its PIDs are then not known here
                }
            }
            for (URL xml : entries(bundle, "OSGI-INF")) {
                try (InputStream in = xml.openStream()) {
                    addComponents(parse(in), taken, named);
                } catch (Exception unreadable) {
                    // as above
                }
            }
        }
        return new SettingDefinitions(described, taken, named);
    }

    private static List<URL> entries(Bundle bundle, String folder) {
        Enumeration<URL> found = bundle.getState() == Bundle.UNINSTALLED ? null : bundle.findEntries(folder, "*.xml", false);
        return found == null ? List.of() : Collections.list(found);
    }

    static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(in);
    }

    /** Adds the designated OCDs of a metatype document ({@code MetaData}, any metatype namespace version). */
    static void addMetatype(Document doc, Map<String, Map<String, Attribute>> described) {
        Element root = doc.getDocumentElement();
        if (!"MetaData".equals(root.getLocalName())) {
            return;
        }
        Map<String, Map<String, Attribute>> ocds = new TreeMap<>();
        for (Element ocd : children(root, "OCD")) {
            Map<String, Attribute> attributes = new TreeMap<>();
            for (Element ad : children(ocd, "AD")) {
                List<String> options = new ArrayList<>();
                for (Element option : children(ad, "Option")) {
                    options.add(option.getAttribute("value"));
                }
                int cardinality = 0;
                try {
                    cardinality = ad.hasAttribute("cardinality") ? Integer.parseInt(ad.getAttribute("cardinality").trim()) : 0;
                } catch (NumberFormatException e) {
                    // left scalar
                }
                attributes.put(ad.getAttribute("id"), new Attribute(ad.getAttribute("id"), ad.getAttribute("type"),
                        cardinality, List.copyOf(options), optional(ad, "min"), optional(ad, "max"), optional(ad, "default")));
            }
            ocds.put(ocd.getAttribute("id"), attributes);
        }
        for (Element designate : children(root, "Designate")) {
            String pid = designate.hasAttribute("factoryPid") && !designate.getAttribute("factoryPid").isEmpty()
                    ? designate.getAttribute("factoryPid") : designate.getAttribute("pid");
            for (Element object : children(designate, "Object")) {
                Map<String, Attribute> attributes = ocds.get(object.getAttribute("ocdref"));
                if (attributes != null && !pid.isEmpty()) {
                    described.computeIfAbsent(pid, p -> new TreeMap<>()).putAll(attributes);
                }
            }
        }
    }

    /** Adds the PIDs of a Declarative Services descriptor (a {@code component}, or several under a root). */
    static void addComponents(Document doc, Set<String> taken, Set<String> named) {
        Element root = doc.getDocumentElement();
        List<Element> components = "component".equals(root.getLocalName()) ? List.of(root) : children(root, "component");
        for (Element component : components) {
            String name = component.getAttribute("name");
            String pids = component.getAttribute("configuration-pid");
            if (pids.isBlank()) {
                if (!name.isEmpty()) {
                    taken.add(name);
                }
                continue;
            }
            for (String pid : pids.trim().split("\\s+")) {
                String resolved = "$".equals(pid) ? name : pid;
                taken.add(resolved);
                named.add(resolved);
            }
        }
    }

    private static String optional(Element element, String attribute) {
        return element.hasAttribute(attribute) ? element.getAttribute(attribute) : null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && localName.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** Whether some component takes configurations of {@code pid}. */
    boolean knows(String pid) {
        return taken.contains(pid) || described.containsKey(pid);
    }

    /** The keys of {@code pid} and their definitions, if a bundle describes them. */
    Optional<Map<String, Attribute>> attributes(String pid) {
        return Optional.ofNullable(described.get(pid));
    }

    /** The PIDs worth naming to a user: described ones and those a component names explicitly. */
    Set<String> knownPids() {
        Set<String> all = new TreeSet<>(named);
        all.addAll(described.keySet());
        return all;
    }
}
