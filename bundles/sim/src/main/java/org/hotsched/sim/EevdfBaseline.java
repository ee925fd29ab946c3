package org.hotsched.sim;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.EnqueueFlags;
import org.hotsched.api.PidTable;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.hotsched.api.Weights;

/**
 * A <b>model</b> of the kernel's default scheduler (EEVDF, Linux 6.6+), the baseline {@link Comparison} measures
 * policies against. It is not the kernel's code and makes no claim to match its numbers; it keeps the rules
 * that decide who runs next:
 * <ul>
 *   <li><b>weighted virtual runtime</b>: a task's vruntime grows by the CPU time it used × 100 / its weight;
 *   <li><b>virtual deadline</b> = vruntime at which it became eligible + slice × 100 / weight;
 *   <li><b>eligibility</b>: a task may run when its lag is ≥ 0, that is its vruntime is no later than V, the
 *       weighted average vruntime of the queued tasks;
 *   <li><b>pick</b>: the eligible task with the earliest virtual deadline.
 * </ul>
 * The slice defaults to 3 ms, like the kernel's base slice ({@code sysctl_sched_base_slice}).
 *
 * <p>Simplifications: the simulator has <b>no preemption</b>, so a waking task with an earlier deadline waits
 * for a running task's slice to end instead of preempting it (the kernel's wake-up preemption is what this model
 * lacks most); a waking task keeps at most one slice of positive lag instead of the kernel's decayed lag; one
 * shared run queue stands for the kernel's per-CPU ones (at most one task per CPU is handed to the kernel at a
 * time, the rest wait here); a task that became eligible stays eligible until it runs.
 */
public final class EevdfBaseline implements SchedulerPolicy {

    /** The kernel's base slice, 3 ms. */
    public static final long DEFAULT_SLICE_NS = 3_000_000L;
    public static final String NAME = "eevdf-baseline";
    private static final long FORGET_NS = 10_000_000_000L;
    private static final int VRUNTIME = 0;
    private static final int LAST_RUNTIME = 1;
    private static final int DEADLINE = 2;
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "Model of the kernel's default EEVDF scheduler (no preemption): the comparison baseline.");

    private final long sliceNs;
    private PolicyContext context;
    private int nrCpus;
    private PidTable tasks;
    /** Queued tasks not yet eligible, ordered by vruntime. */
    private TaskQueue waiting;
    /** Eligible tasks, ordered by virtual deadline. */
    private TaskQueue eligible;
    /** Σ weight and Σ weight × (vruntime − base) over the queued tasks, for V. */
    private long sumWeight;
    private double sumWeightedV;
    private long base;
    /** The last V, used while nothing is queued. */
    private long lastV;

    /** The model with the kernel's 3 ms base slice. */
    public EevdfBaseline() {
        this(DEFAULT_SLICE_NS);
    }

    /** @param sliceNs the base slice, 100 µs .. 1 s */
    public EevdfBaseline(long sliceNs) {
        if (sliceNs < 100_000L || sliceNs > 1_000_000_000L) {
            throw new IllegalArgumentException("EEVDF slice " + sliceNs + " ns is outside 100000..1000000000");
        }
        this.sliceNs = sliceNs;
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        context = ctx;
        nrCpus = ctx.topology().nrCpus();
        tasks = new PidTable(4096, FORGET_NS);
        waiting = new TaskQueue(1024, nrCpus);
        eligible = new TaskQueue(1024, nrCpus);
    }

    /** V: the weighted average vruntime of the queued tasks (the last one when none is queued). */
    long averageVruntime() {
        if (sumWeight > 0) {
            lastV = base + (long) (sumWeightedV / sumWeight);
        }
        return lastV;
    }

    @Override
    public void enqueue(TaskBatch batch) {
        long now = context.nowNs();
        long v0 = averageVruntime();
        for (int i = 0, n = batch.size(); i < n; i++) {
            TaskView task = batch.task(i);
            int weight = Math.max(1, task.weight());
            int s = tasks.slot(task.pid(), now);
            boolean fresh = tasks.inserted();
            boolean woke = EnqueueFlags.isWakeup(task.enqFlags());
            long runtime = task.runtimeNs();
            long last = tasks.get(s, LAST_RUNTIME);
            long ran = fresh ? 0 : woke || runtime < last ? runtime : runtime - last;
            long vruntime;
            if (fresh) {
                vruntime = v0;                                   // placed at V: zero lag
            } else {
                vruntime = tasks.get(s, VRUNTIME) + ran * Weights.DEFAULT / weight;
                if (woke) {                                      // keep at most one slice of credit
                    vruntime = Math.max(vruntime, v0 - sliceNs * Weights.DEFAULT / weight);
                }
            }
            long deadline = vruntime + sliceNs * Weights.DEFAULT / weight;
            tasks.set(s, VRUNTIME, vruntime);
            tasks.set(s, LAST_RUNTIME, runtime);
            tasks.set(s, DEADLINE, deadline);
            if (sumWeight == 0) {
                base = vruntime;
                sumWeightedV = 0;
            }
            sumWeight += weight;
            sumWeightedV += (double) weight * (vruntime - base);
            waiting.offer(task, vruntime);
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
        while (pending() > 0 && sink.remaining() > 0 && context.queuedInKernel() < nrCpus) {
            promoteEligible();
            TaskView task = eligible.peek();
            long deadline = eligible.peekKey();
            if (!sink.dispatch(task, context.pickIdleCpu(task), sliceNs, deadline)) {
                return;
            }
            int s = tasks.find(task.pid());
            long vruntime = s < 0 ? averageVruntime() : tasks.get(s, VRUNTIME);
            sumWeight -= Math.max(1, task.weight());
            sumWeightedV -= (double) Math.max(1, task.weight()) * (vruntime - base);
            if (sumWeight <= 0) {
                sumWeight = 0;
                sumWeightedV = 0;
                lastV = Math.max(lastV, vruntime);
            }
            eligible.remove();
        }
    }

    /** Moves every task with lag ≥ 0 (vruntime ≤ V) to the eligible queue; at least one when any waits. */
    private void promoteEligible() {
        long v = averageVruntime();
        while (!waiting.isEmpty() && (waiting.peekKey() <= v || eligible.isEmpty())) {
            TaskView task = waiting.peek();
            int s = tasks.find(task.pid());
            long deadline = s < 0 ? waiting.peekKey() + sliceNs * Weights.DEFAULT / Math.max(1, task.weight())
                    : tasks.get(s, DEADLINE);
            eligible.offer(task, deadline);
            waiting.remove();
        }
    }

    @Override
    public int pending() {
        return waiting == null ? 0 : waiting.size() + eligible.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        eligible.drainTo(successor);
        waiting.drainTo(successor);
        sumWeight = 0;
        sumWeightedV = 0;
    }
}
