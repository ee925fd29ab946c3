package org.hotsched.libbpf;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Routes libbpf's messages (warnings, verifier logs, debug chatter) to a {@link System.Logger}:
 * {@code LIBBPF_WARN} to WARNING, {@code LIBBPF_INFO} to INFO, {@code LIBBPF_DEBUG} to DEBUG. A message is
 * formatted only when the logger takes its level.
 *
 * <p>libbpf passes each message as a printf format and a {@code va_list}; it is formatted by libc's
 * {@code vsnprintf}, which takes that {@code va_list} as it came (on x86-64 a {@code va_list} parameter is a
 * pointer). Messages longer than the reused buffer, such as verifier logs, are formatted again into a buffer
 * of their size from a copy of the {@code va_list} taken first (on x86-64 {@code va_copy} is a 24-byte copy);
 * on other architectures they are cut at the buffer's size.
 */
public final class LibbpfLog {

    private static final int BUFFER_BYTES = 4096;
    private static final long VA_LIST_BYTES = 24;
    private static final boolean CAN_COPY_VA_LIST = "amd64".equals(System.getProperty("os.arch"));

    private static volatile System.Logger target;
    private static MemorySegment stub;
    private static MemorySegment buffer;
    private static MemorySegment vaCopy;

    private LibbpfLog() {
    }

    /** Sends libbpf's messages to the logger named {@code org.hotsched.libbpf}. */
    public static void install() {
        install(System.getLogger("org.hotsched.libbpf"));
    }

    /**
     * Sends libbpf's messages to {@code logger}, replacing the logger of an earlier call. libbpf's print
     * callback is process-wide, so its upcall stub lives in the global arena and is made once.
     */
    public static synchronized void install(System.Logger logger) {
        target = Objects.requireNonNull(logger, "logger");
        if (stub == null) {
            buffer = Arena.global().allocate(BUFFER_BYTES);
            vaCopy = Arena.global().allocate(VA_LIST_BYTES, 8);
            stub = libbpf_print_fn_t.allocate(LibbpfLog::print, Arena.global());
            Libbpf.libbpf_set_print(stub);
        }
    }

    static System.Logger.Level level(int libbpfLevel) {
        if (libbpfLevel == Libbpf.LIBBPF_WARN()) {
            return System.Logger.Level.WARNING;
        }
        return libbpfLevel == Libbpf.LIBBPF_INFO() ? System.Logger.Level.INFO : System.Logger.Level.DEBUG;
    }

    private static int print(int libbpfLevel, MemorySegment format, MemorySegment args) {
        try {
            System.Logger logger = target;
            System.Logger.Level level = level(libbpfLevel);
            if (logger != null && logger.isLoggable(level)) {
                logger.log(level, format(format, args));
            }
        } catch (Throwable t) {
            // An exception leaving an upcall terminates the JVM: losing one log line is the lesser harm.
        }
        return 0;
    }

    private static synchronized String format(MemorySegment format, MemorySegment args) {
        if (CAN_COPY_VA_LIST) {
            MemorySegment.copy(args.reinterpret(VA_LIST_BYTES), 0, vaCopy, 0, VA_LIST_BYTES);
        }
        int length = Libbpf.vsnprintf(buffer, BUFFER_BYTES, format, args);
        if (length < 0) {
            return "libbpf message not formattable: " + format.reinterpret(Integer.MAX_VALUE).getString(0).strip();
        }
        if (length < BUFFER_BYTES) {
            return buffer.getString(0).stripTrailing();
        }
        if (!CAN_COPY_VA_LIST) {
            return buffer.getString(0).stripTrailing() + " [cut at " + BUFFER_BYTES + " of " + length + " bytes]";
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment whole = arena.allocate(length + 1L);
            Libbpf.vsnprintf(whole, length + 1L, format, vaCopy);
            return whole.getString(0).stripTrailing();
        }
    }
}
