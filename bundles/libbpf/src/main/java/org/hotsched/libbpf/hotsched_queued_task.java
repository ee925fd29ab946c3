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

/**
 * {@snippet lang=c :
 * struct hotsched_queued_task {
 *     s32 pid;
 *     s32 tgid;
 *     s32 prev_cpu;
 *     u32 nr_cpus_allowed;
 *     u32 weight;
 *     u32 flags;
 *     u64 enq_flags;
 *     u64 runtime_ns;
 *     u64 nvcsw;
 *     u64 generation;
 *     u64 vtime;
 *     u64 cgroup_id;
 *     u64 cpumask[16];
 *     char comm[16];
 * }
 * }
 */
public class hotsched_queued_task {

    hotsched_queued_task() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Libbpf.C_INT.withName("pid"),
        Libbpf.C_INT.withName("tgid"),
        Libbpf.C_INT.withName("prev_cpu"),
        Libbpf.C_INT.withName("nr_cpus_allowed"),
        Libbpf.C_INT.withName("weight"),
        Libbpf.C_INT.withName("flags"),
        Libbpf.C_LONG_LONG.withName("enq_flags"),
        Libbpf.C_LONG_LONG.withName("runtime_ns"),
        Libbpf.C_LONG_LONG.withName("nvcsw"),
        Libbpf.C_LONG_LONG.withName("generation"),
        Libbpf.C_LONG_LONG.withName("vtime"),
        Libbpf.C_LONG_LONG.withName("cgroup_id"),
        MemoryLayout.sequenceLayout(16, Libbpf.C_LONG_LONG).withName("cpumask"),
        MemoryLayout.sequenceLayout(16, Libbpf.C_CHAR).withName("comm")
    ).withName("hotsched_queued_task");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt pid$LAYOUT = (OfInt)$LAYOUT.select(groupElement("pid"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s32 pid
     * }
     */
    public static final OfInt pid$layout() {
        return pid$LAYOUT;
    }

    private static final long pid$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s32 pid
     * }
     */
    public static final long pid$offset() {
        return pid$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s32 pid
     * }
     */
    public static int pid(MemorySegment struct) {
        return struct.get(pid$LAYOUT, pid$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s32 pid
     * }
     */
    public static void pid(MemorySegment struct, int fieldValue) {
        struct.set(pid$LAYOUT, pid$OFFSET, fieldValue);
    }

    private static final OfInt tgid$LAYOUT = (OfInt)$LAYOUT.select(groupElement("tgid"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s32 tgid
     * }
     */
    public static final OfInt tgid$layout() {
        return tgid$LAYOUT;
    }

    private static final long tgid$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s32 tgid
     * }
     */
    public static final long tgid$offset() {
        return tgid$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s32 tgid
     * }
     */
    public static int tgid(MemorySegment struct) {
        return struct.get(tgid$LAYOUT, tgid$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s32 tgid
     * }
     */
    public static void tgid(MemorySegment struct, int fieldValue) {
        struct.set(tgid$LAYOUT, tgid$OFFSET, fieldValue);
    }

    private static final OfInt prev_cpu$LAYOUT = (OfInt)$LAYOUT.select(groupElement("prev_cpu"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s32 prev_cpu
     * }
     */
    public static final OfInt prev_cpu$layout() {
        return prev_cpu$LAYOUT;
    }

    private static final long prev_cpu$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s32 prev_cpu
     * }
     */
    public static final long prev_cpu$offset() {
        return prev_cpu$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s32 prev_cpu
     * }
     */
    public static int prev_cpu(MemorySegment struct) {
        return struct.get(prev_cpu$LAYOUT, prev_cpu$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s32 prev_cpu
     * }
     */
    public static void prev_cpu(MemorySegment struct, int fieldValue) {
        struct.set(prev_cpu$LAYOUT, prev_cpu$OFFSET, fieldValue);
    }

    private static final OfInt nr_cpus_allowed$LAYOUT = (OfInt)$LAYOUT.select(groupElement("nr_cpus_allowed"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u32 nr_cpus_allowed
     * }
     */
    public static final OfInt nr_cpus_allowed$layout() {
        return nr_cpus_allowed$LAYOUT;
    }

    private static final long nr_cpus_allowed$OFFSET = 12;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u32 nr_cpus_allowed
     * }
     */
    public static final long nr_cpus_allowed$offset() {
        return nr_cpus_allowed$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u32 nr_cpus_allowed
     * }
     */
    public static int nr_cpus_allowed(MemorySegment struct) {
        return struct.get(nr_cpus_allowed$LAYOUT, nr_cpus_allowed$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u32 nr_cpus_allowed
     * }
     */
    public static void nr_cpus_allowed(MemorySegment struct, int fieldValue) {
        struct.set(nr_cpus_allowed$LAYOUT, nr_cpus_allowed$OFFSET, fieldValue);
    }

    private static final OfInt weight$LAYOUT = (OfInt)$LAYOUT.select(groupElement("weight"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u32 weight
     * }
     */
    public static final OfInt weight$layout() {
        return weight$LAYOUT;
    }

    private static final long weight$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u32 weight
     * }
     */
    public static final long weight$offset() {
        return weight$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u32 weight
     * }
     */
    public static int weight(MemorySegment struct) {
        return struct.get(weight$LAYOUT, weight$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u32 weight
     * }
     */
    public static void weight(MemorySegment struct, int fieldValue) {
        struct.set(weight$LAYOUT, weight$OFFSET, fieldValue);
    }

    private static final OfInt flags$LAYOUT = (OfInt)$LAYOUT.select(groupElement("flags"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u32 flags
     * }
     */
    public static final OfInt flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = 20;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u32 flags
     * }
     */
    public static final long flags$offset() {
        return flags$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u32 flags
     * }
     */
    public static int flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u32 flags
     * }
     */
    public static void flags(MemorySegment struct, int fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final OfLong enq_flags$LAYOUT = (OfLong)$LAYOUT.select(groupElement("enq_flags"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 enq_flags
     * }
     */
    public static final OfLong enq_flags$layout() {
        return enq_flags$LAYOUT;
    }

    private static final long enq_flags$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 enq_flags
     * }
     */
    public static final long enq_flags$offset() {
        return enq_flags$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 enq_flags
     * }
     */
    public static long enq_flags(MemorySegment struct) {
        return struct.get(enq_flags$LAYOUT, enq_flags$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 enq_flags
     * }
     */
    public static void enq_flags(MemorySegment struct, long fieldValue) {
        struct.set(enq_flags$LAYOUT, enq_flags$OFFSET, fieldValue);
    }

    private static final OfLong runtime_ns$LAYOUT = (OfLong)$LAYOUT.select(groupElement("runtime_ns"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 runtime_ns
     * }
     */
    public static final OfLong runtime_ns$layout() {
        return runtime_ns$LAYOUT;
    }

    private static final long runtime_ns$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 runtime_ns
     * }
     */
    public static final long runtime_ns$offset() {
        return runtime_ns$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 runtime_ns
     * }
     */
    public static long runtime_ns(MemorySegment struct) {
        return struct.get(runtime_ns$LAYOUT, runtime_ns$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 runtime_ns
     * }
     */
    public static void runtime_ns(MemorySegment struct, long fieldValue) {
        struct.set(runtime_ns$LAYOUT, runtime_ns$OFFSET, fieldValue);
    }

    private static final OfLong nvcsw$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nvcsw"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nvcsw
     * }
     */
    public static final OfLong nvcsw$layout() {
        return nvcsw$LAYOUT;
    }

    private static final long nvcsw$OFFSET = 40;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nvcsw
     * }
     */
    public static final long nvcsw$offset() {
        return nvcsw$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nvcsw
     * }
     */
    public static long nvcsw(MemorySegment struct) {
        return struct.get(nvcsw$LAYOUT, nvcsw$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nvcsw
     * }
     */
    public static void nvcsw(MemorySegment struct, long fieldValue) {
        struct.set(nvcsw$LAYOUT, nvcsw$OFFSET, fieldValue);
    }

    private static final OfLong generation$LAYOUT = (OfLong)$LAYOUT.select(groupElement("generation"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 generation
     * }
     */
    public static final OfLong generation$layout() {
        return generation$LAYOUT;
    }

    private static final long generation$OFFSET = 48;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 generation
     * }
     */
    public static final long generation$offset() {
        return generation$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 generation
     * }
     */
    public static long generation(MemorySegment struct) {
        return struct.get(generation$LAYOUT, generation$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 generation
     * }
     */
    public static void generation(MemorySegment struct, long fieldValue) {
        struct.set(generation$LAYOUT, generation$OFFSET, fieldValue);
    }

    private static final OfLong vtime$LAYOUT = (OfLong)$LAYOUT.select(groupElement("vtime"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 vtime
     * }
     */
    public static final OfLong vtime$layout() {
        return vtime$LAYOUT;
    }

    private static final long vtime$OFFSET = 56;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 vtime
     * }
     */
    public static final long vtime$offset() {
        return vtime$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 vtime
     * }
     */
    public static long vtime(MemorySegment struct) {
        return struct.get(vtime$LAYOUT, vtime$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 vtime
     * }
     */
    public static void vtime(MemorySegment struct, long fieldValue) {
        struct.set(vtime$LAYOUT, vtime$OFFSET, fieldValue);
    }

    private static final OfLong cgroup_id$LAYOUT = (OfLong)$LAYOUT.select(groupElement("cgroup_id"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 cgroup_id
     * }
     */
    public static final OfLong cgroup_id$layout() {
        return cgroup_id$LAYOUT;
    }

    private static final long cgroup_id$OFFSET = 64;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 cgroup_id
     * }
     */
    public static final long cgroup_id$offset() {
        return cgroup_id$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 cgroup_id
     * }
     */
    public static long cgroup_id(MemorySegment struct) {
        return struct.get(cgroup_id$LAYOUT, cgroup_id$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 cgroup_id
     * }
     */
    public static void cgroup_id(MemorySegment struct, long fieldValue) {
        struct.set(cgroup_id$LAYOUT, cgroup_id$OFFSET, fieldValue);
    }

    private static final SequenceLayout cpumask$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("cpumask"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 cpumask[16]
     * }
     */
    public static final SequenceLayout cpumask$layout() {
        return cpumask$LAYOUT;
    }

    private static final long cpumask$OFFSET = 72;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 cpumask[16]
     * }
     */
    public static final long cpumask$offset() {
        return cpumask$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 cpumask[16]
     * }
     */
    public static MemorySegment cpumask(MemorySegment struct) {
        return struct.asSlice(cpumask$OFFSET, cpumask$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 cpumask[16]
     * }
     */
    public static void cpumask(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, cpumask$OFFSET, cpumask$LAYOUT.byteSize());
    }

    private static long[] cpumask$DIMS = { 16 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * u64 cpumask[16]
     * }
     */
    public static long[] cpumask$dimensions() {
        return cpumask$DIMS;
    }

    private static final VarHandle cpumask$ELEM_HANDLE = cpumask$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * u64 cpumask[16]
     * }
     */
    public static long cpumask(MemorySegment struct, long index0) {
        return (long)cpumask$ELEM_HANDLE.get(struct, cpumask$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * u64 cpumask[16]
     * }
     */
    public static void cpumask(MemorySegment struct, long index0, long fieldValue) {
        cpumask$ELEM_HANDLE.set(struct, cpumask$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout comm$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("comm"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char comm[16]
     * }
     */
    public static final SequenceLayout comm$layout() {
        return comm$LAYOUT;
    }

    private static final long comm$OFFSET = 200;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char comm[16]
     * }
     */
    public static final long comm$offset() {
        return comm$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char comm[16]
     * }
     */
    public static MemorySegment comm(MemorySegment struct) {
        return struct.asSlice(comm$OFFSET, comm$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char comm[16]
     * }
     */
    public static void comm(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, comm$OFFSET, comm$LAYOUT.byteSize());
    }

    private static long[] comm$DIMS = { 16 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char comm[16]
     * }
     */
    public static long[] comm$dimensions() {
        return comm$DIMS;
    }

    private static final VarHandle comm$ELEM_HANDLE = comm$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char comm[16]
     * }
     */
    public static byte comm(MemorySegment struct, long index0) {
        return (byte)comm$ELEM_HANDLE.get(struct, comm$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char comm[16]
     * }
     */
    public static void comm(MemorySegment struct, long index0, byte fieldValue) {
        comm$ELEM_HANDLE.set(struct, comm$OFFSET, index0, fieldValue);
    }

    /**
     * Obtains a slice of {@code arrayParam} which selects the array element at {@code index}.
     * The returned segment has address {@code arrayParam.address() + index * layout().byteSize()}
     */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /**
     * The size (in bytes) of this struct
     */
    public static long sizeof() { return layout().byteSize(); }

    /**
     * Allocate a segment of size {@code layout().byteSize()} using {@code allocator}
     */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /**
     * Allocate an array of size {@code elementCount} using {@code allocator}.
     * The returned segment has size {@code elementCount * layout().byteSize()}.
     */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code elementCount * layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
