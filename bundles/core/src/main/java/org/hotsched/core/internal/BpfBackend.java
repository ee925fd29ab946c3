package org.hotsched.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;
import org.hotsched.libbpf.LibbpfLoader;
import org.hotsched.libbpf.LibbpfLog;
import org.hotsched.libbpf.bpf_test_run_opts;
import org.hotsched.libbpf.hotsched_bridge;
import org.hotsched.libbpf.hotsched_dispatch;
import org.hotsched.libbpf.hotsched_exit_info;
import org.hotsched.libbpf.hotsched_stats;
import org.hotsched.libbpf.ring_buffer_sample_fn;
import org.hotsched.sim.StarvedWaits;

/**
 * The real kernel as a backend: the sched_ext scheduler of bpf/hotsched.bpf.c, attached for as long as
 * this backend is open. Runnable tasks arrive on the {@code queued} ring buffer and are copied into a
 * reused {@link TaskBuffer}; decisions go out on the {@code dispatched} user ring buffer. Neither path
 * allocates per task.
 *
 * <p>The numbers the policy API promises are measured, as the simulator measures them: {@link #backlog()}
 * is the records the BPF side queued that Java has not read, {@link #queuedInKernel()} the tasks waiting in
 * the DSQs (the BPF side counts them in and out), {@link #dispatchRoom()} the decisions that still fit in
 * the user ring (written less those the BPF side drained). {@link #notifyPending} publishes how many tasks
 * the policy holds; while it holds some, the BPF side wakes this thread's wait (the {@code wakeups} ring)
 * as soon as a CPU wants work, so held tasks wait for a CPU, not for a timeout.
 */
final class BpfBackend implements ReattachingBackend.Ejectable {

    private static final Logger LOG = System.getLogger("org.hotsched.core");
    static final String OBJECT_RESOURCE = "/bpf/hotsched.bpf.o";
    /** The backend's name, also of the {@link ReattachingBackend} around it. */
    static final String NAME = "bpf";
    private static final int BATCH_CAPACITY = 4096;
    private static final long HEARTBEAT_NS = 100_000_000L;
    private static final VarHandle HELD = ValueLayout.JAVA_LONG.varHandle();
    private static final VarHandle RECORDS_READ = ValueLayout.JAVA_LONG.varHandle();
    private static final VarHandle ROUND_AT = ValueLayout.JAVA_LONG.varHandle();

    private final BpfScheduler scheduler;
    private final CpuTopology topology;
    private final TaskBuffer batch;
    private final QueuedRecordCopier copier;
    private final MemorySegment ringBuffer;
    private final MappedRing queued;
    private final MemorySegment userRing;
    private final DispatchRecordWriter decisions;
    private final MemorySegment stats;
    private final MemorySegment exitInfo;
    private final MemorySegment cpuIdle;
    private final MemorySegment bridge;
    /** hotsched_wake, run by {@link #wakeUp()}. */
    private final int wakeProgramFd;
    /** Records of the {@code dispatched} ring that fit in it at once: its bytes over a header and a record. */
    private final long dispatchedCapacity;
    /** Queued records Java has read: the BPF side's nr_queued less this is the backlog. */
    private long recordsRead;
    private long heldPublished;
    private boolean dispatcherPublished;
    private boolean dispatcherCpuFree;
    private final String libbpfVersion;
    private volatile boolean closed;

