package org.hotsched.policy.interactive;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.StartupSettings;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.hotsched.api.VirtualRuntimes;
import org.hotsched.api.WakeupPreemption;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;

/**
 * scx_rustland's idea: a weighted virtual runtime as in a fair scheduler (a waking task starts at most one
 * slice behind the smallest), and tasks run in order of deadline = vruntime + min(runtime since last sleep,
 * k × slice). A task that sleeps often has a small runtime since its last sleep and jumps ahead of CPU hogs.
 * Each task gets the base slice divided by the tasks waiting + 1, never less than the minimum slice.
 *
 * <p>Wake-up preemption ({@code preempt.wakeups}, off by default): when no CPU is idle, a task that just woke
 * is dispatched with {@link DispatchSink#PREEMPT}, so it does not wait for a hog's slice to end; at most one per
 * minimum slice, so a burst of wake-ups does not turn into a burst of preemptions.
 */
@Component(configurationPid = InteractiveConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        scope = ServiceScope.PROTOTYPE)
@Designate(ocd = InteractiveConfig.class)
public final class InteractivePolicy implements SchedulerPolicy {

    static final String NAME = "interactive";
    static final long FORGET_NS = 10_000_000_000L;
    private static final Logger LOG = System.getLogger("org.hotsched.policy.interactive");
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "Tasks that sleep often run first (scx_rustland-style deadlines); for desktops and latency under load.");

    /** A checked, immutable configuration. */
    record Settings(long sliceNs, long sliceMinNs, int runtimeCapSlices, boolean preemptWakeups) {
        Settings {
            check("slice.ns", sliceNs, InteractiveConfig.MIN_SLICE_NS, InteractiveConfig.MAX_SLICE_NS);
            check("slice.min.ns", sliceMinNs, InteractiveConfig.MIN_SLICE_NS, sliceNs);
            check("runtime.cap.slices", runtimeCapSlices, 1, InteractiveConfig.MAX_RUNTIME_CAP);
        }

        private static void check(String key, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("configuration " + InteractiveConfig.PID + ": " + key + "=" + value
                        + " is invalid; use a whole number from " + min + " to " + max);
            }
        }
    }

    private volatile Settings settings;
    private PolicyContext context;
    private TaskQueue queue;
    private VirtualRuntimes runtimes;
    /** The deadline of the last task dispatched. */
    private long lastKeySent = Long.MIN_VALUE;
    /** Rebuilt when slice.min.ns, the interval between two preempting decisions, changes. */
    private WakeupPreemption preemption;
    private long preemptionIntervalNs = -1;

    /** For tests and plain use. */
    public InteractivePolicy(long sliceNs, long sliceMinNs, int runtimeCapSlices) {
        this(new Settings(sliceNs, sliceMinNs, runtimeCapSlices, false));
    }

    /** For tests and plain use, with wake-up preemption on or off. */
    public InteractivePolicy(long sliceNs, long sliceMinNs, int runtimeCapSlices, boolean preemptWakeups) {
        this(new Settings(sliceNs, sliceMinNs, runtimeCapSlices, preemptWakeups));
    }

    private InteractivePolicy(Settings settings) {
        this.settings = settings;
    }

    /** An invalid configuration at start leaves the defaults in force ({@link StartupSettings}). */
    @Activate
    public InteractivePolicy(InteractiveConfig config) {
        this(StartupSettings.orDefaults(
                () -> settingsOf(config),
                () -> new Settings(InteractiveConfig.DEFAULT_SLICE_NS, InteractiveConfig.DEFAULT_SLICE_MIN_NS,
                        InteractiveConfig.DEFAULT_RUNTIME_CAP_SLICES, false), LOG));
    }

    @Modified
    void modified(InteractiveConfig config) {
        try {
            settings = settingsOf(config);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the previous configuration stays in force");
        }
    }

    private static Settings settingsOf(InteractiveConfig config) {
        return new Settings(config.slice_ns(), config.slice_min_ns(), config.runtime_cap_slices(),
                config.preempt_wakeups());
    }

    Settings settings() {
        return settings;
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        this.context = ctx;
        int nrCpus = ctx.topology().nrCpus();
        this.queue = new TaskQueue(1024, nrCpus);
        this.runtimes = new VirtualRuntimes(4096, FORGET_NS);
    }

    @Override
    public void enqueue(TaskBatch batch) {
        Settings s = settings;
        long now = context.nowNs();
        long runtimeCap = s.runtimeCapSlices() * s.sliceNs();
        for (int i = 0, n = batch.size(); i < n; i++) {
            TaskView task = batch.task(i);
            runtimes.track(task, now);
            long vruntime = runtimes.charge(task, task.weight(), s.sliceNs());
            queue.offer(task, vruntime + Math.min(task.runtimeNs(), runtimeCap));
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
        Settings s = settings;
        int waiting = queue.size() + context.backlog() + context.queuedInKernel();
        long slice = Math.max(s.sliceMinNs(), s.sliceNs() / (waiting + 1));
        long now = context.nowNs();
        WakeupPreemption preemption = preemptionFor(s);
        while (!queue.isEmpty() && sink.remaining() > 0) {
            TaskView task = queue.peek();
            long key = queue.peekKey();
            int cpu = context.pickIdleCpu(task);
            if (cpu == DispatchSink.CPU_ANY && context.kernelQueuesFull() && !jumpsTheKernelQueues(key)) {
                return;
            }
            int flags = s.preemptWakeups() ? preemption.flags(task, cpu, now) : 0;
            if (!sink.dispatch(task, cpu, slice, key, flags)) {
                return;
            }
            lastKeySent = key;
            queue.remove();
        }
    }

    /**
     * About one task per CPU waits in the kernel's queues, so that this order decides the rest; an idle CPU
     * always gets one. A task whose deadline comes before the last one sent there (a sleeper that just woke,
     * beside hogs) is sent too, up to twice that many: the kernel's queues are ordered by the same deadline,
     * so it goes ahead of the hogs already queued instead of waiting here for one of them to start running.
     */
    private boolean jumpsTheKernelQueues(long key) {
        return key < lastKeySent && context.queuedInKernel() < 2 * context.topology().nrCpus();
    }

    private WakeupPreemption preemptionFor(Settings s) {
        if (s.sliceMinNs() != preemptionIntervalNs) {
            preemptionIntervalNs = s.sliceMinNs();
            preemption = new WakeupPreemption(preemptionIntervalNs);
        }
        return preemption;
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
