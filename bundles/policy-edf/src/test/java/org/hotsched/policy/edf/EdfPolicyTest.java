package org.hotsched.policy.edf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.hotsched.api.SchedulerPolicy;
import org.hotsched.policy.fifo.FifoPolicy;
import org.hotsched.sim.SimReport;
import org.hotsched.sim.SimRun;
import org.hotsched.sim.Simulation;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;
import org.junit.Test;

public class EdfPolicyTest {

    private static final long PERIOD_NS = 5_000_000L;
    private static final long RUNTIME_NS = 2_000_000L;
    private static final String TASKS = "^rt$:" + PERIOD_NS + ":" + RUNTIME_NS;
    private static final long BASE_SLICE_NS = 20_000_000L;

    /** Four hogs per CPU and one deadline task per CPU: 200 µs bursts, ~5 ms apart. */
    private static final Workload UNDER_HOGS = Workload.of("rt+hogs",
            TaskGroup.hogs(4).withCountPerCpu(),
            TaskGroup.interactive(1, Duration.ofNanos(200_000), Duration.ofMillis(5)).withCountPerCpu().withLabel("rt"));

    private static SimReport run(Workload workload, SchedulerPolicy policy) {
        return Simulation.builder().cpus(4).workload(workload).seed(9).duration(Duration.ofSeconds(4)).build().run(policy);
    }

    @Test
    public void everyTaskIsDispatchedOnceByThePolicy() {
        for (String workload : new String[] {"demo", "mix", "hogs", "interactive", "fork"}) {
            SimReport r = Simulation.builder().cpus(4).workload(workload).seed(7).duration(Duration.ofSeconds(2)).build()
                    .run(new EdfPolicy("^interactive$:4000000:1000000, ^fork:20000000:2000000", 0));
            assertTrue(workload + ": " + r.accounting().explain(), r.accounting().balanced());
            assertEquals(workload + ": nothing left to the stall net", 0, r.accounting().stallFallbacks());
            assertTrue(workload + " ran", r.accounting().dispatchedByUser() > 100);
        }
        SimReport r = run(UNDER_HOGS, new EdfPolicy(TASKS, BASE_SLICE_NS));
        assertTrue(r.accounting().explain(), r.accounting().balanced() && r.accounting().stallFallbacks() == 0);
    }

    @Test
    public void deadlineTasksMeetTheirDeadlinesUnderHogs() {
        SimReport edf = run(UNDER_HOGS, new EdfPolicy(TASKS, BASE_SLICE_NS));
        SimReport fifo = run(UNDER_HOGS, new FifoPolicy(BASE_SLICE_NS));
        long slack = PERIOD_NS - RUNTIME_NS; // a job that waits no longer than this and runs its runtime is on time
        long waitMax = edf.taskClass("rt").waitMaxNs();
        System.out.printf("edf: rt wait p99/max %d/%d ns, late %d, overruns %d; fifo: rt wait p99/max %d/%d ns; slack %d ns%n",
                edf.taskClass("rt").waitP99Ns(), waitMax, edf.policyCounters().get("edf.late"),
                edf.policyCounters().get("edf.overruns"), fifo.taskClass("rt").waitP99Ns(),
                fifo.taskClass("rt").waitMaxNs(), slack);
        assertTrue("rt max wait " + waitMax + " ns must leave the runtime before the deadline\n" + edf.toTable(),
                waitMax < slack);
        assertEquals("late dispatches", 0L, (long) edf.policyCounters().get("edf.late"));
        assertTrue("under FIFO the same tasks miss\n" + fifo.toTable(), fifo.taskClass("rt").waitP99Ns() > slack);
        assertTrue("hogs keep the machine busy", edf.taskClass("hog").cpuShare() > 0.9);
    }

    @Test
    public void aTaskRunningPastItsRuntimeIsServedBestEffort() {
        // A hog that matches a deadline rule cannot monopolise the machine: it is demoted after its runtime.
        Workload w = Workload.of("greedy", TaskGroup.hogs(1).withCountPerCpu(),
                TaskGroup.hogs(1).withCountPerCpu().withLabel("greedy"));
        SimReport r = run(w, new EdfPolicy("^greedy$:1000000:500000", 0));
        assertTrue(r.accounting().explain(), r.accounting().balanced() && r.accounting().stallFallbacks() == 0);
        assertTrue(r.policyCounters().toString(), r.policyCounters().get("edf.overruns") > 0);
        assertTrue(r.toTable(), r.taskClass("hog").cpuShare() > 0.4);
    }

    @Test
    public void steadyStateAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        try (SimRun run = Simulation.builder().cpus(4).workload("demo").seed(11).build()
                .start(new EdfPolicy("^interactive$:4000000:1000000", 0))) {
            run.runFor(Duration.ofSeconds(20));
            long before = threads.getCurrentThreadAllocatedBytes();
            run.runFor(Duration.ofSeconds(20));
            long bytes = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(bytes + " bytes allocated in 20 simulated seconds", bytes < 64 * 1024);
        }
    }

    @Test
    public void invalidTasksAreRejectedWithOneLineNamingTheKey() {
        for (String bad : new String[] {"^(rt:5000000:1000000", "rt:5000000", "rt:5000000:6000000", "rt:x:1000000"}) {
            try {
                new EdfPolicy(bad, 0);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("tasks entry '" + bad + "'") && !e.getMessage().contains("\n"));
            }
        }
        EdfPolicy policy = new EdfPolicy(TASKS, 0);
        DeadlineRules before = policy.rules();
        policy.modified(config("[rt:1:1", 0));
        assertEquals(before, policy.rules());
        policy.modified(config("^a:2000000:1000000, b$:3000000:1000000", 0));
        assertEquals(1, policy.rules().match("xb"));
    }

    private static EdfConfig config(String tasks, long slice) {
        return new EdfConfig() {
            @Override
            public String tasks() {
                return tasks;
            }

            @Override
            public long slice_ns() {
                return slice;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return EdfConfig.class;
            }
        };
    }
}