    private BpfBackend(BpfScheduler scheduler, CpuTopology topology, String libbpfVersion) throws BpfLoadException {
        this.scheduler = scheduler;
        this.topology = topology;
        this.libbpfVersion = libbpfVersion;
        this.batch = new TaskBuffer(BATCH_CAPACITY, topology.nrCpus());
        this.copier = new QueuedRecordCopier(batch);
        this.stats = scheduler.mmap(BpfScheduler.STATS_MAP, hotsched_stats.sizeof());
        this.exitInfo = scheduler.mmap(BpfScheduler.EXIT_MAP, hotsched_exit_info.sizeof());
        this.cpuIdle = scheduler.mmap(BpfScheduler.IDLE_MAP, Libbpf.HOTSCHED_MAX_CPUS());
        this.bridge = scheduler.mmap(BpfScheduler.BRIDGE_MAP, hotsched_bridge.sizeof());
        this.wakeProgramFd = scheduler.programFd(BpfScheduler.WAKE_PROGRAM);
        this.dispatchedCapacity = Libbpf.HOTSCHED_DISPATCHED_RING_BYTES()
                / (hotsched_dispatch.sizeof() + Libbpf.BPF_RINGBUF_HDR_SZ());
        this.queued = MappedRing.map(scheduler.callState(), scheduler.mapFd(BpfScheduler.QUEUED_MAP),
                Libbpf.HOTSCHED_QUEUED_RING_BYTES(), BpfScheduler.QUEUED_MAP);
        MemorySegment onRecord = ring_buffer_sample_fn.allocate(this::onRecord, scheduler.arena());
        this.ringBuffer = LibbpfErrno.ring_buffer__new(scheduler.callState(),
                scheduler.mapFd(BpfScheduler.QUEUED_MAP), onRecord, MemorySegment.NULL, MemorySegment.NULL);
        if (ringBuffer.equals(MemorySegment.NULL)) {
            queued.close();
            throw new BpfLoadException("attach: cannot read the queued ring buffer ("
                    + LibbpfErrno.message(LibbpfErrno.errno(scheduler.callState())) + ")");
        }
        MemorySegment onWakeup = ring_buffer_sample_fn.allocate(BpfBackend::onWakeup, scheduler.arena());
        int added = Libbpf.ring_buffer__add(ringBuffer, scheduler.mapFd(BpfScheduler.WAKEUPS_MAP), onWakeup,
                MemorySegment.NULL);
        if (added < 0) {
            Libbpf.ring_buffer__free(ringBuffer);
            queued.close();
            throw new BpfLoadException("attach: cannot read the wakeups ring buffer (" + LibbpfErrno.message(-added) + ")");
        }
        this.userRing = LibbpfErrno.user_ring_buffer__new(scheduler.callState(),
                scheduler.mapFd(BpfScheduler.DISPATCHED_MAP), MemorySegment.NULL);
        if (userRing.equals(MemorySegment.NULL)) {
            Libbpf.ring_buffer__free(ringBuffer);
            queued.close();
            throw new BpfLoadException("attach: cannot write the dispatched user ring buffer ("
                    + LibbpfErrno.message(LibbpfErrno.errno(scheduler.callState())) + ")");
        }
        this.decisions = new DispatchRecordWriter(userRing);
    }

    /**
     * Loads and attaches the embedded scheduler.
     *
     * @throws BpfLoadException one line naming what is missing and the fix
     */
    static BpfBackend open(BridgeSettings settings) throws BpfLoadException {
        String missing = BpfPrerequisites.missing().orElse(null);
        if (missing != null) {
            throw new BpfLoadException(missing);
        }
        byte[] image = embeddedObject();
        LibbpfLoader.Version version;
        try {
            version = LibbpfLoader.load();
        } catch (RuntimeException e) {
            throw new BpfLoadException(e.getMessage());
        }
        LogTail log = new LogTail(System.getLogger("org.hotsched.libbpf"), 64);
        LibbpfLog.install(log);
        int tgid = (int) ProcessHandle.current().pid();
        BpfScheduler scheduler = BpfScheduler.attach(image,
                new BpfScheduler.Knobs(tgid, settings.sliceNs(), settings.stallBudgetNs(), HEARTBEAT_NS), log, version);
        try {
            BpfBackend backend = new BpfBackend(scheduler, SysfsTopology.read(), version.toString());
            LOG.log(Level.INFO, "hotsched: sched_ext scheduler attached (" + BpfPrerequisites.sysfs("root/ops")
                    + ", libbpf " + version + "); threads of this JVM (tgid " + tgid + ") bypass Java scheduling");
            return backend;
        } catch (BpfLoadException | RuntimeException e) {
            scheduler.close();
            throw e;
        }
    }

    private static byte[] embeddedObject() throws BpfLoadException {
        try (InputStream in = BpfBackend.class.getResourceAsStream(OBJECT_RESOURCE)) {
            if (in == null) {
                throw new BpfLoadException("this build has no BPF scheduler object (clang was missing when it was "
                        + "built): install clang and libbpf-dev and rebuild");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BpfLoadException("cannot read the embedded BPF object: " + e.getMessage());
        }
    }

    /**
     * One queued record that arrived while ring_buffer__poll waited: copied into the batch (records ready
     * before that are read in place by {@link MappedRing}). Runs inside ring_buffer__poll, on the dispatch
     * thread. The upcall only passes the address on, so it stays small enough to be inlined into libbpf's
     * callback stub and the segment the stub makes per record does not escape.
     */
    private int onRecord(MemorySegment ctx, MemorySegment data, long size) {
        try {
            copier.copy(data.address());
        } catch (Throwable t) {
            // An exception leaving an upcall ends the JVM; the BPF stall net dispatches a record lost here.
            return 0;
        }
        return 0;
    }

    /** Tells the BPF side which thread decides (its kernel tid), once, from that thread. */
    private void publishDispatcher() {
        dispatcherPublished = true;
        try {
            // "/proc/thread-self" links to "PID/task/TID".
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            int tid = Integer.parseInt(self.getFileName().toString());
            hotsched_bridge.dispatcher_tid(bridge, tid);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "hotsched: cannot read this thread's id from /proc/thread-self (" + e
                    + "); policies will not count the dispatch thread's CPU as free");
        }
    }

