package org.hotsched.policy.rules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

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
 * another cgroup or a new configuration). Cgroup paths are looked up again every second, so a cgroup
 * created below a configured path joins its class.
 */
@Component(configurationPid = RulesConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        scope = ServiceScope.PROTOTYPE)
@Designate(ocd = RulesConfig.class)
public final class RulesPolicy implements SchedulerPolicy {

    static final String NAME = "rules";
    static final long FORGET_NS = 10_000_000_000L;
    /** How often the cgroup paths of the rules are looked up again. */
    static final long RESOLVE_EVERY_NS = 1_000_000_000L;
    /** {@link PidTable} column: the cached class, {@code verdict epoch << 48 | comm and cgroup hash << 16 | class}. */
    private static final int VERDICT = VirtualRuntimes.FIRST_FREE_COLUMN;
    private static final Logger LOG = System.getLogger("org.hotsched.policy.rules");
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "Rules put tasks in latency-critical, normal and batch classes with their own slice, weight and CPUs.");

    private volatile ClassRules rules;
    private PolicyContext context;
    private TaskQueue queue;
    private PassedOver passedOver;
    private VirtualRuntimes runtimes;
    /** {@link #runtimes}' table, with {@link #VERDICT} per pid. */
    private PidTable tasks;
    private final CommChars comm = new CommChars();
    private int nrCpus;
    /** The rules the cgroup ids were last resolved for; a verdict cached under another epoch is stale. */
    private ClassRules resolvedFor;
    private long nextResolveNs;
    private int verdictEpoch;
    /** Decisions per class, in {@code sched:stats} as rules.latency-critical, rules.normal, rules.batch. */
    private final PolicyMetrics.Counter[] decisions = new PolicyMetrics.Counter[ClassRules.CLASSES.length];

    /** An invalid configuration at start leaves the defaults in force ({@link StartupSettings}). */
    @Activate
    public RulesPolicy(RulesConfig config) {
        this.rules = StartupSettings.orDefaults(() -> new ClassRules(config), ClassRules::defaults, LOG);
    }

    @Modified
    void modified(RulesConfig config) {
        try {
            rules = new ClassRules(config);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the previous configuration stays in force");
        }
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
    }

    private long slice(ClassRules r, int cls) {
        return r.sliceNs[cls] == 0 ? context.defaultSliceNs() : r.sliceNs[cls];
    }

    @Override
    public void enqueue(TaskBatch batch) {
        ClassRules r = rules;
        long now = context.nowNs();
        resolveCgroups(r, now);
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

    /** New rules, or a second since the last look: the cgroup ids of the rules' paths; new ids void cached verdicts. */
    private void resolveCgroups(ClassRules r, long now) {
        boolean fresh = r != resolvedFor;
        if (!fresh && (!r.hasCgroupRules || now < nextResolveNs)) {
            return;
        }
        resolvedFor = r;
        nextResolveNs = now + RESOLVE_EVERY_NS;
        boolean changed = r.resolveCgroups(context);
        if (changed || fresh) {
            verdictEpoch = verdictEpoch % 0xFFFF + 1;
        }
        if (changed) {
            LOG.log(Level.INFO, "hotsched: rules: " + r.describeCgroups());
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
