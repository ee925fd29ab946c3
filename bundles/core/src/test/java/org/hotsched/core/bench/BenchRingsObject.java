package org.hotsched.core.bench;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;
import org.hotsched.libbpf.bpf_object_open_opts;
import org.hotsched.libbpf.bpf_test_run_opts;

/**
 * bpf/test/bench_rings.bpf.o loaded through the bindings: its "bench" program, run with BPF_PROG_TEST_RUN,
 * and the fds of its "queued" and "dispatched" rings.
 */
final class BenchRingsObject implements AutoCloseable {

    final Arena arena = Arena.ofConfined();
    final MemorySegment callState = LibbpfErrno.allocateCallState(arena);
    final int queuedFd;
    final int dispatchedFd;
    private final MemorySegment obj;
    private final int programFd;
    private final MemorySegment runOpts = bpf_test_run_opts.allocate(arena);
    /** struct bench_args of bench_rings.bpf.c: u32 count, u32 pad. */
    private final MemorySegment args = arena.allocate(8);

    BenchRingsObject(byte[] elf) {
        MemorySegment image = arena.allocateFrom(JAVA_BYTE, elf);
        MemorySegment openOpts = bpf_object_open_opts.allocate(arena);
        bpf_object_open_opts.sz(openOpts, bpf_object_open_opts.sizeof());
        bpf_object_open_opts.object_name(openOpts, arena.allocateFrom("bench_rings"));
        obj = LibbpfErrno.bpf_object__open_mem(callState, image, image.byteSize(), openOpts);
        if (obj.equals(MemorySegment.NULL)) {
            int errno = LibbpfErrno.errno(callState);
            arena.close();
            throw new IllegalStateException("bpf_object__open_mem of bench_rings.bpf.o: " + LibbpfErrno.message(errno));
        }
        try {
            check(Libbpf.bpf_object__load(obj), "bpf_object__load of bench_rings.bpf.o");
            MemorySegment prog = LibbpfErrno.bpf_object__find_program_by_name(callState, obj,
                    arena.allocateFrom("bench"));
            if (prog.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("no program bench in bench_rings.bpf.o");
            }
            programFd = check(Libbpf.bpf_program__fd(prog), "bpf_program__fd");
            queuedFd = check(Libbpf.bpf_map__fd(map("queued")), "bpf_map__fd(queued)");
            dispatchedFd = check(Libbpf.bpf_map__fd(map("dispatched")), "bpf_map__fd(dispatched)");
            bpf_test_run_opts.sz(runOpts, bpf_test_run_opts.sizeof());
            bpf_test_run_opts.ctx_in(runOpts, args);
            bpf_test_run_opts.ctx_size_in(runOpts, (int) args.byteSize());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * One test run: drains the decisions waiting in "dispatched", then produces {@code count} records into
     * "queued". Returns how many decisions it drained, or -1 (a decision did not echo its record, in FIFO
     * order) or -2 (the queued ring was full).
     */
    int run(int count) {
        args.set(JAVA_INT, 0, count);
        check(Libbpf.bpf_prog_test_run_opts(programFd, runOpts), "bpf_prog_test_run_opts");
        return bpf_test_run_opts.retval(runOpts);
    }

    private MemorySegment map(String name) {
        MemorySegment map = LibbpfErrno.bpf_object__find_map_by_name(callState, obj, arena.allocateFrom(name));
        if (map.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("no map " + name + " in bench_rings.bpf.o");
        }
        return map;
    }

    private static int check(int result, String what) {
        if (result < 0) {
            throw new IllegalStateException(what + " failed: " + LibbpfErrno.message(result));
        }
        return result;
    }

    @Override
    public void close() {
        Libbpf.bpf_object__close(obj);
        arena.close();
    }
}
