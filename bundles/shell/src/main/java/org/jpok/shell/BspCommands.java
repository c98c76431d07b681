package org.jpok.shell;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.jpok.api.kernel.BspControl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pok:bsp}: the installed BSP services, the active one, what the last swap dropped; and the hot swap. */
@Component(service = BspCommands.class, property = {
        "osgi.command.scope=pok",
        "osgi.command.function=bsp"
})
public class BspCommands {

    private final BspControl control;

    @Activate
    public BspCommands(@Reference(name = "control") BspControl control) {
        this.control = control;
    }

    @Descriptor("list the BSP services: name, bundle id, ranking, the active one (*), and what the last swap dropped")
    public String bsp() {
        List<BspControl.BspInfo> all = control.bsps();
        StringBuilder out = new StringBuilder();
        if (all.isEmpty()) {
            out.append("no BSP service is installed\n");
        } else {
            Table t = new Table("NAME", "BUNDLE", "RANKING", "ACTIVE");
            for (BspControl.BspInfo b : all) {
                t.row(b.name(), b.bundle() < 0 ? "-" : b.bundle(), b.ranking(), b.active() ? "*" : "");
            }
            out.append(t);
            if (out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
        BspControl.SwapReport last = control.lastSwap();
        if (last == null) {
            out.append("no swap since boot");
        } else {
            out.append(describe(last));
            // wall time, so on a line of its own: the swap line above stays the same from run to run
            BspControl.SwapPauses p = control.swapPauses();
            if (p.swaps() > 0) {
                out.append(String.format("%nswap pauses: %d swaps, min %.3f ms, median %.3f ms, max %.3f ms, last %.3f ms",
                        p.swaps(), p.minNanos() / 1e6, p.medianNanos() / 1e6, p.maxNanos() / 1e6,
                        last.pauseNanos() / 1e6));
            }
        }
        return out.toString();
    }

    @Descriptor("swap the booted system to another BSP at the next instruction boundary, while it runs")
    public String bsp(@Descriptor("the BSP's name, e.g. x86-qemu or x86-qemu-vmm") String name) {
        return describe(control.swapBsp(name));
    }

    static String describe(BspControl.SwapReport r) {
        StringBuilder s = new StringBuilder(String.format("last swap: %s -> %s at %.3f ms (%s), dropped %s",
                r.from(), r.to(), r.virtualNanos() / 1e6, r.reason(),
                r.dropped().isEmpty() ? "nothing" : r.dropped().size() + ":"));
        for (String d : r.dropped()) {
            s.append("\n  ").append(d);
        }
        return s.toString();
    }
}
