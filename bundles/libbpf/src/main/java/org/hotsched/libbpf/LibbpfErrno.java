package org.hotsched.libbpf;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * errno of the calls that report failure only through it: the libbpf functions that return NULL, and libc's
 * {@code close} and {@code mmap}. Each method here is the {@link Libbpf} function of the same name, linked with
 * {@code Linker.Option.captureCallState("errno")} from that function's own address and descriptor, with a
 * leading call-state segment that receives errno. The JVM may change errno between two downcalls, so reading
 * it any other way is unreliable.
 *
 * <p>libbpf's int-returning functions need none of this: since libbpf 1.0 they return {@code -errno} itself.
 *
 * <p>Allocate one call-state segment per thread with {@link #allocateCallState} and reuse it: no call here
 * allocates.
 */
public final class LibbpfErrno {

    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(groupElement("errno"));

    private LibbpfErrno() {
    }

    /** A segment to pass as {@code callState}; reuse it for every call of one thread. */
    public static MemorySegment allocateCallState(SegmentAllocator allocator) {
        return allocator.allocate(CALL_STATE);
    }

    /** errno as captured by the last call that was given {@code callState}. */
    public static int errno(MemorySegment callState) {
        return (int) ERRNO.get(callState, 0L);
    }

    /** libbpf's text for an error code, positive or negative, libbpf's own (4000 and up) or errno's. */
    public static String message(int err) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(256);
            Libbpf.libbpf_strerror(err, buf, buf.byteSize());
            return buf.getString(0);
        }
    }

    static MethodHandle capturing(MemorySegment address, FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(address, descriptor, Linker.Option.captureCallState("errno"));
    }

    private static final class bpf_object__open_file {
        static final MethodHandle HANDLE = capturing(Libbpf.bpf_object__open_file$address(),
                Libbpf.bpf_object__open_file$descriptor());
    }

    /** {@link Libbpf#bpf_object__open_file}; NULL on failure, errno in {@code callState}. */
    public static MemorySegment bpf_object__open_file(MemorySegment callState, MemorySegment path, MemorySegment opts) {
        try {
            return (MemorySegment) bpf_object__open_file.HANDLE.invokeExact(callState, path, opts);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class bpf_object__open_mem {
        static final MethodHandle HANDLE = capturing(Libbpf.bpf_object__open_mem$address(),
                Libbpf.bpf_object__open_mem$descriptor());
    }

    /** {@link Libbpf#bpf_object__open_mem}; NULL on failure, errno in {@code callState}. */
    public static MemorySegment bpf_object__open_mem(MemorySegment callState, MemorySegment obj_buf, long obj_buf_sz,
            MemorySegment opts) {
        try {
            return (MemorySegment) bpf_object__open_mem.HANDLE.invokeExact(callState, obj_buf, obj_buf_sz, opts);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class bpf_object__find_map_by_name {
        static final MethodHandle HANDLE = capturing(Libbpf.bpf_object__find_map_by_name$address(),
                Libbpf.bpf_object__find_map_by_name$descriptor());
    }

    /** {@link Libbpf#bpf_object__find_map_by_name}; NULL (errno ENOENT) when there is no such map. */
    public static MemorySegment bpf_object__find_map_by_name(MemorySegment callState, MemorySegment obj,
            MemorySegment name) {
        try {
            return (MemorySegment) bpf_object__find_map_by_name.HANDLE.invokeExact(callState, obj, name);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class bpf_object__find_program_by_name {
        static final MethodHandle HANDLE = capturing(Libbpf.bpf_object__find_program_by_name$address(),
                Libbpf.bpf_object__find_program_by_name$descriptor());
    }

    /** {@link Libbpf#bpf_object__find_program_by_name}; NULL (errno ENOENT) when there is no such program. */
    public static MemorySegment bpf_object__find_program_by_name(MemorySegment callState, MemorySegment obj,
            MemorySegment name) {
        try {
            return (MemorySegment) bpf_object__find_program_by_name.HANDLE.invokeExact(callState, obj, name);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class bpf_map__attach_struct_ops {
        static final MethodHandle HANDLE = capturing(Libbpf.bpf_map__attach_struct_ops$address(),
                Libbpf.bpf_map__attach_struct_ops$descriptor());
    }

    /** {@link Libbpf#bpf_map__attach_struct_ops}; NULL on failure (EBUSY: another scheduler is attached). */
    public static MemorySegment bpf_map__attach_struct_ops(MemorySegment callState, MemorySegment map) {
        try {
            return (MemorySegment) bpf_map__attach_struct_ops.HANDLE.invokeExact(callState, map);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class ring_buffer__new {
        static final MethodHandle HANDLE = capturing(Libbpf.ring_buffer__new$address(),
                Libbpf.ring_buffer__new$descriptor());
    }

    /** {@link Libbpf#ring_buffer__new}; NULL on failure, errno in {@code callState}. */
    public static MemorySegment ring_buffer__new(MemorySegment callState, int map_fd, MemorySegment sample_cb,
            MemorySegment ctx, MemorySegment opts) {
        try {
            return (MemorySegment) ring_buffer__new.HANDLE.invokeExact(callState, map_fd, sample_cb, ctx, opts);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class user_ring_buffer__new {
        static final MethodHandle HANDLE = capturing(Libbpf.user_ring_buffer__new$address(),
                Libbpf.user_ring_buffer__new$descriptor());
    }

    /** {@link Libbpf#user_ring_buffer__new}; NULL on failure, errno in {@code callState}. */
    public static MemorySegment user_ring_buffer__new(MemorySegment callState, int map_fd, MemorySegment opts) {
        try {
            return (MemorySegment) user_ring_buffer__new.HANDLE.invokeExact(callState, map_fd, opts);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class user_ring_buffer__reserve {
        static final MethodHandle HANDLE = capturing(Libbpf.user_ring_buffer__reserve$address(),
                Libbpf.user_ring_buffer__reserve$descriptor());
    }

    /**
     * {@link Libbpf#user_ring_buffer__reserve}; NULL when the buffer is full (errno {@link Libbpf#ENOSPC()})
     * or the record can never fit ({@link Libbpf#E2BIG()}).
     */
    public static MemorySegment user_ring_buffer__reserve(MemorySegment callState, MemorySegment rb, int size) {
        try {
            return (MemorySegment) user_ring_buffer__reserve.HANDLE.invokeExact(callState, rb, size);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class close {
        static final MethodHandle HANDLE = capturing(Libbpf.close$address(), Libbpf.close$descriptor());
    }

    /** libc {@link Libbpf#close}, e.g. of a {@code bpf_link_create} fd; -1 on failure, errno in {@code callState}. */
    public static int close(MemorySegment callState, int __fd) {
        try {
            return (int) close.HANDLE.invokeExact(callState, __fd);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class mmap {
        static final MethodHandle HANDLE = capturing(Libbpf.mmap$address(), Libbpf.mmap$descriptor());
    }

    /**
     * libc {@link Libbpf#mmap}, e.g. of a .bss map fd for a live view of its variables; returns address -1
     * ({@code MAP_FAILED}) on failure, errno in {@code callState}.
     */
    public static MemorySegment mmap(MemorySegment callState, MemorySegment __addr, long __len, int __prot,
            int __flags, int __fd, long __offset) {
        try {
            return (MemorySegment) mmap.HANDLE.invokeExact(callState, __addr, __len, __prot, __flags, __fd, __offset);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
