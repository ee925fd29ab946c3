package org.hotsched.policy.edf;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import org.hotsched.api.CommChars;
import org.hotsched.api.DispatchSink;
import org.hotsched.api.EnqueueFlags;
import org.hotsched.api.PidTable;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.PolicyMetrics.Counter;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.StartupSettings;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Earliest deadline first for tasks whose command name matches a rule with a period and a runtime: each
 * wake-up releases a job due one period later, jobs run earliest deadline first with their remaining runtime
 * as the slice, and a job past its runtime is served best-effort until the task sleeps again. Every other task
 * is best-effort: FIFO with an rlfifo-style slice, after all deadline tasks (also in the kernel's queues,
 * through the vtime they are dispatched with). Best-effort slices never exceed the smallest slack (period −
 * runtime) of the rules, so with no preemption a waking deadline task still gets a CPU before its slack is
 * gone. The rule verdict is cached per pid and command name.
 */
@Component(configurationPid = EdfConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        scope = ServiceScope.PROTOTYPE)
@Designate(ocd = EdfConfig.class)
public final class EdfPolicy implements SchedulerPolicy {

    static final String NAME = "edf";
    static final long FORGET_NS = 10_000_000_000L;
    /** {@link PidTable} column: the deadline of the task's current job, 0 before its first. */
    private static final int DEADLINE = 0;
    /** {@link PidTable} column: the cached rule, {@code epoch << 48 | comm hash << 16 | rule + 1}. */
    private static final int VERDICT = 1;
    /** {@link PidTable} column: the runtime left to the current job. */
    private static final int RUNTIME_LEFT = 2;
    /** Best-effort tasks are dispatched with vtimes above every deadline. */
    static final long BEST_EFFORT_VTIME = 1L << 62;
    private static final Logger LOG = System.getLogger("org.hotsched.policy.edf");
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "Earliest deadline first for tasks given a period and runtime by comm rules; FIFO for the rest.");

    private record Settings(DeadlineRules rules, long sliceNs) {
    }

    private volatile Settings settings;
    private int epoch;
    private PolicyContext context;
    private TaskQueue deadlines;
    private TaskQueue bestEffort;
    /** Per pid: {@link #DEADLINE}, {@link #VERDICT}, {@link #RUNTIME_LEFT}. */
    private PidTable tasks;
    private final CommChars comm = new CommChars();
    private long sequence;
    private Counter late;
    private Counter overruns;

    /** For tests and plain use: {@code tasks} as in {@link EdfConfig#tasks()}, {@code sliceNs} 0 = bridge default. */
    public EdfPolicy(String tasks, long sliceNs) {
        this.settings = checked(tasks, sliceNs);
    }

    /** An invalid configuration at start leaves the defaults in force ({@link StartupSettings}). */
    @Activate
    public EdfPolicy(EdfConfig config) {
        this.settings = StartupSettings.orDefaults(() -> checked(config.tasks(), config.slice_ns()),
                () -> checked("", 0), LOG);
    }

    @Modified
    void modified(EdfConfig config) {
        try {
            settings = checked(config.tasks(), config.slice_ns());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the previous configuration stays in force");
        }
    }

    private synchronized Settings checked(String spec, long sliceNs) {
        if (sliceNs != 0 && (sliceNs < EdfConfig.MIN_SLICE_NS || sliceNs > EdfConfig.MAX_SLICE_NS)) {
            throw new IllegalArgumentException("configuration " + EdfConfig.PID + ": slice.ns=" + sliceNs
                    + " is invalid; use 0 or a whole number from " + EdfConfig.MIN_SLICE_NS + " to " + EdfConfig.MAX_SLICE_NS);
        }
        epoch = epoch % 0xFFFF + 1; // 1..65535: 0 marks a verdict never cached
        return new Settings(DeadlineRules.parse(spec, epoch), sliceNs);
    }

    DeadlineRules rules() {
        return settings.rules();
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        this.context = ctx;
        int nrCpus = ctx.topology().nrCpus();
        this.deadlines = new TaskQueue(256, nrCpus);
        this.bestEffort = new TaskQueue(1024, nrCpus);
        this.tasks = new PidTable(4096, FORGET_NS);
        this.late = ctx.metrics().counter("edf.late");
        this.overruns = ctx.metrics().counter("edf.overruns");
    }

    @Override
    public void enqueue(TaskBatch batch) {
        DeadlineRules rules = settings.rules();
        long now = context.nowNs();
        for (int i = 0, n = batch.size(); i < n; i++) {
            TaskView task = batch.task(i);
            int slot = tasks.slot(task.pid(), now);
            boolean fresh = tasks.inserted();
            int rule = verdict(task, slot, rules);
            if (rule < 0) {
                bestEffort.offer(task, sequence++);
                continue;
            }
            if (fresh || EnqueueFlags.isWakeup(task.enqFlags()) || tasks.get(slot, DEADLINE) == 0) {
                tasks.set(slot, DEADLINE, now + rules.periodNs()[rule]);
            }
            long left = rules.runtimeNs()[rule] - task.runtimeNs();
            if (left < EdfConfig.MIN_SLICE_NS) {
                overruns.increment();
                bestEffort.offer(task, sequence++);
            } else {
                tasks.set(slot, RUNTIME_LEFT, left);
                deadlines.offer(task, tasks.get(slot, DEADLINE));
            }
        }
    }

    /** The rule for the task, matched once per pid, command name and configuration; -1 for best-effort. */
    private int verdict(TaskView task, int slot, DeadlineRules rules) {
        int hash = comm.load(task);
        long key = ((long) rules.epoch() << 48) | ((hash & 0xFFFF_FFFFL) << 16);
        long cached = tasks.get(slot, VERDICT);
        if ((cached & ~0xFFFFL) == key) {
            return (int) (cached & 0xFFFF) - 1;
        }
        int rule = rules.match(comm);
        tasks.set(slot, VERDICT, key | (rule + 1));
        return rule;
    }

    @Override
    public void dispatch(DispatchSink sink) {
        long now = context.nowNs();
        // Deadline tasks go to the kernel at once: their vtimes put them ahead of every best-effort task there.
        while (!deadlines.isEmpty() && sink.remaining() > 0) {
            TaskView task = deadlines.peek();
            long deadline = deadlines.peekKey();
            int slot = tasks.find(task.pid());
            long slice = slot < 0 ? EdfConfig.MIN_SLICE_NS : tasks.get(slot, RUNTIME_LEFT);
            if (!sink.dispatch(task, context.pickIdleCpu(task), slice, deadline)) {
                return;
            }
            deadlines.remove();
            if (now + slice > deadline) {
                late.increment();
            }
        }
        long base = settings.sliceNs() == 0 ? context.defaultSliceNs() : settings.sliceNs();
        int waiting = bestEffort.size() + context.backlog() + context.queuedInKernel();
        // Capped at the smallest slack (period - runtime) of the rules: a waking deadline task waits at most that long.
        long slice = Math.max(EdfConfig.MIN_SLICE_NS, Math.min(settings.rules().minSlackNs(), base / Math.max(1, waiting)));
        while (!bestEffort.isEmpty() && sink.remaining() > 0) {
            TaskView task = bestEffort.peek();
            int cpu = context.pickIdleCpu(task);
            // About one task per CPU waits in the kernel's queues; an idle CPU always gets one.
            if (cpu == DispatchSink.CPU_ANY && context.kernelQueuesFull()) {
                return;
            }
            if (!sink.dispatch(task, cpu, slice, BEST_EFFORT_VTIME + bestEffort.peekKey())) {
                return;
            }
            bestEffort.remove();
        }
    }

    @Override
    public int pending() {
        return deadlines == null ? 0 : deadlines.size() + bestEffort.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        deadlines.drainTo(successor);
        bestEffort.drainTo(successor);
    }

    @Override
    public void handOver(TaskBuffer successor, int max) {
        int before = successor.size();
        deadlines.drainTo(successor, max);
        bestEffort.drainTo(successor, max - (successor.size() - before));
    }
}
