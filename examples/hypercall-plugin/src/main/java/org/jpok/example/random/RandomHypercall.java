package org.jpok.example.random;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jpok.api.hypercall.Hypercall;
import org.jpok.api.hypercall.HypercallContext;
import org.jpok.api.hypercall.HypercallHandler;
import org.jpok.api.kernel.Errno;
import org.osgi.service.component.annotations.Component;

/**
 * Two hypercalls served by one handler:
 * <ul>
 * <li>{@value #SEED} RANDOM_SEED: a1 = seed. Restarts the calling partition's sequence.</li>
 * <li>{@value #NEXT} RANDOM_NEXT: a1 = partition-relative {@code uint32_t*} that receives the next number.</li>
 * </ul>
 * Each partition has its own generator (SplitMix64), so partitions cannot observe or disturb each other's
 * sequence, and a run is reproducible: an unseeded partition starts from its index.
 */
@Component(service = HypercallHandler.class)
@Hypercall(id = {RandomHypercall.SEED, RandomHypercall.NEXT}, name = "random")
public final class RandomHypercall implements HypercallHandler {

    public static final int SEED = 64;
    public static final int NEXT = 65;

    /** Generator state per partition index. */
    private final Map<Integer, Long> state = new ConcurrentHashMap<>();

    @Override
    public Errno handle(HypercallContext ctx) {
        switch (ctx.id()) {
            case SEED:
                state.put(ctx.partition(), Integer.toUnsignedLong(ctx.arg(1)));
                return Errno.OK;
            case NEXT:
                int out = ctx.arg(1);
                // check before advancing: a bad pointer must not consume a number
                if (!ctx.memory().fits(out, 4)) {
                    return Errno.EINVAL;
                }
                long s = state.getOrDefault(ctx.partition(), (long) ctx.partition()) + 0x9E3779B97F4A7C15L;
                state.put(ctx.partition(), s);
                ctx.memory().writeInt(out, (int) (mix(s) >>> 32));
                return Errno.OK;
            default:
                // only reachable if someone registers this service for other ids
                return Errno.UNAVAILABLE;
        }
    }

    /** SplitMix64's output function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
