package org.hotsched.libbpf;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * bpf/test/roundtrip.bpf.o opened from memory, tuned, and loaded through the bindings: the same steps core
 * takes with hotsched.bpf.o. Holds the fds of its program and maps and the live .bss segment.
 */
final class RoundTripObject implements AutoCloseable {

    /** Bytes of the "dispatched" user ring buffer (max_entries in roundtrip.bpf.c). */
    static final int DISPATCHED_BYTES = 16 * 1024;

    final Arena arena = Arena.ofConfined();
    final MemorySegment callState = LibbpfErrno.allocateCallState(arena);
    final MemorySegment obj;
    final int programFd;
    final int queuedFd;
    final int dispatchedFd;
    /** The .bss map's memory, mmapped from the kernel: struct hotsched_stats, updated live by the program. */
    final MemorySegment stats;
    /** The .data map's memory, mmapped: struct bucket_samples, the waits Java writes and their buckets. */
    final MemorySegment bucketSamples;
    final int bucketsFd;
    private final List<MemorySegment> mapped = new ArrayList<>();
    private final MemorySegment runOpts = bpf_test_run_opts.allocate(arena);

    /** Opens and loads the object, with {@code xorKey} written into its .rodata before load. */
    RoundTripObject(byte[] elf, long xorKey) {
        MemorySegment image = arena.allocateFrom(JAVA_BYTE, elf);
        MemorySegment openOpts = bpf_object_open_opts.allocate(arena);
        bpf_object_open_opts.sz(openOpts, bpf_object_open_opts.sizeof());
        bpf_object_open_opts.object_name(openOpts, arena.allocateFrom("roundtrip"));
        obj = LibbpfErrno.bpf_object__open_mem(callState, image, image.byteSize(), openOpts);
        if (obj.equals(MemorySegment.NULL)) {
            int errno = LibbpfErrno.errno(callState);
            arena.close();
            throw new IllegalStateException("bpf_object__open_mem of roundtrip.bpf.o: " + LibbpfErrno.message(errno));
        }
        try {
            globalData(".rodata").set(JAVA_LONG, 0, xorKey);
            check(Libbpf.bpf_object__load(obj), "bpf_object__load of roundtrip.bpf.o");
            stats = mapLive(".bss");
            bucketSamples = mapLive(".data");
            programFd = check(Libbpf.bpf_program__fd(program("roundtrip")), "bpf_program__fd");
            bucketsFd = check(Libbpf.bpf_program__fd(program("buckets")), "bpf_program__fd(buckets)");
            queuedFd = check(Libbpf.bpf_map__fd(map("queued")), "bpf_map__fd(queued)");
            dispatchedFd = check(Libbpf.bpf_map__fd(map("dispatched")), "bpf_map__fd(dispatched)");
            bpf_test_run_opts.sz(runOpts, bpf_test_run_opts.sizeof());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** libbpf's copy of a global-data section (.rodata, .bss, .data): written into the map at load. */
    MemorySegment globalData(String section) {
        MemorySegment size = arena.allocate(JAVA_LONG);
        MemorySegment data = Libbpf.bpf_map__initial_value(map(section), size);
        if (data.equals(MemorySegment.NULL)) {
            throw new IllegalStateException(section + " of roundtrip.bpf.o has no initial value");
        }
        return data.reinterpret(size.get(JAVA_LONG, 0));
    }

    /**
     * A loaded global-data map, mmapped: the live variables. libbpf 1.1 leaves bpf_map__initial_value() on its
     * own copy after load (only skeletons get the map remapped), so this maps the map's fd itself.
     */
    private MemorySegment mapLive(String section) {
        long bytes = globalData(section).byteSize();
        int fd = check(Libbpf.bpf_map__fd(map(section)), "bpf_map__fd(" + section + ")");
        MemorySegment live = LibbpfErrno.mmap(callState, MemorySegment.NULL, bytes,
                Libbpf.PROT_READ() | Libbpf.PROT_WRITE(), Libbpf.MAP_SHARED(), fd, 0);
        if (live.address() == -1L) {
            throw new IllegalStateException("mmap of " + section + ": " + LibbpfErrno.message(LibbpfErrno.errno(callState)));
        }
        MemorySegment segment = live.reinterpret(bytes);
        mapped.add(segment);
        return segment;
    }

    /** Runs the "roundtrip" program once with BPF_PROG_TEST_RUN; returns its return value. */
    int run() {
        return run(programFd);
    }

    /** Runs the program of {@code fd} once with BPF_PROG_TEST_RUN; returns its return value. */
    int run(int fd) {
        check(Libbpf.bpf_prog_test_run_opts(fd, runOpts), "bpf_prog_test_run_opts");
        return bpf_test_run_opts.retval(runOpts);
    }

    MemorySegment map(String name) {
        MemorySegment map = LibbpfErrno.bpf_object__find_map_by_name(callState, obj, arena.allocateFrom(name));
        if (map.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("no map " + name + " in roundtrip.bpf.o: "
                    + LibbpfErrno.message(LibbpfErrno.errno(callState)));
        }
        return map;
    }

    private MemorySegment program(String name) {
        MemorySegment prog = LibbpfErrno.bpf_object__find_program_by_name(callState, obj, arena.allocateFrom(name));
        if (prog.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("no program " + name + " in roundtrip.bpf.o");
        }
        return prog;
    }

    static int check(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException(what + " failed: " + LibbpfErrno.message(result));
        }
        return result;
    }

    @Override
    public void close() {
        for (MemorySegment segment : mapped) {
            Libbpf.munmap(segment, segment.byteSize());
        }
        Libbpf.bpf_object__close(obj);
        arena.close();
    }
}
