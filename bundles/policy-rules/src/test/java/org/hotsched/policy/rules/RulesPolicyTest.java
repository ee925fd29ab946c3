package org.hotsched.policy.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyMetrics;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.SimReport;
import org.hotsched.sim.SimRun;
import org.hotsched.sim.Simulation;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;
import org.junit.Test;

public class RulesPolicyTest {

    private static final String RULES = "latency-critical:comm=^web$, batch:comm=^cron$";

    /** Hogs (normal) plus two interactive groups that behave alike: "web" is latency-critical, "cron" batch. */
    private static final Workload SERVER = Workload.of("server",
            TaskGroup.hogs(2).withCountPerCpu(),
            TaskGroup.interactive(1, Duration.ofNanos(300_000), Duration.ofMillis(5)).withCountPerCpu().withLabel("web"),
            TaskGroup.interactive(1, Duration.ofNanos(300_000), Duration.ofMillis(5)).withCountPerCpu().withLabel("cron"));

    /** The annotation with its defaults, except the given keys (method names). */
    static RulesConfig config(Map<String, Object> values) {
        return (RulesConfig) Proxy.newProxyInstance(RulesConfig.class.getClassLoader(), new Class<?>[] {RulesConfig.class},
                (proxy, method, args) -> method.getName().equals("annotationType") ? RulesConfig.class
                        : values.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    private static SimReport run(Workload workload, SchedulerPolicy policy, int seed) {
        return Simulation.builder().cpus(4).workload(workload).seed(seed).duration(Duration.ofSeconds(4)).build().run(policy);
    }

    @Test
    public void everyTaskIsDispatchedOnceByThePolicy() {
        RulesConfig c = config(Map.of("rules", "latency-critical:comm=^interactive, batch:comm=^fork", "batch_cpus", "2-3"));
        for (String workload : new String[] {"demo", "mix", "hogs", "interactive", "fork"}) {
            SimReport r = Simulation.builder().cpus(4).workload(workload).seed(7).duration(Duration.ofSeconds(2)).build()
                    .run(new RulesPolicy(c));
            assertTrue(workload + ": " + r.accounting().explain(), r.accounting().balanced());
            assertEquals(workload + ": nothing left to the stall net", 0, r.accounting().stallFallbacks());
            assertTrue(workload + " ran", r.accounting().dispatchedByUser() > 100);
        }
    }

    @Test
    public void latencyCriticalTasksWaitLessThanBatchOnes() {
        SimReport r = run(SERVER, new RulesPolicy(config(Map.of("rules", RULES))), 13);
        SimReport none = run(SERVER, new RulesPolicy(config(Map.of())), 13);
        long web = r.taskClass("web").waitP99Ns();
        long cron = r.taskClass("cron").waitP99Ns();
        System.out.printf("rules: p99 wait web (latency-critical) %d ns, cron (batch) %d ns; without rules %d / %d ns%n",
                web, cron, none.taskClass("web").waitP99Ns(), none.taskClass("cron").waitP99Ns());
        assertTrue(r.accounting().explain(), r.accounting().balanced() && r.accounting().stallFallbacks() == 0);
        assertTrue("web " + web + " vs cron " + cron + "\n" + r.toTable(), web * 2 < cron);
        assertTrue("the rules make the difference\n" + none.toTable(),
                none.taskClass("web").waitP99Ns() * 3 > none.taskClass("cron").waitP99Ns() * 2);
        // Batch goes last, not never: its turn comes about one batch slice (20 ms) later, well inside the stall budget.
        assertTrue("batch still runs\n" + r.toTable(), r.taskClass("cron").waitMaxNs() < 40_000_000L);
    }

    @Test
    public void aClassStaysOnItsCpus() {
        Workload w = Workload.of("bulk", TaskGroup.hogs(1).withCountPerCpu(), TaskGroup.hogs(1).withCountPerCpu().withLabel("bulk"));
        SimReport pinned = run(w, new RulesPolicy(config(Map.of("rules", "batch:comm=^bulk$", "batch_cpus", "3"))), 3);
        assertTrue(pinned.accounting().explain(), pinned.accounting().balanced() && pinned.accounting().stallFallbacks() == 0);
        assertTrue("bulk uses one CPU of four\n" + pinned.toTable(), pinned.taskClass("bulk").cpuShare() <= 0.2501);
        assertTrue(pinned.toTable(), pinned.cpuUtilisation() > 0.95);
    }

    @Test
    public void rulesMatchCommOrTgidFirstMatchWins() {
        ClassRules r = new ClassRules(config(Map.of("rules", "batch:tgid=1234, latency-critical:comm=^(nginx|redis), batch:comm=.")));
        assertEquals(2, r.classify("nginx", 1234, 1));
        assertEquals(0, r.classify("redis-server", 99, 1));
        assertEquals(2, r.classify("make", 99, 1));
        assertEquals(ClassRules.NORMAL, r.classify("", 99, 1));
    }

    /** Same interactive tasks, same command name: only their cgroups tell them apart. */
    private static final Workload SLICES = Workload.of("slices",
            TaskGroup.hogs(2).withCountPerCpu(),
            TaskGroup.interactive(1, Duration.ofNanos(300_000), Duration.ofMillis(5)).withCountPerCpu().withLabel("web")
                    .inCgroup("/system.slice/nginx.service"),
            TaskGroup.interactive(1, Duration.ofNanos(300_000), Duration.ofMillis(5)).withCountPerCpu().withLabel("cron")
                    .inCgroup("/user.slice/cron"));

    @Test
    public void aCgroupRuleClassifiesEveryTaskBelowItsPath() {
        String rules = "latency-critical:cgroup=/system.slice, batch:cgroup=/user.slice/cron";
        SimReport r = run(SLICES, new RulesPolicy(config(Map.of("rules", rules))), 17);
        long web = r.taskClass("web").waitP99Ns();
        long cron = r.taskClass("cron").waitP99Ns();
        assertTrue(r.accounting().explain(), r.accounting().balanced() && r.accounting().stallFallbacks() == 0);
        assertTrue("web (in /system.slice/nginx.service) " + web + " vs cron " + cron + "\n" + r.toTable(), web * 2 < cron);
    }

    @Test
    public void cgroupRulesMatchTheResolvedIdsOnly() {
        ClassRules r = new ClassRules(config(Map.of("rules", "batch:cgroup=/user.slice, latency-critical:comm=^web")));
        assertTrue(r.hasCgroupRules);
        assertEquals("nothing resolved yet: the comm rule decides", 0, r.classify("web", 1, 7));
        SimRun run = Simulation.builder().cpus(2).workload(SLICES).seed(1).build().start(new RulesPolicy(config(Map.of())));
        try (run) {
            assertTrue(r.resolveCgroups(run.context()));
            assertEquals(2, r.classify("web", 1, run.context().cgroupIdsUnder("/user.slice/cron")[0]));
            assertEquals(0, r.classify("web", 1, run.context().cgroupIdsUnder("/system.slice")[0]));
            assertTrue("resolving again finds the same ids", !r.resolveCgroups(run.context()));
        }
    }

    @Test
    public void invalidSettingsAreRejectedWithOneLineNamingTheKey() {
        Map<String, String> bad = Map.of("rules", "urgent:comm=x", "rules ", "batch:comm=(x", "rules  ", "batch:cgroup=relative/path",
                "rules   ", "batch:cgroup=/a b",
                "batch_cpus", "3-1", "normal_weight", "20000");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            String key = e.getKey().strip();
            Object value = key.endsWith("weight") ? (Object) Integer.valueOf(e.getValue()) : e.getValue();
            try {
                new ClassRules(config(Map.of(key, value)));
                fail("accepted " + key + "=" + value);
            } catch (IllegalArgumentException x) {
                assertTrue(x.getMessage(), x.getMessage().contains(key.replace('_', '.') + "='" + value + "'")
                        && !x.getMessage().contains("\n"));
            }
        }
        RulesPolicy started = new RulesPolicy(config(Map.of("rules", "batch:comm=[")));
        assertEquals("a bad configuration at start leaves the defaults: no rule", ClassRules.NORMAL,
                started.rules().classify("anything", 1, 1));
        RulesPolicy policy = new RulesPolicy(config(Map.of("rules", RULES)));
        ClassRules before = policy.rules();
        policy.modified(config(Map.of("rules", "batch:comm=[")));
        assertSame(before, policy.rules());
    }

    /** A simulator run's context whose cgroups are set by the test, and which notes the threads that look them up. */
    private static final class MovingCgroups implements PolicyContext {
        final PolicyContext base;
        final Set<Thread> lookedUpBy = ConcurrentHashMap.newKeySet();
        volatile long[] ids = {};

        MovingCgroups(PolicyContext base) {
            this.base = base;
        }

        @Override
        public long[] cgroupIdsUnder(String path) {
            lookedUpBy.add(Thread.currentThread());
            return ids.clone();
        }

        @Override
        public CpuTopology topology() {
            return base.topology();
        }

        @Override
        public long nowNs() {
            return base.nowNs();
        }

        @Override
        public boolean isCpuIdle(int cpu) {
            return base.isCpuIdle(cpu);
        }

        @Override
        public int backlog() {
            return base.backlog();
        }

        @Override
        public int queuedInKernel() {
            return base.queuedInKernel();
        }

        @Override
        public long defaultSliceNs() {
            return base.defaultSliceNs();
        }

        @Override
        public PolicyMetrics metrics() {
            return base.metrics();
        }
    }

    /**
     * The cgroup tree is walked when the policy is attached and every second on the policy's own thread, never in
     * enqueue (the dispatch thread's), and a cgroup that appears below a rule's path joins its class.
     */
    @Test
    public void cgroupsAreLookedUpOffTheDispatchThreadAndFollowChanges() throws InterruptedException {
        RulesPolicy policy = new RulesPolicy(config(Map.of("rules", "batch:cgroup=/user.slice")));
        SimRun run = Simulation.builder().cpus(2).workload(SLICES).seed(1).build().start(new RulesPolicy(config(Map.of())));
        try (run) {
            MovingCgroups cgroups = new MovingCgroups(run.context());
            cgroups.ids = new long[] {5};
            policy.attach(cgroups);
            assertEquals("resolved at attach", 2, policy.rules().classify("x", 1, 5));
            assertEquals("not yet there", ClassRules.NORMAL, policy.rules().classify("x", 1, 9));
            cgroups.lookedUpBy.clear();
            cgroups.ids = new long[] {5, 9};
            TaskBuffer batch = new TaskBuffer(1, 2);
            batch.append().pid(42).tgid(42).generation(1).cgroupId(9).allowCpus(2);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (policy.rules().classify("x", 1, 9) != 2 && System.nanoTime() < deadline) {
                policy.enqueue(batch);
                Thread.sleep(50);
            }
            assertEquals("cgroup 9, new below the path, joined the batch class", 2, policy.rules().classify("x", 1, 9));
            assertFalse("looked up on the thread that called enqueue: " + cgroups.lookedUpBy,
                    cgroups.lookedUpBy.contains(Thread.currentThread()));
            assertTrue("looked up by the policy's own thread: " + cgroups.lookedUpBy,
                    cgroups.lookedUpBy.stream().anyMatch(t -> t.getName().equals("hotsched-rules-cgroups")));
        } finally {
            policy.detach();
        }
    }

    @Test
    public void steadyStateAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        RulesConfig c = config(Map.of("rules", "latency-critical:comm=^interactive, batch:comm=^fork"));
        try (SimRun run = Simulation.builder().cpus(4).workload("demo").seed(11).build().start(new RulesPolicy(c))) {
            run.runFor(Duration.ofSeconds(20));
            long before = threads.getCurrentThreadAllocatedBytes();
            run.runFor(Duration.ofSeconds(20));
            long bytes = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(bytes + " bytes allocated in 20 simulated seconds", bytes < 64 * 1024);
        }
    }
}
