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
 * struct hotsched_exit_info {
 *     s64 kind;
 *     s64 exit_code;
 *     char reason[128];
 *     char msg[1024];
 * }
 * }
 */
public class hotsched_exit_info {

    hotsched_exit_info() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Libbpf.C_LONG_LONG.withName("kind"),
        Libbpf.C_LONG_LONG.withName("exit_code"),
        MemoryLayout.sequenceLayout(128, Libbpf.C_CHAR).withName("reason"),
        MemoryLayout.sequenceLayout(1024, Libbpf.C_CHAR).withName("msg")
    ).withName("hotsched_exit_info");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong kind$LAYOUT = (OfLong)$LAYOUT.select(groupElement("kind"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s64 kind
     * }
     */
    public static final OfLong kind$layout() {
        return kind$LAYOUT;
    }

    private static final long kind$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s64 kind
     * }
     */
    public static final long kind$offset() {
        return kind$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s64 kind
     * }
     */
    public static long kind(MemorySegment struct) {
        return struct.get(kind$LAYOUT, kind$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s64 kind
     * }
     */
    public static void kind(MemorySegment struct, long fieldValue) {
        struct.set(kind$LAYOUT, kind$OFFSET, fieldValue);
    }

    private static final OfLong exit_code$LAYOUT = (OfLong)$LAYOUT.select(groupElement("exit_code"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * s64 exit_code
     * }
     */
    public static final OfLong exit_code$layout() {
        return exit_code$LAYOUT;
    }

    private static final long exit_code$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * s64 exit_code
     * }
     */
    public static final long exit_code$offset() {
        return exit_code$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * s64 exit_code
     * }
     */
    public static long exit_code(MemorySegment struct) {
        return struct.get(exit_code$LAYOUT, exit_code$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * s64 exit_code
     * }
     */
    public static void exit_code(MemorySegment struct, long fieldValue) {
        struct.set(exit_code$LAYOUT, exit_code$OFFSET, fieldValue);
    }

    private static final SequenceLayout reason$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("reason"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char reason[128]
     * }
     */
    public static final SequenceLayout reason$layout() {
        return reason$LAYOUT;
    }

    private static final long reason$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char reason[128]
     * }
     */
    public static final long reason$offset() {
        return reason$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char reason[128]
     * }
     */
    public static MemorySegment reason(MemorySegment struct) {
        return struct.asSlice(reason$OFFSET, reason$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char reason[128]
     * }
     */
    public static void reason(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, reason$OFFSET, reason$LAYOUT.byteSize());
    }

    private static long[] reason$DIMS = { 128 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char reason[128]
     * }
     */
    public static long[] reason$dimensions() {
        return reason$DIMS;
    }

    private static final VarHandle reason$ELEM_HANDLE = reason$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char reason[128]
     * }
     */
    public static byte reason(MemorySegment struct, long index0) {
        return (byte)reason$ELEM_HANDLE.get(struct, reason$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char reason[128]
     * }
     */
    public static void reason(MemorySegment struct, long index0, byte fieldValue) {
        reason$ELEM_HANDLE.set(struct, reason$OFFSET, index0, fieldValue);
    }

    private static final SequenceLayout msg$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("msg"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * char msg[1024]
     * }
     */
    public static final SequenceLayout msg$layout() {
        return msg$LAYOUT;
    }

    private static final long msg$OFFSET = 144;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * char msg[1024]
     * }
     */
    public static final long msg$offset() {
        return msg$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * char msg[1024]
     * }
     */
    public static MemorySegment msg(MemorySegment struct) {
        return struct.asSlice(msg$OFFSET, msg$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * char msg[1024]
     * }
     */
    public static void msg(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, msg$OFFSET, msg$LAYOUT.byteSize());
    }

    private static long[] msg$DIMS = { 1024 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char msg[1024]
     * }
     */
    public static long[] msg$dimensions() {
        return msg$DIMS;
    }

    private static final VarHandle msg$ELEM_HANDLE = msg$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char msg[1024]
     * }
     */
    public static byte msg(MemorySegment struct, long index0) {
        return (byte)msg$ELEM_HANDLE.get(struct, msg$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char msg[1024]
     * }
     */
    public static void msg(MemorySegment struct, long index0, byte fieldValue) {
        msg$ELEM_HANDLE.set(struct, msg$OFFSET, index0, fieldValue);
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
