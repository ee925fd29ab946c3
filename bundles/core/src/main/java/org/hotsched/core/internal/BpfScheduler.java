package org.hotsched.core.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;
import org.hotsched.libbpf.LibbpfLoader;
import org.hotsched.libbpf.bpf_object_open_opts;
import org.hotsched.libbpf.hotsched_config;

/**
 * The BPF scheduler object through its life: open → set read-only knobs → mark maps and programs →
 * load → attach through a BPF link → close. Each step fails with its own one-line error.
 *
 * <p>The scheduler is attached through a link, never a bare struct_ops map: the kernel then drops it the
 * moment this process dies, SIGKILL included, instead of leaving a scheduler nobody serves. libbpf 1.2+
 * makes that link in {@code bpf_map__attach_struct_ops} for a map flagged {@code BPF_F_LINK}; libbpf 1.1
 * only stores the map value there, so the link is created with {@code bpf_link_create}.
 */
final class BpfScheduler implements AutoCloseable {

    /** Names the BPF side uses (bpf/hotsched.bpf.c). */
    static final String STRUCT_OPS_MAP = "hotsched";
    static final String CONFIG_MAP = ".rodata.cfg";
    static final String STATS_MAP = ".data.stats";
    static final String EXIT_MAP = ".data.exit";
    /** intf.h's HOTSCHED_CPU_IDLE_SECTION: one byte per CPU, 1 = idle. */
    static final String IDLE_MAP = ".data.idle";
    static final String QUEUED_MAP = "queued";
    static final String DISPATCHED_MAP = "dispatched";
    /** intf.h's HOTSCHED_BRIDGE_SECTION: struct hotsched_bridge, written by Java. */
    static final String BRIDGE_MAP = ".data.bridge";
    /** Ends Java's wait when a CPU wants work while Java holds tasks (enum hotsched_wakeup records). */
    static final String WAKEUPS_MAP = "wakeups";
    /** ops.init creates DSQs, which may sleep; libbpf 1.1 cannot tell that from a section name. */
    static final String[] SLEEPABLE_PROGRAMS = {"hotsched_init"};
    /** The syscall program that ends the dispatch thread's wait (a record in {@link #WAKEUPS_MAP}). */
    static final String WAKE_PROGRAM = "hotsched_wake";

    private static final LibbpfLoader.Version LINKING_ATTACH = new LibbpfLoader.Version(1, 2);

    private final Arena arena = Arena.ofShared();
    private final List<MemorySegment> mappings = new ArrayList<>();
    private final MemorySegment callState = LibbpfErrno.allocateCallState(arena);
    private final LogTail log;
    private MemorySegment object = MemorySegment.NULL;
    private MemorySegment libbpfLink = MemorySegment.NULL;
    private int ownLinkFd = -1;

    private BpfScheduler(LogTail log) {
        this.log = log;
    }

