package org.hotsched.policy.rules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.hotsched.api.CommChars;
import org.hotsched.api.DispatchSink;
import org.hotsched.api.PassedOver;
import org.hotsched.api.PidTable;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.PolicyMetrics;
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
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Ordered rules put each task in a class (latency-critical, normal, batch) with its own slice, weight and CPUs.
 * Tasks share the CPU by weighted virtual runtime as in a fair scheduler, and run in order of the virtual
 * deadline vruntime + slice × 100 / weight (EEVDF's rule), so a short-slice class gets its turn sooner and a
 * long-slice class later, without starving anyone. A class's tasks are placed on its CPUs, and only on idle
 * ones, so that the order is decided here each time a CPU frees up. The verdict is
 * cached per pid, command name and cgroup, so a regex runs once per task (again after an exec, a move to
 * another cgroup or a new configuration). Cgroup paths are looked up again every second, on a thread of the
 * policy's own (a walk of the cgroup tree is file I/O, which the dispatch thread must not wait for), so a
 * cgroup created below a configured path joins its class.
 */
@Component(configurationPid = RulesConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        scope = ServiceScope.PROTOTYPE)
@Designate(ocd = RulesConfig.class)
public final class RulesPolicy implements SchedulerPolicy {

    static final String NAME = "rules";
    static final long FORGET_NS = 10_000_000_000L;
    /** How often the cgroup paths of the rules are looked up again. */
    static final long RESOLVE_EVERY_MS = 1_000;
    /** {@link PidTable} column: the cached class, {@code verdict epoch << 48 | comm and cgroup hash << 16 | class}. */
    private static final int VERDICT = VirtualRuntimes.FIRST_FREE_COLUMN;
    private static final Logger LOG = System.getLogger("org.hotsched.policy.rules");
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "Rules put tasks in latency-critical, normal and batch classes with their own slice, weight and CPUs.");

    private volatile ClassRules rules;
    private volatile PolicyContext context;
    /** Looks the rules' cgroup paths up again every {@link #RESOLVE_EVERY_MS}, while attached. */
    private ScheduledExecutorService cgroupWatch;
    private TaskQueue queue;
    private PassedOver passedOver;
    private VirtualRuntimes runtimes;
    /** {@link #runtimes}' table, with {@link #VERDICT} per pid. */
    private PidTable tasks;
    private final CommChars comm = new CommChars();
    private int nrCpus;
    /** The rules, and their cgroup ids, the verdict epoch was last set for; a verdict cached under another is stale. */
    private ClassRules epochRules;
    private Object epochCgroups;
    private int verdictEpoch;
    /** Decisions per class, in {@code sched:stats} as rules.latency-critical, rules.normal, rules.batch. */
    private final PolicyMetrics.Counter[] decisions = new PolicyMetrics.Counter[ClassRules.CLASSES.length];

    /** An invalid configuration at start leaves the defaults in force ({@link StartupSettings}). */
    @Activate
    public RulesPolicy(RulesConfig config) {
        this.rules = StartupSettings.orDefaults(() -> new ClassRules(config), ClassRules::defaults, LOG);
    }

    /** New rules take effect with their cgroup paths looked up, when attached (on the configuration's thread). */
    @Modified
    void modified(RulesConfig config) {
        ClassRules r;
        try {
            r = new ClassRules(config);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the previous configuration stays in force");
            return;
        }
        PolicyContext ctx = context;
        if (ctx != null) {
            resolveCgroups(r, ctx);
        }
        rules = r;
    }

    @Deactivate
    void deactivate() {
        stopWatchingCgroups();
    }

    ClassRules rules() {
        return rules;
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        this.context = ctx;
        this.nrCpus = ctx.topology().nrCpus();
        this.queue = new TaskQueue(1024, nrCpus);
        this.passedOver = new PassedOver(64, nrCpus);
        this.runtimes = new VirtualRuntimes(4096, FORGET_NS);
        this.tasks = runtimes.table();
        for (int k = 0; k < decisions.length; k++) {
            decisions[k] = ctx.metrics().counter("rules." + ClassRules.CLASSES[k]);
        }
        // Attached off the dispatch thread: the first batch already finds the cgroups resolved.
        resolveCgroups(rules, ctx);
        watchCgroups(ctx);
    }

    private synchronized void watchCgroups(PolicyContext ctx) {
        stopWatchingCgroups();
        cgroupWatch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hotsched-rules-cgroups");
            t.setDaemon(true);
            return t;
        });
        cgroupWatch.scheduleWithFixedDelay(() -> resolveCgroups(rules, ctx), RESOLVE_EVERY_MS, RESOLVE_EVERY_MS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void detach() {
        stopWatchingCgroups();
    }

    private synchronized void stopWatchingCgroups() {
        if (cgroupWatch != null) {
            cgroupWatch.shutdownNow();
            cgroupWatch = null;
        }
    }

    /** Looks up {@code r}'s cgroup paths and logs what changed; a failure is logged, and the next look tries again. */
    private static void resolveCgroups(ClassRules r, PolicyContext ctx) {
        if (!r.hasCgroupRules) {
            return;
        }
        try {
            if (r.resolveCgroups(ctx)) {
                LOG.log(Level.INFO, "hotsched: rules: " + r.describeCgroups());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hotsched: rules: cannot look up the cgroups of the rules (" + e
                    + "); the ids found before stay in force");
        }
    }

    private long slice(ClassRules r, int cls) {
        return r.sliceNs[cls] == 0 ? context.defaultSliceNs() : r.sliceNs[cls];
    }

    @Override
    public void enqueue(TaskBatch batch) {
        ClassRules r = rules;
        long now = context.nowNs();
        Object cgroups = r.resolvedCgroups();
        if (r != epochRules || cgroups != epochCgroups) {
            epochRules = r;
            epochCgroups = cgroups;
            verdictEpoch = verdictEpoch % 0xFFFF + 1;
        }
        long lag = slice(r, ClassRules.NORMAL);
        for (int i = 0, n = batch.size(); i < n; i++) {
            TaskView task = batch.task(i);
            int slot = runtimes.track(task, now);
            int cls = verdict(task, slot, r);
            int weight = r.weight[cls] == 0 ? Math.max(1, task.weight()) : r.weight[cls];
            long vruntime = runtimes.charge(task, weight, lag);
            queue.offer(task, vruntime + slice(r, cls) * Weights.DEFAULT / weight);
        }
    }

    /** The task's class, matched once per pid, command name, cgroup and configuration. */
    private int verdict(TaskView task, int slot, ClassRules r) {
        long cgroup = task.cgroupId();
        int hash = comm.load(task) ^ (int) ((cgroup ^ (cgroup >>> 32)) * 0x9E3779B97F4A7C15L);
        long key = ((long) verdictEpoch << 48) | ((hash & 0xFFFF_FFFFL) << 16);
        long cached = tasks.get(slot, VERDICT);
        if ((cached & ~0xFFFFL) == key) {
            return (int) (cached & 0xFFFF);
        }
        int cls = r.classify(comm, task.tgid(), cgroup);
        tasks.set(slot, VERDICT, key | cls);
        return cls;
    }

    @Override
    public void dispatch(DispatchSink sink) {
        ClassRules r = rules;
        while (!queue.isEmpty() && sink.remaining() > 0 && context.anyCpuIdle()) {
            TaskView task = queue.peek();
            int slot = tasks.find(task.pid());
            long cached = slot < 0 ? 0 : tasks.get(slot, VERDICT);
            int cls = cached >>> 48 == verdictEpoch ? (int) (cached & 0xFFFF) : ClassRules.NORMAL;
            int cpu = idleCpuFor(task, r.cpus[cls]);
            // Only an idle CPU gets a task, so the next to run is chosen here by virtual deadline each time a CPU
            // frees up. A task queued in the kernel ahead of time runs next whatever its deadline: two tasks
            // sharing a CPU would take turns slice for slice, and a batch task with a 20 ms slice would get 20
            // times the CPU of a latency-critical one with 1 ms, whatever their weights (0.25x measured on 6.17
            // for weights 300 and 100). A task whose CPUs are all busy waits for this round; the next ones go on.
            if (cpu == DispatchSink.CPU_ANY) {
                passedOver.take(queue);
                continue;
            }
            if (!sink.dispatch(task, cpu, slice(r, cls), queue.peekKey())) {
                break;
            }
            queue.remove();
            decisions[cls].increment();
        }
        passedOver.giveBack(queue);
    }

    /**
     * An idle CPU of the class's set the task may run on, its previous one first; {@code CPU_ANY} when none is
     * idle. The set is ignored when it allows none of the task's CPUs.
     */
    private int idleCpuFor(TaskView task, long[] set) {
        if (set == null) {
            return context.pickIdleCpu(task);
        }
        int prev = task.prevCpu();
        if (inSet(set, prev) && task.cpuAllowed(prev) && context.isCpuIdle(prev)) {
            return prev;
        }
        boolean anyAllowed = false;
        for (int cpu = 0; cpu < nrCpus; cpu++) {
            if (inSet(set, cpu) && task.cpuAllowed(cpu)) {
                if (context.isCpuIdle(cpu)) {
                    return cpu;
                }
                anyAllowed = true;
            }
        }
        return anyAllowed ? DispatchSink.CPU_ANY : context.pickIdleCpu(task);
    }

    private boolean inSet(long[] set, int cpu) {
        return cpu >= 0 && cpu < nrCpus && (set[cpu >>> 6] & (1L << (cpu & 63))) != 0;
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
