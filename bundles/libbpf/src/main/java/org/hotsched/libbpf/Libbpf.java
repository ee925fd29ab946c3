// Generated-shape source: what `jextract @bpf/jextract/libbpf.args` emits (jextract 22). Regenerate, don't edit.

package org.hotsched.libbpf;

import java.lang.invoke.*;
import java.lang.foreign.*;
import java.nio.ByteOrder;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

public class Libbpf {

    Libbpf() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();
    static final boolean TRACE_DOWNCALLS = Boolean.getBoolean("jextract.trace.downcalls");

    static void traceDowncall(String name, Object... args) {
         String traceArgs = Arrays.stream(args)
                       .map(Object::toString)
                       .collect(Collectors.joining(", "));
         System.out.printf("%s(%s)\n", name, traceArgs);
    }

    static MemorySegment findOrThrow(String symbol) {
        return SYMBOL_LOOKUP.find(symbol)
            .orElseThrow(() -> new UnsatisfiedLinkError("unresolved symbol: " + symbol));
    }

    static MethodHandle upcallHandle(Class<?> fi, String name, FunctionDescriptor fdesc) {
        try {
            return MethodHandles.lookup().findVirtual(fi, name, fdesc.toMethodType());
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    static MemoryLayout align(MemoryLayout layout, long align) {
        return switch (layout) {
            case PaddingLayout p -> p;
            case ValueLayout v -> v.withByteAlignment(align);
            case GroupLayout g -> {
                MemoryLayout[] alignedMembers = g.memberLayouts().stream()
                        .map(m -> align(m, align)).toArray(MemoryLayout[]::new);
                yield g instanceof StructLayout ?
                        MemoryLayout.structLayout(alignedMembers) : MemoryLayout.unionLayout(alignedMembers);
            }
            case SequenceLayout s -> MemoryLayout.sequenceLayout(s.elementCount(), align(s.elementLayout(), align));
        };
    }

    static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.libraryLookup("libbpf.so.1", LIBRARY_ARENA)
            .or(SymbolLookup.loaderLookup())
            .or(Linker.nativeLinker().defaultLookup());

    public static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    public static final ValueLayout.OfFloat C_FLOAT = ValueLayout.JAVA_FLOAT;
    public static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, JAVA_BYTE));
    public static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;
    private static final int E2BIG = (int)7L;
    /**
     * {@snippet lang=c :
     * #define E2BIG 7
     * }
     */
    public static int E2BIG() {
        return E2BIG;
    }
    private static final int EBUSY = (int)16L;
    /**
     * {@snippet lang=c :
     * #define EBUSY 16
     * }
     */
    public static int EBUSY() {
        return EBUSY;
    }
    private static final int EINTR = (int)4L;
    /**
     * {@snippet lang=c :
     * #define EINTR 4
     * }
     */
    public static int EINTR() {
        return EINTR;
    }
    private static final int ENOENT = (int)2L;
    /**
     * {@snippet lang=c :
     * #define ENOENT 2
     * }
     */
    public static int ENOENT() {
        return ENOENT;
    }
    private static final int ENOSPC = (int)28L;
    /**
     * {@snippet lang=c :
     * #define ENOSPC 28
     * }
     */
    public static int ENOSPC() {
        return ENOSPC;
    }
    private static final int _SC_PAGESIZE = (int)30L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>._SC_PAGESIZE = 30
     * }
     */
    public static int _SC_PAGESIZE() {
        return _SC_PAGESIZE;
    }
    private static final int BPF_RINGBUF_BUSY_BIT = (int)2147483648L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.BPF_RINGBUF_BUSY_BIT = -2147483648
     * }
     */
    public static int BPF_RINGBUF_BUSY_BIT() {
        return BPF_RINGBUF_BUSY_BIT;
    }
    private static final int BPF_RINGBUF_DISCARD_BIT = (int)1073741824L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.BPF_RINGBUF_DISCARD_BIT = 1073741824
     * }
     */
    public static int BPF_RINGBUF_DISCARD_BIT() {
        return BPF_RINGBUF_DISCARD_BIT;
    }
    private static final int BPF_RINGBUF_HDR_SZ = (int)8L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.BPF_RINGBUF_HDR_SZ = 8
     * }
     */
    public static int BPF_RINGBUF_HDR_SZ() {
        return BPF_RINGBUF_HDR_SZ;
    }
    private static final int PROT_READ = (int)1L;
    /**
     * {@snippet lang=c :
     * #define PROT_READ 1
     * }
     */
    public static int PROT_READ() {
        return PROT_READ;
    }
    private static final int PROT_WRITE = (int)2L;
    /**
     * {@snippet lang=c :
     * #define PROT_WRITE 2
     * }
     */
    public static int PROT_WRITE() {
        return PROT_WRITE;
    }
    private static final int MAP_SHARED = (int)1L;
    /**
     * {@snippet lang=c :
     * #define MAP_SHARED 1
     * }
     */
    public static int MAP_SHARED() {
        return MAP_SHARED;
    }
    private static final int LIBBPF_WARN = (int)0L;
    /**
     * {@snippet lang=c :
     * enum libbpf_print_level.LIBBPF_WARN = 0
     * }
     */
    public static int LIBBPF_WARN() {
        return LIBBPF_WARN;
    }
    private static final int LIBBPF_INFO = (int)1L;
    /**
     * {@snippet lang=c :
     * enum libbpf_print_level.LIBBPF_INFO = 1
     * }
     */
    public static int LIBBPF_INFO() {
        return LIBBPF_INFO;
    }
    private static final int LIBBPF_DEBUG = (int)2L;
    /**
     * {@snippet lang=c :
     * enum libbpf_print_level.LIBBPF_DEBUG = 2
     * }
     */
    public static int LIBBPF_DEBUG() {
        return LIBBPF_DEBUG;
    }
    private static final int BPF_F_SLEEPABLE = (int)16L;
    /**
     * {@snippet lang=c :
     * #define BPF_F_SLEEPABLE 16
     * }
     */
    public static int BPF_F_SLEEPABLE() {
        return BPF_F_SLEEPABLE;
    }
    private static final int HOTSCHED_BPF_F_LINK = (int)8192L;
    /**
     * {@snippet lang=c :
     * enum hotsched_uapi_compat.HOTSCHED_BPF_F_LINK = 8192
     * }
     */
    public static int HOTSCHED_BPF_F_LINK() {
        return HOTSCHED_BPF_F_LINK;
    }
    private static final int HOTSCHED_BPF_STRUCT_OPS = (int)44L;
    /**
     * {@snippet lang=c :
     * enum hotsched_uapi_compat.HOTSCHED_BPF_STRUCT_OPS = 44
     * }
     */
    public static int HOTSCHED_BPF_STRUCT_OPS() {
        return HOTSCHED_BPF_STRUCT_OPS;
    }
    private static final int HOTSCHED_MAX_CPUS = (int)1024L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_MAX_CPUS = 1024
     * }
     */
    public static int HOTSCHED_MAX_CPUS() {
        return HOTSCHED_MAX_CPUS;
    }
    private static final int HOTSCHED_MASK_WORDS = (int)16L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_MASK_WORDS = 16
     * }
     */
    public static int HOTSCHED_MASK_WORDS() {
        return HOTSCHED_MASK_WORDS;
    }
    private static final int HOTSCHED_COMM_LEN = (int)16L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_COMM_LEN = 16
     * }
     */
    public static int HOTSCHED_COMM_LEN() {
        return HOTSCHED_COMM_LEN;
    }
    private static final int HOTSCHED_EXIT_REASON_LEN = (int)128L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_EXIT_REASON_LEN = 128
     * }
     */
    public static int HOTSCHED_EXIT_REASON_LEN() {
        return HOTSCHED_EXIT_REASON_LEN;
    }
    private static final int HOTSCHED_EXIT_MSG_LEN = (int)1024L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_EXIT_MSG_LEN = 1024
     * }
     */
    public static int HOTSCHED_EXIT_MSG_LEN() {
        return HOTSCHED_EXIT_MSG_LEN;
    }
    private static final int HOTSCHED_QUEUED_RING_BYTES = (int)1048576L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_QUEUED_RING_BYTES = 1048576
     * }
     */
    public static int HOTSCHED_QUEUED_RING_BYTES() {
        return HOTSCHED_QUEUED_RING_BYTES;
    }
    private static final int HOTSCHED_DISPATCHED_RING_BYTES = (int)262144L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_DISPATCHED_RING_BYTES = 262144
     * }
     */
    public static int HOTSCHED_DISPATCHED_RING_BYTES() {
        return HOTSCHED_DISPATCHED_RING_BYTES;
    }
    private static final int HOTSCHED_WAKEUP_RING_BYTES = (int)4096L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_WAKEUP_RING_BYTES = 4096
     * }
     */
    public static int HOTSCHED_WAKEUP_RING_BYTES() {
        return HOTSCHED_WAKEUP_RING_BYTES;
    }
    private static final int HOTSCHED_MIN_SLICE_NS = (int)10000L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_MIN_SLICE_NS = 10000
     * }
     */
    public static int HOTSCHED_MIN_SLICE_NS() {
        return HOTSCHED_MIN_SLICE_NS;
    }
    private static final int HOTSCHED_MAX_SLICE_NS = (int)1000000000L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_MAX_SLICE_NS = 1000000000
     * }
     */
    public static int HOTSCHED_MAX_SLICE_NS() {
        return HOTSCHED_MAX_SLICE_NS;
    }
    private static final int HOTSCHED_HELD_BUDGET_NS = (int)1000000000L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_HELD_BUDGET_NS = 1000000000
     * }
     */
    public static int HOTSCHED_HELD_BUDGET_NS() {
        return HOTSCHED_HELD_BUDGET_NS;
    }
    private static final int HOTSCHED_STARVED_BUCKETS = (int)96L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_STARVED_BUCKETS = 96
     * }
     */
    public static int HOTSCHED_STARVED_BUCKETS() {
        return HOTSCHED_STARVED_BUCKETS;
    }
    private static final int HOTSCHED_STARVED_MIN_SHIFT = (int)10L;
    /**
     * {@snippet lang=c :
     * enum hotsched_limits.HOTSCHED_STARVED_MIN_SHIFT = 10
     * }
     */
    public static int HOTSCHED_STARVED_MIN_SHIFT() {
        return HOTSCHED_STARVED_MIN_SHIFT;
    }
    private static final int HOTSCHED_WAKEUP_CPU_WANTS_WORK = (int)1L;
    /**
     * {@snippet lang=c :
     * enum hotsched_wakeup.HOTSCHED_WAKEUP_CPU_WANTS_WORK = 1
     * }
     */
    public static int HOTSCHED_WAKEUP_CPU_WANTS_WORK() {
        return HOTSCHED_WAKEUP_CPU_WANTS_WORK;
    }
    private static final int HOTSCHED_WAKEUP_ASKED = (int)2L;
    /**
     * {@snippet lang=c :
     * enum hotsched_wakeup.HOTSCHED_WAKEUP_ASKED = 2
     * }
     */
    public static int HOTSCHED_WAKEUP_ASKED() {
        return HOTSCHED_WAKEUP_ASKED;
    }
    private static final int HOTSCHED_WAKEUP_EXIT = (int)3L;
    /**
     * {@snippet lang=c :
     * enum hotsched_wakeup.HOTSCHED_WAKEUP_EXIT = 3
     * }
     */
    public static int HOTSCHED_WAKEUP_EXIT() {
        return HOTSCHED_WAKEUP_EXIT;
    }
    private static final int HOTSCHED_CPU_ANY = (int)-1L;
    /**
     * {@snippet lang=c :
     * #define HOTSCHED_CPU_ANY -1
     * }
     */
    public static int HOTSCHED_CPU_ANY() {
        return HOTSCHED_CPU_ANY;
    }
    private static final int HOTSCHED_TASK_KTHREAD = (int)1L;
    /**
     * {@snippet lang=c :
     * enum hotsched_task_flags.HOTSCHED_TASK_KTHREAD = 1
     * }
     */
    public static int HOTSCHED_TASK_KTHREAD() {
        return HOTSCHED_TASK_KTHREAD;
    }
    private static final int HOTSCHED_DISPATCH_PREEMPT = (int)1L;
    /**
     * {@snippet lang=c :
     * enum hotsched_dispatch_flags.HOTSCHED_DISPATCH_PREEMPT = 1
     * }
     */
    public static int HOTSCHED_DISPATCH_PREEMPT() {
        return HOTSCHED_DISPATCH_PREEMPT;
    }

    private static class bpf_object__open_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_object__open_file");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts)
     * }
     */
    public static FunctionDescriptor bpf_object__open_file$descriptor() {
        return bpf_object__open_file.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts)
     * }
     */
    public static MethodHandle bpf_object__open_file$handle() {
        return bpf_object__open_file.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts)
     * }
     */
    public static MemorySegment bpf_object__open_file$address() {
        return bpf_object__open_file.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_file(const char *path, const struct bpf_object_open_opts *opts)
     * }
     */
    public static MemorySegment bpf_object__open_file(MemorySegment path, MemorySegment opts) {
        var mh$ = bpf_object__open_file.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_object__open_file", path, opts);
            }
            return (MemorySegment)mh$.invokeExact(path, opts);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_object__open_mem {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_LONG,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_object__open_mem");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const struct bpf_object_open_opts *opts)
     * }
     */
    public static FunctionDescriptor bpf_object__open_mem$descriptor() {
        return bpf_object__open_mem.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const struct bpf_object_open_opts *opts)
     * }
     */
    public static MethodHandle bpf_object__open_mem$handle() {
        return bpf_object__open_mem.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const struct bpf_object_open_opts *opts)
     * }
     */
    public static MemorySegment bpf_object__open_mem$address() {
        return bpf_object__open_mem.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz, const struct bpf_object_open_opts *opts)
     * }
     */
    public static MemorySegment bpf_object__open_mem(MemorySegment obj_buf, long obj_buf_sz, MemorySegment opts) {
        var mh$ = bpf_object__open_mem.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_object__open_mem", obj_buf, obj_buf_sz, opts);
            }
            return (MemorySegment)mh$.invokeExact(obj_buf, obj_buf_sz, opts);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_object__load {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_object__load");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_object__load(struct bpf_object *obj)
     * }
     */
    public static FunctionDescriptor bpf_object__load$descriptor() {
        return bpf_object__load.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_object__load(struct bpf_object *obj)
     * }
     */
    public static MethodHandle bpf_object__load$handle() {
        return bpf_object__load.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_object__load(struct bpf_object *obj)
     * }
     */
    public static MemorySegment bpf_object__load$address() {
        return bpf_object__load.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_object__load(struct bpf_object *obj)
     * }
     */
    public static int bpf_object__load(MemorySegment obj) {
        var mh$ = bpf_object__load.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_object__load", obj);
            }
            return (int)mh$.invokeExact(obj);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_object__close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_object__close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void bpf_object__close(struct bpf_object *object)
     * }
     */
    public static FunctionDescriptor bpf_object__close$descriptor() {
        return bpf_object__close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void bpf_object__close(struct bpf_object *object)
     * }
     */
    public static MethodHandle bpf_object__close$handle() {
        return bpf_object__close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void bpf_object__close(struct bpf_object *object)
     * }
     */
    public static MemorySegment bpf_object__close$address() {
        return bpf_object__close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void bpf_object__close(struct bpf_object *object)
     * }
     */
    public static void bpf_object__close(MemorySegment object) {
        var mh$ = bpf_object__close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_object__close", object);
            }
            mh$.invokeExact(object);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_object__find_map_by_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_object__find_map_by_name");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct bpf_map *bpf_object__find_map_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static FunctionDescriptor bpf_object__find_map_by_name$descriptor() {
        return bpf_object__find_map_by_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct bpf_map *bpf_object__find_map_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static MethodHandle bpf_object__find_map_by_name$handle() {
        return bpf_object__find_map_by_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct bpf_map *bpf_object__find_map_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static MemorySegment bpf_object__find_map_by_name$address() {
        return bpf_object__find_map_by_name.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct bpf_map *bpf_object__find_map_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static MemorySegment bpf_object__find_map_by_name(MemorySegment obj, MemorySegment name) {
        var mh$ = bpf_object__find_map_by_name.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_object__find_map_by_name", obj, name);
            }
            return (MemorySegment)mh$.invokeExact(obj, name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_object__find_program_by_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_object__find_program_by_name");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct bpf_program *bpf_object__find_program_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static FunctionDescriptor bpf_object__find_program_by_name$descriptor() {
        return bpf_object__find_program_by_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct bpf_program *bpf_object__find_program_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static MethodHandle bpf_object__find_program_by_name$handle() {
        return bpf_object__find_program_by_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct bpf_program *bpf_object__find_program_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static MemorySegment bpf_object__find_program_by_name$address() {
        return bpf_object__find_program_by_name.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct bpf_program *bpf_object__find_program_by_name(const struct bpf_object *obj, const char *name)
     * }
     */
    public static MemorySegment bpf_object__find_program_by_name(MemorySegment obj, MemorySegment name) {
        var mh$ = bpf_object__find_program_by_name.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_object__find_program_by_name", obj, name);
            }
            return (MemorySegment)mh$.invokeExact(obj, name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_map__fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_map__fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_map__fd(const struct bpf_map *map)
     * }
     */
    public static FunctionDescriptor bpf_map__fd$descriptor() {
        return bpf_map__fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_map__fd(const struct bpf_map *map)
     * }
     */
    public static MethodHandle bpf_map__fd$handle() {
        return bpf_map__fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_map__fd(const struct bpf_map *map)
     * }
     */
    public static MemorySegment bpf_map__fd$address() {
        return bpf_map__fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_map__fd(const struct bpf_map *map)
     * }
     */
    public static int bpf_map__fd(MemorySegment map) {
        var mh$ = bpf_map__fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_map__fd", map);
            }
            return (int)mh$.invokeExact(map);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_map__set_map_flags {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_map__set_map_flags");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_map__set_map_flags(struct bpf_map *map, __u32 flags)
     * }
     */
    public static FunctionDescriptor bpf_map__set_map_flags$descriptor() {
        return bpf_map__set_map_flags.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_map__set_map_flags(struct bpf_map *map, __u32 flags)
     * }
     */
    public static MethodHandle bpf_map__set_map_flags$handle() {
        return bpf_map__set_map_flags.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_map__set_map_flags(struct bpf_map *map, __u32 flags)
     * }
     */
    public static MemorySegment bpf_map__set_map_flags$address() {
        return bpf_map__set_map_flags.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_map__set_map_flags(struct bpf_map *map, __u32 flags)
     * }
     */
    public static int bpf_map__set_map_flags(MemorySegment map, int flags) {
        var mh$ = bpf_map__set_map_flags.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_map__set_map_flags", map, flags);
            }
            return (int)mh$.invokeExact(map, flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_map__initial_value {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_map__initial_value");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const void *bpf_map__initial_value(struct bpf_map *map, size_t *psize)
     * }
     */
    public static FunctionDescriptor bpf_map__initial_value$descriptor() {
        return bpf_map__initial_value.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const void *bpf_map__initial_value(struct bpf_map *map, size_t *psize)
     * }
     */
    public static MethodHandle bpf_map__initial_value$handle() {
        return bpf_map__initial_value.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const void *bpf_map__initial_value(struct bpf_map *map, size_t *psize)
     * }
     */
    public static MemorySegment bpf_map__initial_value$address() {
        return bpf_map__initial_value.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const void *bpf_map__initial_value(struct bpf_map *map, size_t *psize)
     * }
     */
    public static MemorySegment bpf_map__initial_value(MemorySegment map, MemorySegment psize) {
        var mh$ = bpf_map__initial_value.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_map__initial_value", map, psize);
            }
            return (MemorySegment)mh$.invokeExact(map, psize);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_map__set_initial_value {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_LONG
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_map__set_initial_value");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_map__set_initial_value(struct bpf_map *map, const void *data, size_t size)
     * }
     */
    public static FunctionDescriptor bpf_map__set_initial_value$descriptor() {
        return bpf_map__set_initial_value.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_map__set_initial_value(struct bpf_map *map, const void *data, size_t size)
     * }
     */
    public static MethodHandle bpf_map__set_initial_value$handle() {
        return bpf_map__set_initial_value.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_map__set_initial_value(struct bpf_map *map, const void *data, size_t size)
     * }
     */
    public static MemorySegment bpf_map__set_initial_value$address() {
        return bpf_map__set_initial_value.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_map__set_initial_value(struct bpf_map *map, const void *data, size_t size)
     * }
     */
    public static int bpf_map__set_initial_value(MemorySegment map, MemorySegment data, long size) {
        var mh$ = bpf_map__set_initial_value.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_map__set_initial_value", map, data, size);
            }
            return (int)mh$.invokeExact(map, data, size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_program__set_flags {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_program__set_flags");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_program__set_flags(struct bpf_program *prog, __u32 flags)
     * }
     */
    public static FunctionDescriptor bpf_program__set_flags$descriptor() {
        return bpf_program__set_flags.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_program__set_flags(struct bpf_program *prog, __u32 flags)
     * }
     */
    public static MethodHandle bpf_program__set_flags$handle() {
        return bpf_program__set_flags.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_program__set_flags(struct bpf_program *prog, __u32 flags)
     * }
     */
    public static MemorySegment bpf_program__set_flags$address() {
        return bpf_program__set_flags.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_program__set_flags(struct bpf_program *prog, __u32 flags)
     * }
     */
    public static int bpf_program__set_flags(MemorySegment prog, int flags) {
        var mh$ = bpf_program__set_flags.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_program__set_flags", prog, flags);
            }
            return (int)mh$.invokeExact(prog, flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_program__fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_program__fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_program__fd(const struct bpf_program *prog)
     * }
     */
    public static FunctionDescriptor bpf_program__fd$descriptor() {
        return bpf_program__fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_program__fd(const struct bpf_program *prog)
     * }
     */
    public static MethodHandle bpf_program__fd$handle() {
        return bpf_program__fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_program__fd(const struct bpf_program *prog)
     * }
     */
    public static MemorySegment bpf_program__fd$address() {
        return bpf_program__fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_program__fd(const struct bpf_program *prog)
     * }
     */
    public static int bpf_program__fd(MemorySegment prog) {
        var mh$ = bpf_program__fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_program__fd", prog);
            }
            return (int)mh$.invokeExact(prog);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_map__attach_struct_ops {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_map__attach_struct_ops");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct bpf_link *bpf_map__attach_struct_ops(const struct bpf_map *map)
     * }
     */
    public static FunctionDescriptor bpf_map__attach_struct_ops$descriptor() {
        return bpf_map__attach_struct_ops.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct bpf_link *bpf_map__attach_struct_ops(const struct bpf_map *map)
     * }
     */
    public static MethodHandle bpf_map__attach_struct_ops$handle() {
        return bpf_map__attach_struct_ops.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct bpf_link *bpf_map__attach_struct_ops(const struct bpf_map *map)
     * }
     */
    public static MemorySegment bpf_map__attach_struct_ops$address() {
        return bpf_map__attach_struct_ops.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct bpf_link *bpf_map__attach_struct_ops(const struct bpf_map *map)
     * }
     */
    public static MemorySegment bpf_map__attach_struct_ops(MemorySegment map) {
        var mh$ = bpf_map__attach_struct_ops.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_map__attach_struct_ops", map);
            }
            return (MemorySegment)mh$.invokeExact(map);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_link_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_INT,
            Libbpf.C_INT,
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_link_create");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_link_create(int prog_fd, int target_fd, enum bpf_attach_type attach_type, const struct bpf_link_create_opts *opts)
     * }
     */
    public static FunctionDescriptor bpf_link_create$descriptor() {
        return bpf_link_create.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_link_create(int prog_fd, int target_fd, enum bpf_attach_type attach_type, const struct bpf_link_create_opts *opts)
     * }
     */
    public static MethodHandle bpf_link_create$handle() {
        return bpf_link_create.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_link_create(int prog_fd, int target_fd, enum bpf_attach_type attach_type, const struct bpf_link_create_opts *opts)
     * }
     */
    public static MemorySegment bpf_link_create$address() {
        return bpf_link_create.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_link_create(int prog_fd, int target_fd, enum bpf_attach_type attach_type, const struct bpf_link_create_opts *opts)
     * }
     */
    public static int bpf_link_create(int prog_fd, int target_fd, int attach_type, MemorySegment opts) {
        var mh$ = bpf_link_create.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_link_create", prog_fd, target_fd, attach_type, opts);
            }
            return (int)mh$.invokeExact(prog_fd, target_fd, attach_type, opts);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_link__destroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_link__destroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_link__destroy(struct bpf_link *link)
     * }
     */
    public static FunctionDescriptor bpf_link__destroy$descriptor() {
        return bpf_link__destroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_link__destroy(struct bpf_link *link)
     * }
     */
    public static MethodHandle bpf_link__destroy$handle() {
        return bpf_link__destroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_link__destroy(struct bpf_link *link)
     * }
     */
    public static MemorySegment bpf_link__destroy$address() {
        return bpf_link__destroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_link__destroy(struct bpf_link *link)
     * }
     */
    public static int bpf_link__destroy(MemorySegment link) {
        var mh$ = bpf_link__destroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_link__destroy", link);
            }
            return (int)mh$.invokeExact(link);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_link__fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_link__fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_link__fd(const struct bpf_link *link)
     * }
     */
    public static FunctionDescriptor bpf_link__fd$descriptor() {
        return bpf_link__fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_link__fd(const struct bpf_link *link)
     * }
     */
    public static MethodHandle bpf_link__fd$handle() {
        return bpf_link__fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_link__fd(const struct bpf_link *link)
     * }
     */
    public static MemorySegment bpf_link__fd$address() {
        return bpf_link__fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_link__fd(const struct bpf_link *link)
     * }
     */
    public static int bpf_link__fd(MemorySegment link) {
        var mh$ = bpf_link__fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_link__fd", link);
            }
            return (int)mh$.invokeExact(link);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ring_buffer__new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("ring_buffer__new");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct ring_buffer *ring_buffer__new(int map_fd, ring_buffer_sample_fn sample_cb, void *ctx, const struct ring_buffer_opts *opts)
     * }
     */
    public static FunctionDescriptor ring_buffer__new$descriptor() {
        return ring_buffer__new.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct ring_buffer *ring_buffer__new(int map_fd, ring_buffer_sample_fn sample_cb, void *ctx, const struct ring_buffer_opts *opts)
     * }
     */
    public static MethodHandle ring_buffer__new$handle() {
        return ring_buffer__new.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct ring_buffer *ring_buffer__new(int map_fd, ring_buffer_sample_fn sample_cb, void *ctx, const struct ring_buffer_opts *opts)
     * }
     */
    public static MemorySegment ring_buffer__new$address() {
        return ring_buffer__new.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct ring_buffer *ring_buffer__new(int map_fd, ring_buffer_sample_fn sample_cb, void *ctx, const struct ring_buffer_opts *opts)
     * }
     */
    public static MemorySegment ring_buffer__new(int map_fd, MemorySegment sample_cb, MemorySegment ctx, MemorySegment opts) {
        var mh$ = ring_buffer__new.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("ring_buffer__new", map_fd, sample_cb, ctx, opts);
            }
            return (MemorySegment)mh$.invokeExact(map_fd, sample_cb, ctx, opts);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ring_buffer__add {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("ring_buffer__add");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int ring_buffer__add(struct ring_buffer *rb, int map_fd, ring_buffer_sample_fn sample_cb, void *ctx)
     * }
     */
    public static FunctionDescriptor ring_buffer__add$descriptor() {
        return ring_buffer__add.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int ring_buffer__add(struct ring_buffer *rb, int map_fd, ring_buffer_sample_fn sample_cb, void *ctx)
     * }
     */
    public static MethodHandle ring_buffer__add$handle() {
        return ring_buffer__add.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int ring_buffer__add(struct ring_buffer *rb, int map_fd, ring_buffer_sample_fn sample_cb, void *ctx)
     * }
     */
    public static MemorySegment ring_buffer__add$address() {
        return ring_buffer__add.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int ring_buffer__add(struct ring_buffer *rb, int map_fd, ring_buffer_sample_fn sample_cb, void *ctx)
     * }
     */
    public static int ring_buffer__add(MemorySegment rb, int map_fd, MemorySegment sample_cb, MemorySegment ctx) {
        var mh$ = ring_buffer__add.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("ring_buffer__add", rb, map_fd, sample_cb, ctx);
            }
            return (int)mh$.invokeExact(rb, map_fd, sample_cb, ctx);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ring_buffer__poll {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("ring_buffer__poll");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int ring_buffer__poll(struct ring_buffer *rb, int timeout_ms)
     * }
     */
    public static FunctionDescriptor ring_buffer__poll$descriptor() {
        return ring_buffer__poll.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int ring_buffer__poll(struct ring_buffer *rb, int timeout_ms)
     * }
     */
    public static MethodHandle ring_buffer__poll$handle() {
        return ring_buffer__poll.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int ring_buffer__poll(struct ring_buffer *rb, int timeout_ms)
     * }
     */
    public static MemorySegment ring_buffer__poll$address() {
        return ring_buffer__poll.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int ring_buffer__poll(struct ring_buffer *rb, int timeout_ms)
     * }
     */
    public static int ring_buffer__poll(MemorySegment rb, int timeout_ms) {
        var mh$ = ring_buffer__poll.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("ring_buffer__poll", rb, timeout_ms);
            }
            return (int)mh$.invokeExact(rb, timeout_ms);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ring_buffer__consume {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("ring_buffer__consume");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int ring_buffer__consume(struct ring_buffer *rb)
     * }
     */
    public static FunctionDescriptor ring_buffer__consume$descriptor() {
        return ring_buffer__consume.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int ring_buffer__consume(struct ring_buffer *rb)
     * }
     */
    public static MethodHandle ring_buffer__consume$handle() {
        return ring_buffer__consume.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int ring_buffer__consume(struct ring_buffer *rb)
     * }
     */
    public static MemorySegment ring_buffer__consume$address() {
        return ring_buffer__consume.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int ring_buffer__consume(struct ring_buffer *rb)
     * }
     */
    public static int ring_buffer__consume(MemorySegment rb) {
        var mh$ = ring_buffer__consume.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("ring_buffer__consume", rb);
            }
            return (int)mh$.invokeExact(rb);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ring_buffer__free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("ring_buffer__free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void ring_buffer__free(struct ring_buffer *rb)
     * }
     */
    public static FunctionDescriptor ring_buffer__free$descriptor() {
        return ring_buffer__free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void ring_buffer__free(struct ring_buffer *rb)
     * }
     */
    public static MethodHandle ring_buffer__free$handle() {
        return ring_buffer__free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void ring_buffer__free(struct ring_buffer *rb)
     * }
     */
    public static MemorySegment ring_buffer__free$address() {
        return ring_buffer__free.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void ring_buffer__free(struct ring_buffer *rb)
     * }
     */
    public static void ring_buffer__free(MemorySegment rb) {
        var mh$ = ring_buffer__free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("ring_buffer__free", rb);
            }
            mh$.invokeExact(rb);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class user_ring_buffer__new {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("user_ring_buffer__new");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct user_ring_buffer *user_ring_buffer__new(int map_fd, const struct user_ring_buffer_opts *opts)
     * }
     */
    public static FunctionDescriptor user_ring_buffer__new$descriptor() {
        return user_ring_buffer__new.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct user_ring_buffer *user_ring_buffer__new(int map_fd, const struct user_ring_buffer_opts *opts)
     * }
     */
    public static MethodHandle user_ring_buffer__new$handle() {
        return user_ring_buffer__new.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct user_ring_buffer *user_ring_buffer__new(int map_fd, const struct user_ring_buffer_opts *opts)
     * }
     */
    public static MemorySegment user_ring_buffer__new$address() {
        return user_ring_buffer__new.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct user_ring_buffer *user_ring_buffer__new(int map_fd, const struct user_ring_buffer_opts *opts)
     * }
     */
    public static MemorySegment user_ring_buffer__new(int map_fd, MemorySegment opts) {
        var mh$ = user_ring_buffer__new.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("user_ring_buffer__new", map_fd, opts);
            }
            return (MemorySegment)mh$.invokeExact(map_fd, opts);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class user_ring_buffer__reserve {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("user_ring_buffer__reserve");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *user_ring_buffer__reserve(struct user_ring_buffer *rb, __u32 size)
     * }
     */
    public static FunctionDescriptor user_ring_buffer__reserve$descriptor() {
        return user_ring_buffer__reserve.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *user_ring_buffer__reserve(struct user_ring_buffer *rb, __u32 size)
     * }
     */
    public static MethodHandle user_ring_buffer__reserve$handle() {
        return user_ring_buffer__reserve.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *user_ring_buffer__reserve(struct user_ring_buffer *rb, __u32 size)
     * }
     */
    public static MemorySegment user_ring_buffer__reserve$address() {
        return user_ring_buffer__reserve.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *user_ring_buffer__reserve(struct user_ring_buffer *rb, __u32 size)
     * }
     */
    public static MemorySegment user_ring_buffer__reserve(MemorySegment rb, int size) {
        var mh$ = user_ring_buffer__reserve.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("user_ring_buffer__reserve", rb, size);
            }
            return (MemorySegment)mh$.invokeExact(rb, size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class user_ring_buffer__submit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("user_ring_buffer__submit");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void user_ring_buffer__submit(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static FunctionDescriptor user_ring_buffer__submit$descriptor() {
        return user_ring_buffer__submit.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void user_ring_buffer__submit(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static MethodHandle user_ring_buffer__submit$handle() {
        return user_ring_buffer__submit.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void user_ring_buffer__submit(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static MemorySegment user_ring_buffer__submit$address() {
        return user_ring_buffer__submit.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void user_ring_buffer__submit(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static void user_ring_buffer__submit(MemorySegment rb, MemorySegment sample) {
        var mh$ = user_ring_buffer__submit.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("user_ring_buffer__submit", rb, sample);
            }
            mh$.invokeExact(rb, sample);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class user_ring_buffer__discard {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("user_ring_buffer__discard");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void user_ring_buffer__discard(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static FunctionDescriptor user_ring_buffer__discard$descriptor() {
        return user_ring_buffer__discard.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void user_ring_buffer__discard(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static MethodHandle user_ring_buffer__discard$handle() {
        return user_ring_buffer__discard.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void user_ring_buffer__discard(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static MemorySegment user_ring_buffer__discard$address() {
        return user_ring_buffer__discard.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void user_ring_buffer__discard(struct user_ring_buffer *rb, void *sample)
     * }
     */
    public static void user_ring_buffer__discard(MemorySegment rb, MemorySegment sample) {
        var mh$ = user_ring_buffer__discard.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("user_ring_buffer__discard", rb, sample);
            }
            mh$.invokeExact(rb, sample);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class user_ring_buffer__free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("user_ring_buffer__free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void user_ring_buffer__free(struct user_ring_buffer *rb)
     * }
     */
    public static FunctionDescriptor user_ring_buffer__free$descriptor() {
        return user_ring_buffer__free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void user_ring_buffer__free(struct user_ring_buffer *rb)
     * }
     */
    public static MethodHandle user_ring_buffer__free$handle() {
        return user_ring_buffer__free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void user_ring_buffer__free(struct user_ring_buffer *rb)
     * }
     */
    public static MemorySegment user_ring_buffer__free$address() {
        return user_ring_buffer__free.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void user_ring_buffer__free(struct user_ring_buffer *rb)
     * }
     */
    public static void user_ring_buffer__free(MemorySegment rb) {
        var mh$ = user_ring_buffer__free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("user_ring_buffer__free", rb);
            }
            mh$.invokeExact(rb);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bpf_prog_test_run_opts {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_INT,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("bpf_prog_test_run_opts");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int bpf_prog_test_run_opts(int prog_fd, struct bpf_test_run_opts *opts)
     * }
     */
    public static FunctionDescriptor bpf_prog_test_run_opts$descriptor() {
        return bpf_prog_test_run_opts.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int bpf_prog_test_run_opts(int prog_fd, struct bpf_test_run_opts *opts)
     * }
     */
    public static MethodHandle bpf_prog_test_run_opts$handle() {
        return bpf_prog_test_run_opts.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int bpf_prog_test_run_opts(int prog_fd, struct bpf_test_run_opts *opts)
     * }
     */
    public static MemorySegment bpf_prog_test_run_opts$address() {
        return bpf_prog_test_run_opts.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int bpf_prog_test_run_opts(int prog_fd, struct bpf_test_run_opts *opts)
     * }
     */
    public static int bpf_prog_test_run_opts(int prog_fd, MemorySegment opts) {
        var mh$ = bpf_prog_test_run_opts.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bpf_prog_test_run_opts", prog_fd, opts);
            }
            return (int)mh$.invokeExact(prog_fd, opts);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libbpf_set_print {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("libbpf_set_print");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn)
     * }
     */
    public static FunctionDescriptor libbpf_set_print$descriptor() {
        return libbpf_set_print.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn)
     * }
     */
    public static MethodHandle libbpf_set_print$handle() {
        return libbpf_set_print.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn)
     * }
     */
    public static MemorySegment libbpf_set_print$address() {
        return libbpf_set_print.ADDR;
    }

    /**
     * {@snippet lang=c :
     * libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn)
     * }
     */
    public static MemorySegment libbpf_set_print(MemorySegment fn) {
        var mh$ = libbpf_set_print.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libbpf_set_print", fn);
            }
            return (MemorySegment)mh$.invokeExact(fn);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libbpf_major_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("libbpf_major_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * __u32 libbpf_major_version(void)
     * }
     */
    public static FunctionDescriptor libbpf_major_version$descriptor() {
        return libbpf_major_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * __u32 libbpf_major_version(void)
     * }
     */
    public static MethodHandle libbpf_major_version$handle() {
        return libbpf_major_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * __u32 libbpf_major_version(void)
     * }
     */
    public static MemorySegment libbpf_major_version$address() {
        return libbpf_major_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * __u32 libbpf_major_version(void)
     * }
     */
    public static int libbpf_major_version() {
        var mh$ = libbpf_major_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libbpf_major_version");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libbpf_minor_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("libbpf_minor_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * __u32 libbpf_minor_version(void)
     * }
     */
    public static FunctionDescriptor libbpf_minor_version$descriptor() {
        return libbpf_minor_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * __u32 libbpf_minor_version(void)
     * }
     */
    public static MethodHandle libbpf_minor_version$handle() {
        return libbpf_minor_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * __u32 libbpf_minor_version(void)
     * }
     */
    public static MemorySegment libbpf_minor_version$address() {
        return libbpf_minor_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * __u32 libbpf_minor_version(void)
     * }
     */
    public static int libbpf_minor_version() {
        var mh$ = libbpf_minor_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libbpf_minor_version");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libbpf_strerror {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_LONG
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("libbpf_strerror");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libbpf_strerror(int err, char *buf, size_t size)
     * }
     */
    public static FunctionDescriptor libbpf_strerror$descriptor() {
        return libbpf_strerror.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libbpf_strerror(int err, char *buf, size_t size)
     * }
     */
    public static MethodHandle libbpf_strerror$handle() {
        return libbpf_strerror.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libbpf_strerror(int err, char *buf, size_t size)
     * }
     */
    public static MemorySegment libbpf_strerror$address() {
        return libbpf_strerror.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libbpf_strerror(int err, char *buf, size_t size)
     * }
     */
    public static int libbpf_strerror(int err, MemorySegment buf, long size) {
        var mh$ = libbpf_strerror.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libbpf_strerror", err, buf, size);
            }
            return (int)mh$.invokeExact(err, buf, size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class vsnprintf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_LONG,
            Libbpf.C_POINTER,
            Libbpf.C_POINTER
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("vsnprintf");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int vsnprintf(char *restrict __s, size_t __maxlen, const char *restrict __format, __gnuc_va_list __arg)
     * }
     */
    public static FunctionDescriptor vsnprintf$descriptor() {
        return vsnprintf.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int vsnprintf(char *restrict __s, size_t __maxlen, const char *restrict __format, __gnuc_va_list __arg)
     * }
     */
    public static MethodHandle vsnprintf$handle() {
        return vsnprintf.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int vsnprintf(char *restrict __s, size_t __maxlen, const char *restrict __format, __gnuc_va_list __arg)
     * }
     */
    public static MemorySegment vsnprintf$address() {
        return vsnprintf.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int vsnprintf(char *restrict __s, size_t __maxlen, const char *restrict __format, __gnuc_va_list __arg)
     * }
     */
    public static int vsnprintf(MemorySegment __s, long __maxlen, MemorySegment __format, MemorySegment __arg) {
        var mh$ = vsnprintf.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("vsnprintf", __s, __maxlen, __format, __arg);
            }
            return (int)mh$.invokeExact(__s, __maxlen, __format, __arg);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int close(int __fd)
     * }
     */
    public static FunctionDescriptor close$descriptor() {
        return close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int close(int __fd)
     * }
     */
    public static MethodHandle close$handle() {
        return close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int close(int __fd)
     * }
     */
    public static MemorySegment close$address() {
        return close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int close(int __fd)
     * }
     */
    public static int close(int __fd) {
        var mh$ = close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("close", __fd);
            }
            return (int)mh$.invokeExact(__fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_POINTER,
            Libbpf.C_POINTER,
            Libbpf.C_LONG,
            Libbpf.C_INT,
            Libbpf.C_INT,
            Libbpf.C_INT,
            Libbpf.C_LONG
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("mmap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *mmap(void *__addr, size_t __len, int __prot, int __flags, int __fd, __off_t __offset)
     * }
     */
    public static FunctionDescriptor mmap$descriptor() {
        return mmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *mmap(void *__addr, size_t __len, int __prot, int __flags, int __fd, __off_t __offset)
     * }
     */
    public static MethodHandle mmap$handle() {
        return mmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *mmap(void *__addr, size_t __len, int __prot, int __flags, int __fd, __off_t __offset)
     * }
     */
    public static MemorySegment mmap$address() {
        return mmap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *mmap(void *__addr, size_t __len, int __prot, int __flags, int __fd, __off_t __offset)
     * }
     */
    public static MemorySegment mmap(MemorySegment __addr, long __len, int __prot, int __flags, int __fd, long __offset) {
        var mh$ = mmap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("mmap", __addr, __len, __prot, __flags, __fd, __offset);
            }
            return (MemorySegment)mh$.invokeExact(__addr, __len, __prot, __flags, __fd, __offset);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class munmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_INT,
            Libbpf.C_POINTER,
            Libbpf.C_LONG
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("munmap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int munmap(void *__addr, size_t __len)
     * }
     */
    public static FunctionDescriptor munmap$descriptor() {
        return munmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int munmap(void *__addr, size_t __len)
     * }
     */
    public static MethodHandle munmap$handle() {
        return munmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int munmap(void *__addr, size_t __len)
     * }
     */
    public static MemorySegment munmap$address() {
        return munmap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int munmap(void *__addr, size_t __len)
     * }
     */
    public static int munmap(MemorySegment __addr, long __len) {
        var mh$ = munmap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("munmap", __addr, __len);
            }
            return (int)mh$.invokeExact(__addr, __len);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class sysconf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Libbpf.C_LONG,
            Libbpf.C_INT
        );

        public static final MemorySegment ADDR = Libbpf.findOrThrow("sysconf");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * long sysconf(int __name)
     * }
     */
    public static FunctionDescriptor sysconf$descriptor() {
        return sysconf.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * long sysconf(int __name)
     * }
     */
    public static MethodHandle sysconf$handle() {
        return sysconf.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * long sysconf(int __name)
     * }
     */
    public static MemorySegment sysconf$address() {
        return sysconf.ADDR;
    }

    /**
     * {@snippet lang=c :
     * long sysconf(int __name)
     * }
     */
    public static long sysconf(int __name) {
        var mh$ = sysconf.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("sysconf", __name);
            }
            return (long)mh$.invokeExact(__name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }
}
