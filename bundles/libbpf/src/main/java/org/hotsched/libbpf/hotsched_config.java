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
 * struct hotsched_config {
 *     s32 jvm_tgid;
 *     u32 pad;
 *     u64 slice_ns;
 *     u64 stall_budget_ns;
 *     u64 heartbeat_ns;
 * }
 * }
 */
public class hotsched_config {

    hotsched_config() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Libbpf.C_INT.withName("jvm_tgid"),
        Libbpf.C_INT.withName("pad"),
        Libbpf.C_LONG_LONG.withName("slice_ns"),
        Libbpf.C_LONG_LONG.withName("stall_budget_ns"),
        Libbpf.C_LONG_LONG.withName("heartbeat_ns")
    ).withName("hotsched_config");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt jvm_tgid$LAYOUT = (OfInt)$LAYOUT.select(groupElement("jvm_tgid"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s32 jvm_tgid
     * }
     */
    public static final OfInt jvm_tgid$layout() {
        return jvm_tgid$LAYOUT;
    }

    private static final long jvm_tgid$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s32 jvm_tgid
     * }
     */
    public static final long jvm_tgid$offset() {
        return jvm_tgid$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s32 jvm_tgid
     * }
     */
    public static int jvm_tgid(MemorySegment struct) {
        return struct.get(jvm_tgid$LAYOUT, jvm_tgid$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s32 jvm_tgid
     * }
     */
    public static void jvm_tgid(MemorySegment struct, int fieldValue) {
        struct.set(jvm_tgid$LAYOUT, jvm_tgid$OFFSET, fieldValue);
    }

    private static final OfInt pad$LAYOUT = (OfInt)$LAYOUT.select(groupElement("pad"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u32 pad
     * }
     */
    public static final OfInt pad$layout() {
        return pad$LAYOUT;
    }

    private static final long pad$OFFSET = 4;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u32 pad
     * }
     */
    public static final long pad$offset() {
        return pad$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u32 pad
     * }
     */
    public static int pad(MemorySegment struct) {
        return struct.get(pad$LAYOUT, pad$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u32 pad
     * }
     */
    public static void pad(MemorySegment struct, int fieldValue) {
        struct.set(pad$LAYOUT, pad$OFFSET, fieldValue);
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

    private static final long slice_ns$OFFSET = 8;

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

    private static final OfLong stall_budget_ns$LAYOUT = (OfLong)$LAYOUT.select(groupElement("stall_budget_ns"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 stall_budget_ns
     * }
     */
    public static final OfLong stall_budget_ns$layout() {
        return stall_budget_ns$LAYOUT;
    }

    private static final long stall_budget_ns$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 stall_budget_ns
     * }
     */
    public static final long stall_budget_ns$offset() {
        return stall_budget_ns$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 stall_budget_ns
     * }
     */
    public static long stall_budget_ns(MemorySegment struct) {
        return struct.get(stall_budget_ns$LAYOUT, stall_budget_ns$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 stall_budget_ns
     * }
     */
    public static void stall_budget_ns(MemorySegment struct, long fieldValue) {
        struct.set(stall_budget_ns$LAYOUT, stall_budget_ns$OFFSET, fieldValue);
    }

    private static final OfLong heartbeat_ns$LAYOUT = (OfLong)$LAYOUT.select(groupElement("heartbeat_ns"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 heartbeat_ns
     * }
     */
    public static final OfLong heartbeat_ns$layout() {
        return heartbeat_ns$LAYOUT;
    }

    private static final long heartbeat_ns$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 heartbeat_ns
     * }
     */
    public static final long heartbeat_ns$offset() {
        return heartbeat_ns$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 heartbeat_ns
     * }
     */
    public static long heartbeat_ns(MemorySegment struct) {
        return struct.get(heartbeat_ns$LAYOUT, heartbeat_ns$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 heartbeat_ns
     * }
     */
    public static void heartbeat_ns(MemorySegment struct, long fieldValue) {
        struct.set(heartbeat_ns$LAYOUT, heartbeat_ns$OFFSET, fieldValue);
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
