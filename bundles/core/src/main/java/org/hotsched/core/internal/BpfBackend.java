package org.hotsched.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;
import org.hotsched.libbpf.LibbpfLoader;
import org.hotsched.libbpf.LibbpfLog;
import org.hotsched.libbpf.hotsched_exit_info;
import org.hotsched.libbpf.hotsched_stats;
import org.hotsched.libbpf.ring_buffer_sample_fn;

/**
 * The real kernel as a backend: the sched_ext scheduler of bpf/hotsched.bpf.c, attached for as long as
 * this backend is open. Runnable tasks arrive on the {@code queued} ring buffer and are copied into a
 * reused {@link TaskBuffer}; decisions go out on the {@code dispatched} user ring buffer. Neither path
 * allocates per task.
 */
final class BpfBackend implements SchedulerBackend {

    private static final Logger LOG = System.getLogger("org.hotsched.core");
    static final String OBJECT_RESOURCE = "/bpf/hotsched.bpf.o";
    private static final int BATCH_CAPACITY = 4096;
    private static final long HEARTBEAT_NS = 100_000_000L;

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
    private final String libbpfVersion;
    private volatile boolean closed;
    private boolean exitReported;

    private BpfBackend(BpfScheduler scheduler, CpuTopology topology, String libbpfVersion) throws BpfLoadException {
        this.scheduler = scheduler;
        this.topology = topology;
        this.libbpfVersion = libbpfVersion;
        this.batch = new TaskBuffer(BATCH_CAPACITY, topology.nrCpus());
        this.copier = new QueuedRecordCopier(batch);
        this.stats = scheduler.mmap(BpfScheduler.STATS_MAP, hotsched_stats.sizeof());
        this.exitInfo = scheduler.mmap(BpfScheduler.EXIT_MAP, hotsched_exit_info.sizeof());
        this.cpuIdle = scheduler.mmap(BpfScheduler.IDLE_MAP, Libbpf.HOTSCHED_MAX_CPUS());
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

    @Override
    public String name() {
        return "bpf";
    }

    @Override
    public CpuTopology topology() {
        return topology;
    }

    @Override
    public long nowNs() {
        return System.nanoTime();
    }

    /** As the BPF side's ops.update_idle last published it. */
    @Override
    public boolean isCpuIdle(int cpu) {
        return cpu >= 0 && cpu < cpuIdle.byteSize() && cpuIdle.get(ValueLayout.JAVA_BYTE, cpu) != 0;
    }

    @Override
    public long[] cgroupIdsUnder(String path) {
        return CgroupFs.idsUnder(CgroupFs.ROOT, path);
    }

    @Override
    public int backlog() {
        return 0;
    }

    @Override
    public int queuedInKernel() {
        return 0;
    }

    @Override
    public TaskBatch poll(long timeoutNs) {
        batch.clear();
        // Records ready now are read in place; only when there are none does libbpf wait (epoll) for the next.
        int timeoutMs = (int) Math.max(0, timeoutNs / 1_000_000L);
        if (queued.drain(copier, BATCH_CAPACITY) == 0 && timeoutMs > 0) {
            Libbpf.ring_buffer__poll(ringBuffer, timeoutMs);
        }
        if (!exitReported && hotsched_exit_info.kind(exitInfo) != 0) {
            exitReported = true;
            LOG.log(Level.ERROR, "hotsched: the kernel stopped the sched_ext scheduler (" + exitReason()
                    + "); tasks are back on the kernel's default scheduler; restart hotsched to attach again");
        }
        return batch;
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime) {
        return decisions.write(pid, generation, cpu, sliceNs, vtime);
    }


    @Override
    public long stallFallbacks() {
        return hotsched_stats.nr_stall_fallbacks(stats);
    }

    @Override
    public int dispatchRoom() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void notifyPending(int heldByUserSpace) {
        // The BPF side's stall net and heartbeat cover tasks Java holds; it needs no count.
    }

    @Override
    public Map<String, String> kernelState() {
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

    private String exitReason() {
        return "kind " + hotsched_exit_info.kind(exitInfo) + ": "
                + exitInfo.getString(hotsched_exit_info.reason$offset()) + " "
                + exitInfo.getString(hotsched_exit_info.msg$offset());
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        if (closed) {
            return c;
        }
        c.put("queued", hotsched_stats.nr_queued(stats));
        c.put("userDispatches", hotsched_stats.nr_user_dispatches(stats));
        c.put("kernelDispatches", hotsched_stats.nr_kernel_dispatches(stats));
        c.put("congested", hotsched_stats.nr_congested(stats));
        c.put("stallFallbacks", hotsched_stats.nr_stall_fallbacks(stats));
        c.put("cancelled", hotsched_stats.nr_cancelled(stats));
        c.put("bounced", hotsched_stats.nr_bounced(stats));
        c.put("invalid", hotsched_stats.nr_invalid(stats));
        c.put("heartbeats", hotsched_stats.nr_heartbeats(stats));
        c.put("running", hotsched_stats.nr_running(stats));
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
        Libbpf.munmap(stats, stats.byteSize());
        Libbpf.munmap(exitInfo, exitInfo.byteSize());
        Libbpf.munmap(cpuIdle, cpuIdle.byteSize());
        scheduler.close();
        LOG.log(Level.INFO, "hotsched: sched_ext scheduler detached (" + (exit != null ? exit : "no exit reported")
                + "); state " + BpfPrerequisites.sysfs("state"));
    }
}
