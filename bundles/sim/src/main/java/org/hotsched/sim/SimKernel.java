package org.hotsched.sim;

import java.util.Map;
import java.util.Objects;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.internal.Counters;
import org.hotsched.sim.internal.Engine;
import org.hotsched.sim.internal.ReportBuilder;

/**
 * A simulated sched_ext kernel with a user-space scheduler's transport, as in scx_rustland_core: runnable
 * tasks reach user space as records in a queued ring ({@link #drainQueued}), user space answers with
 * {@link #dispatch} decisions, and safety nets keep every task running when user space is slow or absent.
 *
 * <p>Time is virtual and moves only inside {@link #advance}. Everything is deterministic: the same
 * configuration and the same calls give the same run.
 *
 * <p><b>Threading.</b> Not thread-safe: one thread makes every call, except {@link #counters()}, which any
 * thread may call at any time. The hot path ({@code advance}, {@code drainQueued}, {@code dispatch},
 * {@code notifyPending}) allocates nothing in steady state.
 */
public final class SimKernel {

    private final SimConfig config;
    private final Engine engine;

    public SimKernel(SimConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.engine = new Engine(config);
    }

    public SimConfig config() {
        return config;
    }

    /**
     * Decisions the dispatched ring holds: the same as bpf/intf.h's HOTSCHED_DISPATCHED_RING_BYTES gives the
     * BPF side (its bytes over a 40-byte record and an 8-byte header); a test in core checks the two agree.
     */
    public static final int DISPATCHED_RING_CAPACITY = (1 << 18) / (40 + 8);

    /**
     * How long a task user space has read may be held before the stall safety net dispatches it (bpf/intf.h's
     * HOTSCHED_HELD_BUDGET_NS); one not yet read gets the configured stall budget.
     */
    public static final long HELD_BUDGET_NS = 1_000_000_000L;

    public CpuTopology topology() {
        return config.topology();
    }

    /** Virtual time in nanoseconds since the simulation began. */
    public long nowNs() {
        return engine.nowNs();
    }

    /**
     * Virtual time of the next event (a wake-up, a fork, a slice's end, a stall check), or {@link Long#MAX_VALUE}
     * when none is due: nothing changes before it, so a caller waiting for user work need not wait longer.
     */
    public long nextEventNs() {
        return engine.nextEventNs();
    }

    /**
     * Processes events until virtual time reaches {@code limitNs}, or stops early as soon as user space has
     * work: a record was queued into the ring, or a CPU went idle while user space holds tasks
     * ({@link #notifyPending} &gt; 0). When it runs to the limit, virtual time becomes {@code limitNs}.
     *
     * <p>Records already in the ring when the call starts do not stop it: the caller has seen
     * {@link #backlog()} and left them, as a kernel keeps running whether or not user space drains. So a
     * caller that never drains still moves time forward, and the stall safety net keeps every task running.
     *
     * @return {@code true} if it stopped because user space has work
     */
    public boolean advance(long limitNs) {
        return engine.advance(limitNs);
    }

    /**
     * Moves up to {@code max} queued records, oldest first, to the end of {@code into} (whose CPU masks must
     * cover this kernel's CPUs). Records may be stale by the time they are read: a decision for one is
     * cancelled and counted.
     *
     * @return how many records were appended
     */
    public int drainQueued(TaskBuffer into, int max) {
        return engine.drainQueued(into, max);
    }

    /** Records waiting in the queued ring. */
    public int backlog() {
        return engine.backlog();
    }

