package org.jpok.api.kernel;

/** POK's {@code pok_ret_t} values, identical to POK's kernel and libpok {@code errno.h}. */
public enum Errno {
    OK(0),
    EINVAL(1),
    UNAVAILABLE(2),
    PARAM(3),
    TOOMANY(5),
    EPERM(6),
    EXISTS(7),
    ERANGE(8),
    EDOM(9),
    HUGE_VAL(10),
    EFAULT(11),
    THREAD(49),
    THREADATTR(50),
    TIME(100),
    PARTITION_ATTR(200),
    TIMEOUT(250),
    MODE(251),
    PORT(301),
    NOTFOUND(302),
    DIRECTION(303),
    SIZE(304),
    DISCIPLINE(305),
    PORTPART(307),
    EMPTY(308),
    KIND(309),
    READY(310),
    FULL(311),
    PARTITION(401),
    LOCKOBJ_UNAVAILABLE(500),
    LOCKOBJ_NOTREADY(501),
    LOCKOBJ_KIND(502),
    LOCKOBJ_POLICY(503),
    PARTITION_MODE(601);

    private final int code;

    Errno(int code) {
        this.code = code;
    }

    /** The value returned to the guest in EAX. */
    public int code() {
        return code;
    }

    /** The errno with this value, or null if POK has none. */
    public static Errno ofCode(int code) {
        for (Errno e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return null;
    }
}
