package org.hotsched.policy.fair;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PassedOver;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.StartupSettings;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.hotsched.api.VirtualRuntimes;
import org.hotsched.api.Weights;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Weighted fair sharing, as CFS does it: every task has a virtual runtime that advances by the CPU time it
 * used × 100 / its weight, and the task with the smallest one runs next, so CPU time is shared in proportion
 * to weight (nice). A new or waking task starts at no less than the smallest virtual runtime minus one slice:
 * sleeping cannot bank credit.
 *
 * <p>The CPU time a task used is the growth of {@link TaskView#runtimeNs()} between two enqueues; the part of
 * a run that ends in sleep is not reported by the kernel and is not charged.
 *
 * <p>The policy hands a task to the kernel only when a CPU it may run on is idle, and keeps every other task
 * ordered itself, so the task whose slice just ended competes with those waiting: were one queued in the
 * kernel already, it would simply run next, and two tasks sharing a CPU would alternate whatever their weights.
 * (On sched_ext, the BPF side sends a CPU's last task to the policy rather than keep it running while the
 * policy holds others, and wakes the policy when a CPU goes idle.) The cost is the policy's decision time per
 * slice end, during which the CPU idles. Only the task at the head of the order is placed: while its CPUs are
 * busy, a task behind it waits even if another CPU is idle. The slice, too, follows the weight (the configured
 * slice at weight 100, nice 0; from a sixteenth to four times it).
 */
@Component(configurationPid = FairConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        scope = ServiceScope.PROTOTYPE)
@Designate(ocd = FairConfig.class)
public final class FairPolicy implements SchedulerPolicy {

    static final String NAME = "fair";
    /** Per-pid state of a task not seen for this long is forgotten; it starts afresh like a waking task. */
    static final long FORGET_NS = 10_000_000_000L;
    private static final Logger LOG = System.getLogger("org.hotsched.policy.fair");
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "Weighted fair sharing (CFS-like): CPU time in proportion to weight; sleepers cannot bank credit.");

    private volatile long sliceNs;
    private PolicyContext context;
    private TaskQueue queue;
    private PassedOver passedOver;
    private VirtualRuntimes runtimes;

    /** For tests and plain use: {@code sliceNs} 0 means the bridge's default slice. */
    public FairPolicy(long sliceNs) {
        this.sliceNs = checkedSlice(sliceNs);
    }

    /** An invalid configuration at start leaves the defaults in force ({@link StartupSettings}). */
    @Activate
    public FairPolicy(FairConfig config) {
        this(StartupSettings.orDefaults(() -> checkedSlice(config.slice_ns()), () -> 0L, LOG));
    }

    @Modified
    void modified(FairConfig config) {
        try {
            sliceNs = checkedSlice(config.slice_ns());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the previous slice stays in force");
        }
    }

    long sliceSetting() {
        return sliceNs;
    }

    private static long checkedSlice(long ns) {
        if (ns != 0 && (ns < FairConfig.MIN_SLICE_NS || ns > FairConfig.MAX_SLICE_NS)) {
            throw new IllegalArgumentException("configuration " + FairConfig.PID + ": slice.ns=" + ns
                    + " is invalid; use 0 or a whole number from " + FairConfig.MIN_SLICE_NS + " to " + FairConfig.MAX_SLICE_NS);
        }
        return ns;
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        this.context = ctx;
        this.queue = new TaskQueue(1024, ctx.topology().nrCpus());
        this.passedOver = new PassedOver(64, ctx.topology().nrCpus());
        this.runtimes = new VirtualRuntimes(4096, FORGET_NS);
    }

    private long slice() {
        long s = sliceNs;
        return s == 0 ? context.defaultSliceNs() : s;
    }

    @Override
    public void enqueue(TaskBatch batch) {
        long now = context.nowNs();
        long lag = slice();
        for (int i = 0, n = batch.size(); i < n; i++) {
            TaskView task = batch.task(i);
            runtimes.track(task, now);
            queue.offer(task, runtimes.charge(task, task.weight(), lag));
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
        long slice = slice();
        while (!queue.isEmpty() && sink.remaining() > 0 && context.anyCpuIdle()) {
            TaskView task = queue.peek();
            int cpu = context.pickIdleCpu(task);
            // A task whose CPUs are all busy waits for this round; the ones behind it may use the idle CPUs.
            if (cpu == DispatchSink.CPU_ANY) {
                passedOver.take(queue);
                continue;
            }
            if (!sink.dispatch(task, cpu, weightedSlice(slice, task.weight()), queue.peekKey())) {
                break;
            }
            queue.remove();
        }
        passedOver.giveBack(queue);
    }

    /** {@code slice} × weight / 100, from {@code slice / 16} to {@code slice × 4}, within the bridge's slice limits. */
    static long weightedSlice(long slice, int weight) {
        long weighted = slice * Math.max(1, weight) / Weights.DEFAULT;
        long bounded = Math.max(slice / 16, Math.min(slice * 4, weighted));
        return Math.max(DispatchSink.MIN_SLICE_NS, Math.min(DispatchSink.MAX_SLICE_NS, bounded));
    }

    @Override
    public int pending() {
        return queue == null ? 0 : queue.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        queue.drainTo(successor);
    }

    @Override
    public void handOver(TaskBuffer successor, int max) {
        queue.drainTo(successor, max);
    }
}