    /** Opens, configures, loads and attaches {@code image}; on failure nothing stays attached. */
    static BpfScheduler attach(byte[] image, Knobs knobs, LogTail log, LibbpfLoader.Version libbpf)
            throws BpfLoadException {
        BpfScheduler s = new BpfScheduler(log);
        try {
            s.open(image);
            s.configure(knobs);
            s.load();
            s.attachLink(libbpf);
            return s;
        } catch (BpfLoadException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The read-only knobs written before load. */
    record Knobs(int jvmTgid, long sliceNs, long stallBudgetNs, long heartbeatNs) {
    }

    private void open(byte[] image) throws BpfLoadException {
        MemorySegment buf = arena.allocate(image.length, 8);
        MemorySegment.copy(image, 0, buf, ValueLayout.JAVA_BYTE, 0, image.length);
        MemorySegment opts = bpf_object_open_opts.allocate(arena);
        bpf_object_open_opts.sz(opts, bpf_object_open_opts.sizeof());
        bpf_object_open_opts.object_name(opts, arena.allocateFrom("hotsched"));
        object = LibbpfErrno.bpf_object__open_mem(callState, buf, image.length, opts);
        if (object.equals(MemorySegment.NULL)) {
            throw new BpfLoadException("open: libbpf rejected the embedded BPF object ("
                    + LibbpfErrno.message(LibbpfErrno.errno(callState)) + "): " + log.tail(3));
        }
    }

    private void configure(Knobs knobs) throws BpfLoadException {
        MemorySegment sizeOut = arena.allocate(ValueLayout.JAVA_LONG);
        MemorySegment initial = Libbpf.bpf_map__initial_value(map(CONFIG_MAP), sizeOut);
        long size = sizeOut.get(ValueLayout.JAVA_LONG, 0);
        if (initial.equals(MemorySegment.NULL) || size != hotsched_config.sizeof()) {
            throw new BpfLoadException("open: map " + CONFIG_MAP + " is " + size + " bytes, not struct hotsched_config ("
                    + hotsched_config.sizeof() + "): the BPF object and this bridge come from different builds");
        }
        MemorySegment cfg = initial.reinterpret(size);
        hotsched_config.jvm_tgid(cfg, knobs.jvmTgid());
        hotsched_config.slice_ns(cfg, knobs.sliceNs());
        hotsched_config.stall_budget_ns(cfg, knobs.stallBudgetNs());
        hotsched_config.heartbeat_ns(cfg, knobs.heartbeatNs());
        check("open", Libbpf.bpf_map__set_map_flags(map(STRUCT_OPS_MAP), Libbpf.HOTSCHED_BPF_F_LINK()),
                "flagging the struct_ops map for a link");
        for (String name : SLEEPABLE_PROGRAMS) {
            check("open", Libbpf.bpf_program__set_flags(program(name), Libbpf.BPF_F_SLEEPABLE()),
                    "marking " + name + " sleepable");
        }
    }

    private void load() throws BpfLoadException {
        int err = Libbpf.bpf_object__load(object);
        if (err < 0) {
            throw new BpfLoadException("load: the kernel refused the BPF scheduler (" + LibbpfErrno.message(-err)
                    + "); end of the verifier log: " + log.tail(12));
        }
    }

    private void attachLink(LibbpfLoader.Version libbpf) throws BpfLoadException {
        MemorySegment ops = map(STRUCT_OPS_MAP);
        libbpfLink = LibbpfErrno.bpf_map__attach_struct_ops(callState, ops);
        if (libbpfLink.equals(MemorySegment.NULL)) {
            throw attachError(LibbpfErrno.errno(callState));
        }
        if (libbpf.compareTo(LINKING_ATTACH) < 0) {
            ownLinkFd = Libbpf.bpf_link_create(Libbpf.bpf_map__fd(ops), 0, Libbpf.HOTSCHED_BPF_STRUCT_OPS(),
                    MemorySegment.NULL);
            if (ownLinkFd < 0) {
                int errno = -ownLinkFd;
                ownLinkFd = -1;
                throw attachError(errno);
            }
        }
    }

    private BpfLoadException attachError(int errno) {
        String why = LibbpfErrno.message(errno);
        if (BpfPrerequisites.sysfs("state").equals("enabled")) {
            return new BpfLoadException("attach: another sched_ext scheduler is attached ("
                    + BpfPrerequisites.sysfs("root/ops") + "): stop it first");
        }
        return new BpfLoadException("attach: the kernel refused to enable the scheduler (" + why + "): "
                + log.tail(6) + "; see dmesg");
    }

    /** The fd of map {@code name}. */
    int mapFd(String name) throws BpfLoadException {
        return Libbpf.bpf_map__fd(map(name));
    }

    /** The fd of program {@code name}, once loaded. */
    int programFd(String name) throws BpfLoadException {
        return Libbpf.bpf_program__fd(program(name));
    }

    /**
     * Maps a global-data map into this process, read-write, for {@code size} bytes; unmapped by {@link #close()},
     * so a backend that fails half-way through its set-up leaks none.
     */
    MemorySegment mmap(String name, long size) throws BpfLoadException {
        MemorySegment addr = LibbpfErrno.mmap(callState, MemorySegment.NULL, size,
                Libbpf.PROT_READ() | Libbpf.PROT_WRITE(), Libbpf.MAP_SHARED(), mapFd(name), 0);
        if (addr.address() == -1L) {
            throw new BpfLoadException("attach: cannot map " + name + " (" + LibbpfErrno.message(LibbpfErrno.errno(callState)) + ")");
        }
        MemorySegment mapped = addr.reinterpret(size);
        mappings.add(mapped);
        return mapped;
    }

    Arena arena() {
        return arena;
    }

    MemorySegment callState() {
        return callState;
    }

    private MemorySegment map(String name) throws BpfLoadException {
        return found(LibbpfErrno.bpf_object__find_map_by_name(callState, object, arena.allocateFrom(name)), "map " + name);
    }

    private MemorySegment program(String name) throws BpfLoadException {
        return found(LibbpfErrno.bpf_object__find_program_by_name(callState, object, arena.allocateFrom(name)),
                "program " + name);
    }

    /** {@code handle}, or one line saying the object lacks {@code what} when it is NULL. */
    private static MemorySegment found(MemorySegment handle, String what) throws BpfLoadException {
        if (handle.equals(MemorySegment.NULL)) {
            throw new BpfLoadException("open: the BPF object has no " + what
                    + ": the BPF object and this bridge come from different builds");
        }
        return handle;
    }

    private static void check(String step, int result, String what) throws BpfLoadException {
        if (result < 0) {
            throw new BpfLoadException(step + ": " + what + " failed (" + LibbpfErrno.message(-result) + ")");
        }
    }

    /**
     * Detaches: closing the link makes the kernel run ops.exit (recording why in exit_info) and return
     * every task to its default class. The maps stay readable until {@link #close()}.
     */
    void detach() {
        if (ownLinkFd >= 0) {
            Libbpf.close(ownLinkFd);
            ownLinkFd = -1;
        }
        if (!libbpfLink.equals(MemorySegment.NULL)) {
            Libbpf.bpf_link__destroy(libbpfLink);
            libbpfLink = MemorySegment.NULL;
        }
    }

    /** Detaches if still attached, and frees everything, the mappings of {@link #mmap} too. */
    @Override
    public void close() {
        detach();
        mappings.forEach(m -> Libbpf.munmap(m, m.byteSize()));
        mappings.clear();
        if (!object.equals(MemorySegment.NULL)) {
            Libbpf.bpf_object__close(object);
            object = MemorySegment.NULL;
        }
        arena.close();
    }
}
