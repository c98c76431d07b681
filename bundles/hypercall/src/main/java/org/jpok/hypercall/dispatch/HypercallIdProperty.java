package org.jpok.hypercall.dispatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jpok.api.hypercall.HypercallIds;

/**
 * Reads the {@code hypercall.id} service property: an Integer (or any Number), a String of one or more ids
 * separated by commas or blanks, an array or a collection of those. Ids outside 0..{@value HypercallIds#MAX_ID}
 * and unreadable values are errors.
 */
public final class HypercallIdProperty {

    private HypercallIdProperty() {
    }

    /**
     * @return the distinct ids, in order of appearance
     * @throws IllegalArgumentException naming the bad value
     */
    public static int[] parse(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("hypercall.id is missing");
        }
        List<Integer> out = new ArrayList<>();
        collect(value, out);
        if (out.isEmpty()) {
            throw new IllegalArgumentException("hypercall.id is empty");
        }
        return out.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    private static void collect(Object v, List<Integer> out) {
        if (v instanceof Number n) {
            long id = n.longValue();
            if (id < 0 || id > HypercallIds.MAX_ID || id != n.doubleValue()) {
                throw new IllegalArgumentException("hypercall.id " + v + " is not an integer in 0.." + HypercallIds.MAX_ID);
            }
            out.add((int) id);
        } else if (v instanceof String s) {
            for (String part : s.trim().split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                try {
                    collect(Long.parseLong(part), out);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("hypercall.id \"" + part + "\" is not a number");
                }
            }
        } else if (v instanceof int[] a) {
            for (int i : a) {
                collect(i, out);
            }
        } else if (v instanceof long[] a) {
            for (long i : a) {
                collect(i, out);
            }
        } else if (v instanceof Object[] a) {
            for (Object o : a) {
                collect(o, out);
            }
        } else if (v instanceof Collection<?> c) {
            for (Object o : c) {
                collect(o, out);
            }
        } else {
            throw new IllegalArgumentException("hypercall.id of type " + v.getClass().getName() + " is not supported");
        }
    }
}
