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
 * struct hotsched_bridge {
 *     u64 held_by_java;
 *     u64 records_read;
 *     s32 dispatcher_tid;
 *     u32 pad;
 *     u64 round_at_ns;
 * }
 * }
 */
public class hotsched_bridge {

    hotsched_bridge() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Libbpf.C_LONG_LONG.withName("held_by_java"),
        Libbpf.C_LONG_LONG.withName("records_read"),
        Libbpf.C_INT.withName("dispatcher_tid"),
        Libbpf.C_INT.withName("pad"),
        Libbpf.C_LONG_LONG.withName("round_at_ns")
    ).withName("hotsched_bridge");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong held_by_java$LAYOUT = (OfLong)$LAYOUT.select(groupElement("held_by_java"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 held_by_java
     * }
     */
    public static final OfLong held_by_java$layout() {
        return held_by_java$LAYOUT;
    }

    private static final long held_by_java$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 held_by_java
     * }
     */
    public static final long held_by_java$offset() {
        return held_by_java$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 held_by_java
     * }
     */
    public static long held_by_java(MemorySegment struct) {
        return struct.get(held_by_java$LAYOUT, held_by_java$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 held_by_java
     * }
     */
    public static void held_by_java(MemorySegment struct, long fieldValue) {
        struct.set(held_by_java$LAYOUT, held_by_java$OFFSET, fieldValue);
    }

    private static final OfLong records_read$LAYOUT = (OfLong)$LAYOUT.select(groupElement("records_read"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 records_read
     * }
     */
    public static final OfLong records_read$layout() {
        return records_read$LAYOUT;
    }

    private static final long records_read$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 records_read
     * }
     */
    public static final long records_read$offset() {
        return records_read$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 records_read
     * }
     */
    public static long records_read(MemorySegment struct) {
        return struct.get(records_read$LAYOUT, records_read$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 records_read
     * }
     */
    public static void records_read(MemorySegment struct, long fieldValue) {
        struct.set(records_read$LAYOUT, records_read$OFFSET, fieldValue);
    }

    private static final OfInt dispatcher_tid$LAYOUT = (OfInt)$LAYOUT.select(groupElement("dispatcher_tid"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s32 dispatcher_tid
     * }
     */
    public static final OfInt dispatcher_tid$layout() {
        return dispatcher_tid$LAYOUT;
    }

    private static final long dispatcher_tid$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s32 dispatcher_tid
     * }
     */
    public static final long dispatcher_tid$offset() {
        return dispatcher_tid$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s32 dispatcher_tid
     * }
     */
    public static int dispatcher_tid(MemorySegment struct) {
        return struct.get(dispatcher_tid$LAYOUT, dispatcher_tid$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s32 dispatcher_tid
     * }
     */
    public static void dispatcher_tid(MemorySegment struct, int fieldValue) {
        struct.set(dispatcher_tid$LAYOUT, dispatcher_tid$OFFSET, fieldValue);
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

    private static final long pad$OFFSET = 20;

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

    private static final OfLong round_at_ns$LAYOUT = (OfLong)$LAYOUT.select(groupElement("round_at_ns"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 round_at_ns
     * }
     */
    public static final OfLong round_at_ns$layout() {
        return round_at_ns$LAYOUT;
    }

    private static final long round_at_ns$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 round_at_ns
     * }
     */
    public static final long round_at_ns$offset() {
        return round_at_ns$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 round_at_ns
     * }
     */
    public static long round_at_ns(MemorySegment struct) {
        return struct.get(round_at_ns$LAYOUT, round_at_ns$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 round_at_ns
     * }
     */
    public static void round_at_ns(MemorySegment struct, long fieldValue) {
        struct.set(round_at_ns$LAYOUT, round_at_ns$OFFSET, fieldValue);
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