    /**
     * Applies a user-space decision at once. A decision for a task that no longer waits for that enqueue
     * (generation mismatch, or the safety net took it) is cancelled and counted; one repeating an applied
     * decision is counted as a duplicate; an unknown pid is counted invalid. A CPU out of range or not allowed
     * for the task sends it to the shared queue and counts it bounced.
     *
     * @param cpu a CPU or {@link DispatchSink#CPU_ANY} for the shared queue
     * @param sliceNs the slice; 0 or less means the default slice
     * @param vtime the ordering key in the target queue (smaller runs first, ties in arrival order)
     * @param flags 0 or {@link DispatchSink#PREEMPT}: if no CPU the task may use is idle, the task running on
     *              {@code cpu} (for the shared queue: on the task's previous CPU) stops now and is enqueued
     *              again, as SCX_KICK_PREEMPT does
     * @return {@code false} when the model of the dispatched ring is full ({@link #dispatchRoom()} is 0):
     *         the decision was not applied and user space still holds the task
     */
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        return engine.dispatch(pid, generation, cpu, sliceNs, vtime, flags);
    }

    /** {@link #dispatch(int, long, int, long, long, int)} without flags. */
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime) {
        return engine.dispatch(pid, generation, cpu, sliceNs, vtime, 0);
    }

    /**
     * Decisions that still fit in the dispatched ring: {@link #DISPATCHED_RING_CAPACITY} less those sent since
     * the kernel last ran ({@link #advance}), which is when the CPUs drain it, as the BPF side's ops.dispatch
     * drains the user ring. A decision takes effect at once, though; on sched_ext it waits for a CPU's next
     * ops.dispatch (see the sim README).
     */
    public int dispatchRoom() {
        return engine.dispatchRoom();
    }

    /** How many tasks user space holds without having dispatched them (the policy's {@code pending()}). */
    public void notifyPending(int heldByUserSpace) {
        engine.notifyPending(heldByUserSpace);
    }

    /** Dispatched tasks waiting in the kernel's queues (per-CPU, shared, fallback) for a CPU. */
    public int queuedInKernel() {
        return engine.queuedInKernel();
    }

    /** The ids of the workload's cgroups at {@code path} or below ({@link TaskGroup#inCgroup}), ascending. */
    public long[] cgroupIdsUnder(String path) {
        return engine.cgroupIdsUnder(path);
    }

    /** Whether {@code cpu} runs nothing and has nothing queued for it; {@code false} for a CPU out of range. */
    public boolean isCpuIdle(int cpu) {
        return engine.isCpuIdle(cpu);
    }

    public long eventsProcessed() {
        return engine.eventsProcessed();
    }

    /** The enqueue/dispatch accounting now. */
    public SimAccounting accounting() {
        return engine.accounting();
    }

    /** A report of the run so far (policy counters empty; {@link Simulation} adds them). */
    public SimReport report() {
        return ReportBuilder.build(engine);
    }

    /**
     * Every counter by name, for display; callable from any thread, values may lag slightly. Names: events,
     * nowNs, enqueuedToUser, dispatchedByUser, dispatchedByFallback (stall safety net), congested,
     * kernelDirect, cancelledStale, invalidPid, bounced, duplicates, outstanding, backlog, heldByUser, wakeups,
     * forks, exits, sliceExpiries, runningCpus, liveTasks, preemptions, heldStalls (of dispatchedByFallback: records
     * user space had read and held past the held budget), starvedWaits, starvedWaitP99Ns and starvedWaitMaxNs
     * ({@link StarvedWaits#summarize}).
     */
    public Map<String, Long> counters() {
        Map<String, Long> counters = engine.counters().snapshot();
        long[] starved = new long[StarvedWaits.BUCKETS];
        engine.starvedWaits().copyTo(starved);
        StarvedWaits.summarize(starved, counters);
        return counters;
    }

    /** Tasks the stall safety net dispatched because user space held them too long; cheap, no allocation. */
    public long stallFallbacks() {
        return engine.counters().get(Counters.DISPATCHED_BY_FALLBACK);
    }

    /**
     * Of {@link #stallFallbacks()}, the tasks user space had read and held past {@link #HELD_BUDGET_NS}: what its
     * policy caused, not its lateness. Cheap, no allocation.
     */
    public long heldStalls() {
        return engine.counters().get(Counters.HELD_STALLS);
    }

    /** The starved waits so far ({@link StarvedWaits}), into {@code into}; cheap, no allocation. */
    public void starvedWaits(long[] into) {
        engine.starvedWaits().copyTo(into);
    }


    /** One line, e.g. "4 CPUs, workload demo, seed 42". */
    public String describe() {
        return engine.describe();
    }

    @Override
    public String toString() {
        return "SimKernel[" + describe() + ", now " + nowNs() + " ns]";
    }
}
