package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.StarvedWaits;

/**
 * The sched_ext backend, attached again after the kernel ejects it. The kernel stops a sched_ext scheduler on
 * a stall (watchdog), a CPU going on- or offline (it asks the scheduler to restart), or an error; tasks then run
 * on the kernel's default scheduler. This backend notices it after the next poll, says why, and attaches a new
 * scheduler after a back-off (1 s, doubling to 60 s; back to 1 s once one stayed attached for a minute), while
 * the bridge keeps its active policy. Only an operator's SysRq-S is respected: that one stays detached.
 *
 * <p>While detached nothing is queued and there is nothing to dispatch to: {@link #poll} waits, the queue counts
 * are 0, and a decision is dropped (the task it was for runs on the default scheduler). The running totals the
 * bridge takes differences of (stall-net dispatches, held stalls, starved waits) go on across attaches: each new
 * scheduler counts from 0, so the ejected ones' totals are kept and added, or a swap window or a probation
 * spanning a re-attach would see its counts fall.
 */
final class ReattachingBackend implements SchedulerBackend {

    /** Told on the dispatch thread each time a new scheduler is attached. */
    interface Listener {
        void reattached(String why);
    }

    /** The kernel's {@code enum scx_exit_kind} value of SysRq-S, the same from 6.12 to 7.2. */
    static final long SCX_EXIT_SYSRQ = 67;
    /** {@code SCX_EXIT_ERROR}: from this kind on the kernel stopped the scheduler for an error and dumped its queues. */
    static final long SCX_EXIT_ERROR = 1024;
    /** Where the kernel writes that dump: a tracepoint, not the kernel log. */
    static final String DUMP_TRACEPOINT = "/sys/kernel/tracing/events/sched_ext/sched_ext_dump/enable";
    static final long FIRST_BACKOFF_NS = TimeUnit.SECONDS.toNanos(1);
    static final long MAX_BACKOFF_NS = TimeUnit.SECONDS.toNanos(60);
    /** Attached this long, a scheduler ejected again starts the back-off afresh. */
    static final long STABLE_NS = TimeUnit.SECONDS.toNanos(60);
    /** Never spin while detached, whatever the caller's timeout. */
    private static final long MIN_PARK_NS = TimeUnit.MILLISECONDS.toNanos(1);

    /** A backend the kernel can stop: {@link BpfBackend} in use, a stand-in in tests. */
    interface Ejectable extends SchedulerBackend {
        /** The kernel's {@code enum scx_exit_kind} once it stopped the scheduler; 0 while it runs. Any thread. */
        long exitKind();

        /** Why the kernel stopped it. */
        String exitReason();
    }

    /** Opens a new scheduler: {@link BpfBackend#open} in use, a stand-in in tests. */
    interface Opener {
        Ejectable open() throws BpfLoadException;
    }

    private static final Logger LOG = System.getLogger("org.hotsched.core");

    private final Opener opener;
    private final long firstBackoffNs;
    private final CpuTopology topology;
    private final TaskBuffer empty;
    private volatile Ejectable current;
    private volatile Listener listener = why -> { };
    private volatile String lastExit;
    private volatile long reattaches;
    /** For {@link #wakeUp()} while no scheduler is attached and the poll waits here. */
    private final PollWake wake = new PollWake();
    /** What the schedulers ejected so far had counted; written on the dispatch thread before {@code current} is. */
    private final long[] earlierStarved = new long[StarvedWaits.BUCKETS];
    private final long[] scratch = new long[StarvedWaits.BUCKETS];
    private volatile long earlierStallFallbacks;
    private volatile long earlierHeldStalls;
    private long attachedAtNs;
    private long backoffNs;
    private long nextAttemptNs;
    private String ejectedWhy;
    private boolean closed;

    ReattachingBackend(Ejectable first, Opener opener) {
        this(first, opener, FIRST_BACKOFF_NS);
    }

    ReattachingBackend(Ejectable first, Opener opener, long firstBackoffNs) {
        this.current = first;
        this.opener = opener;
        this.firstBackoffNs = firstBackoffNs;
        this.backoffNs = firstBackoffNs;
        this.topology = first.topology();
        this.empty = new TaskBuffer(1, topology.nrCpus());
        this.attachedAtNs = System.nanoTime();
    }

    void listener(Listener l) {
        this.listener = l;
    }

    @Override
    public String name() {
        return BpfBackend.NAME;
    }

    @Override
    public CpuTopology topology() {
        return topology;
    }

    @Override
    public long nowNs() {
        return System.nanoTime();
    }

    @Override
    public boolean isCpuIdle(int cpu) {
        Ejectable b = current;
        return b != null && b.isCpuIdle(cpu);
    }

    @Override
    public long[] cgroupIdsUnder(String path) {
        return CgroupFs.idsUnder(CgroupFs.ROOT, path);
    }

    @Override
    public int backlog() {
        Ejectable b = current;
        return b == null ? 0 : b.backlog();
    }

    @Override
    public int queuedInKernel() {
        Ejectable b = current;
        return b == null ? 0 : b.queuedInKernel();
    }