    /**
     * Ends the dispatch thread's wait at once, or its next one: runs hotsched_wake, which writes a record to the
     * wakeups ring as the BPF side does when a CPU wants work. Any thread; rare (a swap, a stop), so the
     * run's options are allocated per call. Synchronized with {@link #close()}, so it never runs a closed fd.
     */
    @Override
    public synchronized void wakeUp() {
        if (closed) {
            return;
        }
        try (Arena call = Arena.ofConfined()) {
            MemorySegment opts = bpf_test_run_opts.allocate(call);
            bpf_test_run_opts.sz(opts, bpf_test_run_opts.sizeof());
            int err = Libbpf.bpf_prog_test_run_opts(wakeProgramFd, opts);
            if (err < 0) {
                LOG.log(Level.WARNING, "hotsched: could not wake the dispatch thread (" + LibbpfErrno.message(-err)
                        + "); it notices the swap or stop at its next wake-up");
            }
        }
    }

    /** A wake-up record: its only job was to end ring_buffer__poll's wait. */
    private static int onWakeup(MemorySegment ctx, MemorySegment data, long size) {
        return 0;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CpuTopology topology() {
        return topology;
    }

    @Override
    public long nowNs() {
        return System.nanoTime();
    }

    /**
     * As the BPF side's ops.update_idle last published it; and, in the round after the thread waited for work,
     * the CPU this dispatch thread runs on, which is free as soon as the thread sleeps at the end of its round
     * (otherwise a policy that places tasks on idle CPUs would never place one there, and the BPF side would
     * wake it each time that CPU goes idle).
     */
    @Override
    public boolean isCpuIdle(int cpu) {
        if (cpu < 0 || cpu >= cpuIdle.byteSize()) {
            return false;
        }
        return cpuIdle.get(ValueLayout.JAVA_BYTE, cpu) != 0
                || dispatcherCpuFree && hotsched_stats.dispatcher_cpu(stats) == cpu + 1L;
    }

    @Override
    public long[] cgroupIdsUnder(String path) {
        return CgroupFs.idsUnder(CgroupFs.ROOT, path);
    }

    /** Records queued by the BPF side (its count moves just after the record shows) less those read. */
    @Override
    public int backlog() {
        return clampToInt(hotsched_stats.nr_queued(stats) - recordsRead);
    }

    /** Tasks in the DSQs, as the BPF side counts them in (insert) and out (running, off the runqueue). */
    @Override
    public int queuedInKernel() {
        return clampToInt(hotsched_stats.nr_in_dsqs(stats));
    }

    private static int clampToInt(long n) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, n));
    }

    @Override
    public TaskBatch poll(long timeoutNs) {
        if (!dispatcherPublished) {
            publishDispatcher();
        }
        batch.clear();
        // Records ready now are read in place; only when there are none does libbpf wait (epoll) for the next,
        // or for a wake-up record.
        int timeoutMs = (int) Math.max(0, timeoutNs / 1_000_000L);
        // The dispatch thread's CPU is free for one round after the thread slept; rounds back to back would
        // otherwise pile tasks on it.
        dispatcherCpuFree = false;
        if (queued.drain(copier, BATCH_CAPACITY) == 0 && timeoutMs > 0) {
            Libbpf.ring_buffer__poll(ringBuffer, timeoutMs);
            dispatcherCpuFree = true;
        }
        if (batch.size() > 0) {
            recordsRead += batch.size();
            RECORDS_READ.setRelease(bridge, hotsched_bridge.records_read$offset(), recordsRead);
        }
        return batch;
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        return decisions.write(pid, generation, cpu, sliceNs, vtime, flags);
    }


    @Override
    public long stallFallbacks() {
        return hotsched_stats.nr_stall_fallbacks(stats);
    }

    @Override
    public long heldStalls() {
        return hotsched_stats.nr_held_stalls(stats);
    }

    @Override
    public void starvedWaits(long[] into) {
        for (int b = 0; b < StarvedWaits.BUCKETS; b++) {
            into[b] = hotsched_stats.starved_waits(stats, b);
        }
    }

    /** Decisions that fit in the user ring now: its capacity less those written and not yet drained. */
    @Override
    public int dispatchRoom() {
        return clampToInt(dispatchedCapacity - (decisions.written() - hotsched_stats.nr_drained(stats)));
    }

    /**
     * Called at the end of every round: publishes the tasks the policy holds (only when that changes, so the
     * BPF side's reads do not bounce a cache line every round) and that this round finished, which tells the
     * BPF side that Java is alive and may hold what it read for the held budget rather than the stall budget.
     */
    @Override
    public void notifyPending(int heldByUserSpace) {
        if (heldByUserSpace != heldPublished) {
            heldPublished = heldByUserSpace;
            HELD.setRelease(bridge, hotsched_bridge.held_by_java$offset(), (long) heldByUserSpace);
        }
        ROUND_AT.setRelease(bridge, hotsched_bridge.round_at_ns$offset(), System.nanoTime());
    }

    @Override
    public synchronized Map<String, String> kernelState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("state", BpfPrerequisites.sysfs("state"));
        state.put("root/ops", BpfPrerequisites.sysfs("root/ops"));
        state.put("enable_seq", BpfPrerequisites.sysfs("enable_seq"));
        state.put("libbpf", libbpfVersion);
        if (!closed && hotsched_exit_info.kind(exitInfo) != 0) {
            state.put("exit", exitReason());
        }
        return state;
    }

    @Override
    public long exitKind() {
        return closed ? 0 : hotsched_exit_info.kind(exitInfo);
    }

    /** Why the kernel stopped the scheduler, as its ops.exit recorded it. */
    @Override
    public String exitReason() {
        return "kind " + hotsched_exit_info.kind(exitInfo) + ": "
                + exitInfo.getString(hotsched_exit_info.reason$offset()) + " "
                + exitInfo.getString(hotsched_exit_info.msg$offset());
    }

    @Override
    public synchronized Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        if (closed) {
            return c;
        }
        c.put("queued", hotsched_stats.nr_queued(stats));
        c.put("userDispatches", hotsched_stats.nr_user_dispatches(stats));
        c.put("kernelDispatches", hotsched_stats.nr_kernel_dispatches(stats));
        c.put("congested", hotsched_stats.nr_congested(stats));
        c.put("stallFallbacks", hotsched_stats.nr_stall_fallbacks(stats));
        c.put("heldStalls", hotsched_stats.nr_held_stalls(stats));
        long[] starved = new long[StarvedWaits.BUCKETS];
        starvedWaits(starved);
        StarvedWaits.summarize(starved, c);
        c.put("cancelled", hotsched_stats.nr_cancelled(stats));
        c.put("bounced", hotsched_stats.nr_bounced(stats));
        c.put("invalid", hotsched_stats.nr_invalid(stats));
        c.put("heartbeats", hotsched_stats.nr_heartbeats(stats));
        c.put("running", hotsched_stats.nr_running(stats));
        c.put("inDsqs", hotsched_stats.nr_in_dsqs(stats));
        c.put("drained", hotsched_stats.nr_drained(stats));
        c.put("wakeups", hotsched_stats.nr_wakeups(stats));
        c.put("rescued", hotsched_stats.nr_rescued(stats));
        c.put("stolen", hotsched_stats.nr_stolen(stats));
        c.put("keptLast", hotsched_stats.nr_kept_last(stats));
        c.put("preempted", hotsched_stats.nr_preempted(stats));
        return c;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Libbpf.user_ring_buffer__free(userRing);
        Libbpf.ring_buffer__free(ringBuffer);
        queued.close();
        scheduler.detach();
        String exit = hotsched_exit_info.kind(exitInfo) != 0 ? exitReason() : null;
        String work = hotsched_stats.nr_user_dispatches(stats) + " Java decisions dispatched, "
                + (hotsched_stats.nr_stall_fallbacks(stats) + hotsched_stats.nr_congested(stats))
                + " tasks by the safety nets";
        scheduler.close();
        LOG.log(Level.INFO, "hotsched: sched_ext scheduler detached (" + (exit != null ? exit : "no exit reported")
                + "); " + work + "; state " + BpfPrerequisites.sysfs("state"));
    }
}
