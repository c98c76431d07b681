package org.jpok.kernel.syscall;

/** POK's syscall numbers ({@code libpok/include/core/syscall.h}); the values never change. */
public enum SyscallId {
    CONSWRITE(10),
    GETCHAR(11),
    GETTICK(20),
    THREAD_CREATE(50),
    THREAD_SLEEP_UNTIL(51),
    THREAD_SLEEP(52),
    THREAD_SUSPEND(53),
    THREAD_RESTART(54),
    THREAD_STOP(55),
    THREAD_PERIOD(56),
    THREAD_STOPSELF(57),
    THREAD_ID(58),
    THREAD_STATUS(59),
    THREAD_SET_PRIORITY(60),
    THREAD_RESUME(61),
    THREAD_SUSPEND_TARGET(62),
    THREAD_DEADLINE(63),
    THREAD_STATE(64),
    THREAD_DELAYED_START(65),
    MIDDLEWARE_SAMPLING_ID(101),
    MIDDLEWARE_SAMPLING_READ(102),
    MIDDLEWARE_SAMPLING_STATUS(103),
    MIDDLEWARE_SAMPLING_WRITE(104),
    MIDDLEWARE_SAMPLING_CREATE(105),
    MIDDLEWARE_QUEUEING_CREATE(110),
    MIDDLEWARE_QUEUEING_SEND(111),
    MIDDLEWARE_QUEUEING_RECEIVE(112),
    MIDDLEWARE_QUEUEING_ID(113),
    MIDDLEWARE_QUEUEING_STATUS(114),
    MIDDLEWARE_NODE_MAC_ADDR(120),
    MIDDLEWARE_VIRTUAL_CREATE(150),
    MIDDLEWARE_VIRTUAL_NB_DESTINATIONS(151),
    MIDDLEWARE_VIRTUAL_DESTINATION(152),
    MIDDLEWARE_VIRTUAL_GET_GLOBAL(153),
    MIDDLEWARE_VIRTUAL_NODE(154),
    LOCKOBJ_CREATE(201),
    LOCKOBJ_OPERATION(202),
    ERROR_HANDLER_CREATE(301),
    ERROR_RAISE_APPLICATION_ERROR(303),
    ERROR_GET(304),
    PARTITION_SET_MODE(404),
    PARTITION_GET_ID(405),
    PARTITION_GET_PERIOD(406),
    PARTITION_GET_DURATION(407),
    PARTITION_GET_LOCK_LEVEL(408),
    PARTITION_GET_OPERATING_MODE(409),
    PARTITION_GET_START_CONDITION(410),
    INB(501),
    OUTB(502),
    PCI_REGISTER(601),
    RTL8029_READ(701),
    RTL8029_POLL_AND_READ(702),
    RTL8029_WRITE(703),
    RTL8029_POLL(704),
    RTL8029_CLEAR(705),
    RTL8029_INIT(706),
    SHUTDOWN(707);

    /** The interrupt vector that carries syscalls ({@code int $42}); not a syscall itself. */
    public static final int VECTOR = 42;

    private static final SyscallId[] BY_ID = new SyscallId[SHUTDOWN.id + 1];

    static {
        for (SyscallId s : values()) {
            BY_ID[s.id] = s;
        }
    }

    private final int id;

    SyscallId(int id) {
        this.id = id;
    }

    /** The number the guest puts in EAX. */
    public int id() {
        return id;
    }

    /** The syscall with this number, or null for an id POK does not define. */
    public static SyscallId of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
