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
 * struct hotsched_stats {
 *     u64 nr_queued;
 *     u64 nr_user_dispatches;
 *     u64 nr_kernel_dispatches;
 *     u64 nr_congested;
 *     u64 nr_stall_fallbacks;
 *     u64 nr_cancelled;
 *     u64 nr_bounced;
 *     u64 nr_invalid;
 *     u64 nr_heartbeats;
 *     u64 nr_running;
 *     u64 nr_in_dsqs;
 *     u64 nr_drained;
 *     u64 nr_wakeups;
 *     u64 nr_rescued;
 *     u64 nr_stolen;
 *     u64 nr_kept_last;
 *     u64 dispatcher_cpu;
 *     u64 nr_preempted;
 *     u64 nr_held_stalls;
 *     u64 starved_waits[96];
 * }
 * }
 */
public class hotsched_stats {

    hotsched_stats() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        Libbpf.C_LONG_LONG.withName("nr_queued"),
        Libbpf.C_LONG_LONG.withName("nr_user_dispatches"),
        Libbpf.C_LONG_LONG.withName("nr_kernel_dispatches"),
        Libbpf.C_LONG_LONG.withName("nr_congested"),
        Libbpf.C_LONG_LONG.withName("nr_stall_fallbacks"),
        Libbpf.C_LONG_LONG.withName("nr_cancelled"),
        Libbpf.C_LONG_LONG.withName("nr_bounced"),
        Libbpf.C_LONG_LONG.withName("nr_invalid"),
        Libbpf.C_LONG_LONG.withName("nr_heartbeats"),
        Libbpf.C_LONG_LONG.withName("nr_running"),
        Libbpf.C_LONG_LONG.withName("nr_in_dsqs"),
        Libbpf.C_LONG_LONG.withName("nr_drained"),
        Libbpf.C_LONG_LONG.withName("nr_wakeups"),
        Libbpf.C_LONG_LONG.withName("nr_rescued"),
        Libbpf.C_LONG_LONG.withName("nr_stolen"),
        Libbpf.C_LONG_LONG.withName("nr_kept_last"),
        Libbpf.C_LONG_LONG.withName("dispatcher_cpu"),
        Libbpf.C_LONG_LONG.withName("nr_preempted"),
        Libbpf.C_LONG_LONG.withName("nr_held_stalls"),
        MemoryLayout.sequenceLayout(96, Libbpf.C_LONG_LONG).withName("starved_waits")
    ).withName("hotsched_stats");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong nr_queued$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_queued"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_queued
     * }
     */
    public static final OfLong nr_queued$layout() {
        return nr_queued$LAYOUT;
    }

    private static final long nr_queued$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_queued
     * }
     */
    public static final long nr_queued$offset() {
        return nr_queued$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_queued
     * }
     */
    public static long nr_queued(MemorySegment struct) {
        return struct.get(nr_queued$LAYOUT, nr_queued$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_queued
     * }
     */
    public static void nr_queued(MemorySegment struct, long fieldValue) {
        struct.set(nr_queued$LAYOUT, nr_queued$OFFSET, fieldValue);
    }

    private static final OfLong nr_user_dispatches$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_user_dispatches"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_user_dispatches
     * }
     */
    public static final OfLong nr_user_dispatches$layout() {
        return nr_user_dispatches$LAYOUT;
    }

    private static final long nr_user_dispatches$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_user_dispatches
     * }
     */
    public static final long nr_user_dispatches$offset() {
        return nr_user_dispatches$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_user_dispatches
     * }
     */
    public static long nr_user_dispatches(MemorySegment struct) {
        return struct.get(nr_user_dispatches$LAYOUT, nr_user_dispatches$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_user_dispatches
     * }
     */
    public static void nr_user_dispatches(MemorySegment struct, long fieldValue) {
        struct.set(nr_user_dispatches$LAYOUT, nr_user_dispatches$OFFSET, fieldValue);
    }

    private static final OfLong nr_kernel_dispatches$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_kernel_dispatches"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_kernel_dispatches
     * }
     */
    public static final OfLong nr_kernel_dispatches$layout() {
        return nr_kernel_dispatches$LAYOUT;
    }

    private static final long nr_kernel_dispatches$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_kernel_dispatches
     * }
     */
    public static final long nr_kernel_dispatches$offset() {
        return nr_kernel_dispatches$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_kernel_dispatches
     * }
     */
    public static long nr_kernel_dispatches(MemorySegment struct) {
        return struct.get(nr_kernel_dispatches$LAYOUT, nr_kernel_dispatches$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_kernel_dispatches
     * }
     */
    public static void nr_kernel_dispatches(MemorySegment struct, long fieldValue) {
        struct.set(nr_kernel_dispatches$LAYOUT, nr_kernel_dispatches$OFFSET, fieldValue);
    }

    private static final OfLong nr_congested$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_congested"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_congested
     * }
     */
    public static final OfLong nr_congested$layout() {
        return nr_congested$LAYOUT;
    }

    private static final long nr_congested$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_congested
     * }
     */
    public static final long nr_congested$offset() {
        return nr_congested$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_congested
     * }
     */
    public static long nr_congested(MemorySegment struct) {
        return struct.get(nr_congested$LAYOUT, nr_congested$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_congested
     * }
     */
    public static void nr_congested(MemorySegment struct, long fieldValue) {
        struct.set(nr_congested$LAYOUT, nr_congested$OFFSET, fieldValue);
    }

    private static final OfLong nr_stall_fallbacks$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_stall_fallbacks"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_stall_fallbacks
     * }
     */
    public static final OfLong nr_stall_fallbacks$layout() {
        return nr_stall_fallbacks$LAYOUT;
    }

    private static final long nr_stall_fallbacks$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_stall_fallbacks
     * }
     */
    public static final long nr_stall_fallbacks$offset() {
        return nr_stall_fallbacks$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_stall_fallbacks
     * }
     */
    public static long nr_stall_fallbacks(MemorySegment struct) {
        return struct.get(nr_stall_fallbacks$LAYOUT, nr_stall_fallbacks$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_stall_fallbacks
     * }
     */
    public static void nr_stall_fallbacks(MemorySegment struct, long fieldValue) {
        struct.set(nr_stall_fallbacks$LAYOUT, nr_stall_fallbacks$OFFSET, fieldValue);
    }

    private static final OfLong nr_cancelled$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_cancelled"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_cancelled
     * }
     */
    public static final OfLong nr_cancelled$layout() {
        return nr_cancelled$LAYOUT;
    }

    private static final long nr_cancelled$OFFSET = 40;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_cancelled
     * }
     */
    public static final long nr_cancelled$offset() {
        return nr_cancelled$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_cancelled
     * }
     */
    public static long nr_cancelled(MemorySegment struct) {
        return struct.get(nr_cancelled$LAYOUT, nr_cancelled$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_cancelled
     * }
     */
    public static void nr_cancelled(MemorySegment struct, long fieldValue) {
        struct.set(nr_cancelled$LAYOUT, nr_cancelled$OFFSET, fieldValue);
    }

    private static final OfLong nr_bounced$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_bounced"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_bounced
     * }
     */
    public static final OfLong nr_bounced$layout() {
        return nr_bounced$LAYOUT;
    }

    private static final long nr_bounced$OFFSET = 48;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_bounced
     * }
     */
    public static final long nr_bounced$offset() {
        return nr_bounced$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_bounced
     * }
     */
    public static long nr_bounced(MemorySegment struct) {
        return struct.get(nr_bounced$LAYOUT, nr_bounced$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_bounced
     * }
     */
    public static void nr_bounced(MemorySegment struct, long fieldValue) {
        struct.set(nr_bounced$LAYOUT, nr_bounced$OFFSET, fieldValue);
    }

    private static final OfLong nr_invalid$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_invalid"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_invalid
     * }
     */
    public static final OfLong nr_invalid$layout() {
        return nr_invalid$LAYOUT;
    }

    private static final long nr_invalid$OFFSET = 56;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_invalid
     * }
     */
    public static final long nr_invalid$offset() {
        return nr_invalid$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_invalid
     * }
     */
    public static long nr_invalid(MemorySegment struct) {
        return struct.get(nr_invalid$LAYOUT, nr_invalid$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_invalid
     * }
     */
    public static void nr_invalid(MemorySegment struct, long fieldValue) {
        struct.set(nr_invalid$LAYOUT, nr_invalid$OFFSET, fieldValue);
    }

    private static final OfLong nr_heartbeats$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_heartbeats"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_heartbeats
     * }
     */
    public static final OfLong nr_heartbeats$layout() {
        return nr_heartbeats$LAYOUT;
    }

    private static final long nr_heartbeats$OFFSET = 64;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_heartbeats
     * }
     */
    public static final long nr_heartbeats$offset() {
        return nr_heartbeats$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_heartbeats
     * }
     */
    public static long nr_heartbeats(MemorySegment struct) {
        return struct.get(nr_heartbeats$LAYOUT, nr_heartbeats$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_heartbeats
     * }
     */
    public static void nr_heartbeats(MemorySegment struct, long fieldValue) {
        struct.set(nr_heartbeats$LAYOUT, nr_heartbeats$OFFSET, fieldValue);
    }

    private static final OfLong nr_running$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_running"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_running
     * }
     */
    public static final OfLong nr_running$layout() {
        return nr_running$LAYOUT;
    }

    private static final long nr_running$OFFSET = 72;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_running
     * }
     */
    public static final long nr_running$offset() {
        return nr_running$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_running
     * }
     */
    public static long nr_running(MemorySegment struct) {
        return struct.get(nr_running$LAYOUT, nr_running$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_running
     * }
     */
    public static void nr_running(MemorySegment struct, long fieldValue) {
        struct.set(nr_running$LAYOUT, nr_running$OFFSET, fieldValue);
    }

    private static final OfLong nr_in_dsqs$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_in_dsqs"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_in_dsqs
     * }
     */
    public static final OfLong nr_in_dsqs$layout() {
        return nr_in_dsqs$LAYOUT;
    }

    private static final long nr_in_dsqs$OFFSET = 80;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_in_dsqs
     * }
     */
    public static final long nr_in_dsqs$offset() {
        return nr_in_dsqs$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_in_dsqs
     * }
     */
    public static long nr_in_dsqs(MemorySegment struct) {
        return struct.get(nr_in_dsqs$LAYOUT, nr_in_dsqs$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_in_dsqs
     * }
     */
    public static void nr_in_dsqs(MemorySegment struct, long fieldValue) {
        struct.set(nr_in_dsqs$LAYOUT, nr_in_dsqs$OFFSET, fieldValue);
    }

    private static final OfLong nr_drained$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_drained"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_drained
     * }
     */
    public static final OfLong nr_drained$layout() {
        return nr_drained$LAYOUT;
    }

    private static final long nr_drained$OFFSET = 88;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_drained
     * }
     */
    public static final long nr_drained$offset() {
        return nr_drained$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_drained
     * }
     */
    public static long nr_drained(MemorySegment struct) {
        return struct.get(nr_drained$LAYOUT, nr_drained$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_drained
     * }
     */
    public static void nr_drained(MemorySegment struct, long fieldValue) {
        struct.set(nr_drained$LAYOUT, nr_drained$OFFSET, fieldValue);
    }

    private static final OfLong nr_wakeups$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_wakeups"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_wakeups
     * }
     */
    public static final OfLong nr_wakeups$layout() {
        return nr_wakeups$LAYOUT;
    }

    private static final long nr_wakeups$OFFSET = 96;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_wakeups
     * }
     */
    public static final long nr_wakeups$offset() {
        return nr_wakeups$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_wakeups
     * }
     */
    public static long nr_wakeups(MemorySegment struct) {
        return struct.get(nr_wakeups$LAYOUT, nr_wakeups$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_wakeups
     * }
     */
    public static void nr_wakeups(MemorySegment struct, long fieldValue) {
        struct.set(nr_wakeups$LAYOUT, nr_wakeups$OFFSET, fieldValue);
    }

    private static final OfLong nr_rescued$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_rescued"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_rescued
     * }
     */
    public static final OfLong nr_rescued$layout() {
        return nr_rescued$LAYOUT;
    }

    private static final long nr_rescued$OFFSET = 104;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_rescued
     * }
     */
    public static final long nr_rescued$offset() {
        return nr_rescued$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_rescued
     * }
     */
    public static long nr_rescued(MemorySegment struct) {
        return struct.get(nr_rescued$LAYOUT, nr_rescued$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_rescued
     * }
     */
    public static void nr_rescued(MemorySegment struct, long fieldValue) {
        struct.set(nr_rescued$LAYOUT, nr_rescued$OFFSET, fieldValue);
    }

    private static final OfLong nr_stolen$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_stolen"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_stolen
     * }
     */
    public static final OfLong nr_stolen$layout() {
        return nr_stolen$LAYOUT;
    }

    private static final long nr_stolen$OFFSET = 112;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_stolen
     * }
     */
    public static final long nr_stolen$offset() {
        return nr_stolen$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_stolen
     * }
     */
    public static long nr_stolen(MemorySegment struct) {
        return struct.get(nr_stolen$LAYOUT, nr_stolen$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_stolen
     * }
     */
    public static void nr_stolen(MemorySegment struct, long fieldValue) {
        struct.set(nr_stolen$LAYOUT, nr_stolen$OFFSET, fieldValue);
    }

    private static final OfLong nr_kept_last$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_kept_last"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_kept_last
     * }
     */
    public static final OfLong nr_kept_last$layout() {
        return nr_kept_last$LAYOUT;
    }

    private static final long nr_kept_last$OFFSET = 120;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_kept_last
     * }
     */
    public static final long nr_kept_last$offset() {
        return nr_kept_last$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_kept_last
     * }
     */
    public static long nr_kept_last(MemorySegment struct) {
        return struct.get(nr_kept_last$LAYOUT, nr_kept_last$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_kept_last
     * }
     */
    public static void nr_kept_last(MemorySegment struct, long fieldValue) {
        struct.set(nr_kept_last$LAYOUT, nr_kept_last$OFFSET, fieldValue);
    }

    private static final OfLong dispatcher_cpu$LAYOUT = (OfLong)$LAYOUT.select(groupElement("dispatcher_cpu"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 dispatcher_cpu
     * }
     */
    public static final OfLong dispatcher_cpu$layout() {
        return dispatcher_cpu$LAYOUT;
    }

    private static final long dispatcher_cpu$OFFSET = 128;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 dispatcher_cpu
     * }
     */
    public static final long dispatcher_cpu$offset() {
        return dispatcher_cpu$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 dispatcher_cpu
     * }
     */
    public static long dispatcher_cpu(MemorySegment struct) {
        return struct.get(dispatcher_cpu$LAYOUT, dispatcher_cpu$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 dispatcher_cpu
     * }
     */
    public static void dispatcher_cpu(MemorySegment struct, long fieldValue) {
        struct.set(dispatcher_cpu$LAYOUT, dispatcher_cpu$OFFSET, fieldValue);
    }

    private static final OfLong nr_preempted$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_preempted"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_preempted
     * }
     */
    public static final OfLong nr_preempted$layout() {
        return nr_preempted$LAYOUT;
    }

    private static final long nr_preempted$OFFSET = 136;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_preempted
     * }
     */
    public static final long nr_preempted$offset() {
        return nr_preempted$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_preempted
     * }
     */
    public static long nr_preempted(MemorySegment struct) {
        return struct.get(nr_preempted$LAYOUT, nr_preempted$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_preempted
     * }
     */
    public static void nr_preempted(MemorySegment struct, long fieldValue) {
        struct.set(nr_preempted$LAYOUT, nr_preempted$OFFSET, fieldValue);
    }

    private static final OfLong nr_held_stalls$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nr_held_stalls"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 nr_held_stalls
     * }
     */
    public static final OfLong nr_held_stalls$layout() {
        return nr_held_stalls$LAYOUT;
    }

    private static final long nr_held_stalls$OFFSET = 144;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 nr_held_stalls
     * }
     */
    public static final long nr_held_stalls$offset() {
        return nr_held_stalls$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 nr_held_stalls
     * }
     */
    public static long nr_held_stalls(MemorySegment struct) {
        return struct.get(nr_held_stalls$LAYOUT, nr_held_stalls$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 nr_held_stalls
     * }
     */
    public static void nr_held_stalls(MemorySegment struct, long fieldValue) {
        struct.set(nr_held_stalls$LAYOUT, nr_held_stalls$OFFSET, fieldValue);
    }

    private static final SequenceLayout starved_waits$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("starved_waits"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * u64 starved_waits[96]
     * }
     */
    public static final SequenceLayout starved_waits$layout() {
        return starved_waits$LAYOUT;
    }

    private static final long starved_waits$OFFSET = 152;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * u64 starved_waits[96]
     * }
     */
    public static final long starved_waits$offset() {
        return starved_waits$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * u64 starved_waits[96]
     * }
     */
    public static MemorySegment starved_waits(MemorySegment struct) {
        return struct.asSlice(starved_waits$OFFSET, starved_waits$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * u64 starved_waits[96]
     * }
     */
    public static void starved_waits(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, starved_waits$OFFSET, starved_waits$LAYOUT.byteSize());
    }

    private static long[] starved_waits$DIMS = { 96 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * u64 starved_waits[96]
     * }
     */
    public static long[] starved_waits$dimensions() {
        return starved_waits$DIMS;
    }

    private static final VarHandle starved_waits$ELEM_HANDLE = starved_waits$LAYOUT.varHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * u64 starved_waits[96]
     * }
     */
    public static long starved_waits(MemorySegment struct, long index0) {
        return (long)starved_waits$ELEM_HANDLE.get(struct, starved_waits$OFFSET, index0);
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * u64 starved_waits[96]
     * }
     */
    public static void starved_waits(MemorySegment struct, long index0, long fieldValue) {
        starved_waits$ELEM_HANDLE.set(struct, starved_waits$OFFSET, index0, fieldValue);
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
