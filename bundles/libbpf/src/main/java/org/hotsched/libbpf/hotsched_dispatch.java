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
 * struct hotsched_dispatch {
 *     s32 pid;
 *     s32 cpu;
 *     u64 generation;
 *     u64 slice_ns;
 *     u64 vtime;
 *     u64 flags;
 * }
 * }
 */
public class hotsched_dispatch {

    hotsched_dispatch() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Libbpf.C_INT.withName("pid"),
        Libbpf.C_INT.withName("cpu"),
        Libbpf.C_LONG_LONG.withName("generation"),
        Libbpf.C_LONG_LONG.withName("slice_ns"),
        Libbpf.C_LONG_LONG.withName("vtime"),
        Libbpf.C_LONG_LONG.withName("flags")
    ).withName("hotsched_dispatch");

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

    private static final OfInt cpu$LAYOUT = (OfInt)$LAYOUT.select(groupElement("cpu"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s32 cpu
     * }
     */
    public static final OfInt cpu$layout() {
        return cpu$LAYOUT;
    }

    private static final long cpu$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s32 cpu
     * }
     */
    public static final long cpu$offset() {
        return cpu$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s32 cpu
     * }
     */
    public static int cpu(MemorySegment struct) {
        return struct.get(cpu$LAYOUT, cpu$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s32 cpu
     * }
     */
    public static void cpu(MemorySegment struct, int fieldValue) {
        struct.set(cpu$LAYOUT, cpu$OFFSET, fieldValue);
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

    private static final long generation$OFFSET = 8;

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

    private static final OfLong slice_ns$LAYOUT = (OfLong)$LAYOUT.select(groupElement("slice_ns"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 slice_ns
     * }
     */
    public static final OfLong slice_ns$layout() {
        return slice_ns$LAYOUT;
    }

    private static final long slice_ns$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 slice_ns
     * }
     */
    public static final long slice_ns$offset() {
        return slice_ns$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 slice_ns
     * }
     */
    public static long slice_ns(MemorySegment struct) {
        return struct.get(slice_ns$LAYOUT, slice_ns$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 slice_ns
     * }
     */
    public static void slice_ns(MemorySegment struct, long fieldValue) {
        struct.set(slice_ns$LAYOUT, slice_ns$OFFSET, fieldValue);
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

    private static final long vtime$OFFSET = 24;

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

    private static final OfLong flags$LAYOUT = (OfLong)$LAYOUT.select(groupElement("flags"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 flags
     * }
     */
    public static final OfLong flags$layout() {
        return flags$LAYOUT;
    }

    private static final long flags$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 flags
     * }
     */
    public static final long flags$offset() {
        return flags$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 flags
     * }
     */
    public static long flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 flags
     * }
     */
    public static void flags(MemorySegment struct, long fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
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