    @Override
    public TaskBatch poll(long timeoutNs) {
        wake.polling();
        Ejectable b = current;
        if (b != null) {
            TaskBatch batch = b.poll(timeoutNs);
            if (b.exitKind() == 0) {
                return batch;
            }
            ejected(b);
            // The records of this batch came from the scheduler that is gone: their tasks run on the default one.
            return empty;
        }
        long now = System.nanoTime();
        if (now - nextAttemptNs >= 0 && ejectedWhy != null) {
            attachAgain(now);
        }
        if (current == null) {
            // Waits as a poll would: until the next attempt, or the whole timeout when none is due (SysRq-S).
            long waitNs = ejectedWhy != null ? Math.min(timeoutNs, Math.max(0, nextAttemptNs - now)) : timeoutNs;
            wake.park(Math.max(waitNs, MIN_PARK_NS));
            wake.take();
        }
        return empty;
    }

    /** Wakes the scheduler attached now, or the poll that waits while none is. */
    @Override
    public void wakeUp() {
        Ejectable b = current;
        if (b != null) {
            b.wakeUp();
            return;
        }
        wake.wake();
    }

    private void ejected(Ejectable b) {
        long kind = b.exitKind();
        String why = b.exitReason().strip();
        lastExit = why;
        b.starvedWaits(scratch);
        for (int i = 0; i < StarvedWaits.BUCKETS; i++) {
            earlierStarved[i] += scratch[i];
        }
        earlierStallFallbacks += b.stallFallbacks();
        earlierHeldStalls += b.heldStalls();
        synchronized (this) {
            current = null;
            b.close();
        }
        long now = System.nanoTime();
        if (now - attachedAtNs >= STABLE_NS) {
            backoffNs = firstBackoffNs;
        }
        if (kind == SCX_EXIT_SYSRQ) {
            LOG.log(Level.ERROR, "hotsched: an operator detached the sched_ext scheduler with SysRq-S (" + why
                    + "); tasks run on the kernel's default scheduler; restart hotsched to attach again");
            return;
        }
        ejectedWhy = why;
        nextAttemptNs = now + backoffNs;
        LOG.log(Level.ERROR, "hotsched: the kernel stopped the sched_ext scheduler (" + why + "); tasks run on the"
                + " kernel's default scheduler; attaching again in " + TimeUnit.NANOSECONDS.toMillis(backoffNs) + " ms"
                + (kind >= SCX_EXIT_ERROR ? "; the kernel dumped its queues to the sched_ext_dump tracepoint (to keep"
                        + " the next one: echo 1 > " + DUMP_TRACEPOINT + ", then read /sys/kernel/tracing/trace)" : ""));
    }

    private void attachAgain(long now) {
        Ejectable b;
        try {
            b = opener.open();
        } catch (BpfLoadException | RuntimeException e) {
            backoffNs = Math.min(MAX_BACKOFF_NS, backoffNs * 2);
            nextAttemptNs = now + backoffNs;
            LOG.log(Level.ERROR, "hotsched: attaching the sched_ext scheduler again failed (" + e.getMessage()
                    + "); next try in " + TimeUnit.NANOSECONDS.toMillis(backoffNs) + " ms");
            return;
        }
        synchronized (this) {
            if (closed) {
                b.close();
                return;
            }
            current = b;
        }
        String why = ejectedWhy;
        ejectedWhy = null;
        attachedAtNs = System.nanoTime();
        backoffNs = Math.min(MAX_BACKOFF_NS, backoffNs * 2);
        reattaches++;
        LOG.log(Level.INFO, "hotsched: sched_ext scheduler attached again after the kernel stopped it (" + why + ")");
        listener.reattached(why);
    }

    /** Dropped while detached: the task runs on the kernel's default scheduler. */
    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        Ejectable b = current;
        return b == null || b.dispatch(pid, generation, cpu, sliceNs, vtime, flags);
    }

    @Override
    public long stallFallbacks() {
        Ejectable b = current;
        return earlierStallFallbacks + (b == null ? 0 : b.stallFallbacks());
    }

    @Override
    public long heldStalls() {
        Ejectable b = current;
        return earlierHeldStalls + (b == null ? 0 : b.heldStalls());
    }

    @Override
    public void starvedWaits(long[] into) {
        Ejectable b = current;
        if (b == null) {
            Arrays.fill(into, 0, StarvedWaits.BUCKETS, 0L);
        } else {
            b.starvedWaits(into);
        }
        for (int i = 0; i < StarvedWaits.BUCKETS; i++) {
            into[i] += earlierStarved[i];
        }
    }

    @Override
    public int dispatchRoom() {
        Ejectable b = current;
        return b == null ? 0 : b.dispatchRoom();
    }

    @Override
    public void notifyPending(int heldByUserSpace) {
        Ejectable b = current;
        if (b != null) {
            b.notifyPending(heldByUserSpace);
        }
    }

    @Override
    public Map<String, String> kernelState() {
        Ejectable b = current;
        Map<String, String> state = b != null ? b.kernelState() : new LinkedHashMap<>(Map.of("state",
                BpfPrerequisites.sysfs("state") + " (hotsched detached; " + (ejectedWhy != null
                        ? "attaching again)" : "SysRq-S: restart hotsched to attach again)")));
        if (lastExit != null) {
            state.put("last exit", lastExit + "; attached again " + reattaches + " time(s)");
        }
        return state;
    }

    /** The attached scheduler's counters (they start at 0 with each attach), and the re-attaches so far. */
    @Override
    public Map<String, Long> counters() {
        Ejectable b = current;
        Map<String, Long> c = b != null ? b.counters() : new LinkedHashMap<>();
        c.put("reattaches", reattaches);
        return c;
    }

    @Override
    public synchronized void close() {
        closed = true;
        Ejectable b = current;
        current = null;
        if (b != null) {
            b.close();
        }
    }
}
