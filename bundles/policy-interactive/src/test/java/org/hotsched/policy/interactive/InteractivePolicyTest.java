package org.hotsched.policy.interactive;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

public class InteractivePolicyTest {

    private static final Workload UNDER_HOGS = Workload.of("hogs+interactive",
            TaskGroup.hogs(2).withCountPerCpu(),
            TaskGroup.interactive(1, Duration.ofNanos(200_000), Duration.ofMillis(10)).withCountPerCpu());

    private static InteractivePolicy defaults() {
        return new InteractivePolicy(5_000_000L, 500_000L, 100);
    }

    private static SimReport run(Workload workload, SchedulerPolicy policy) {
        return Simulation.builder().cpus(4).workload(workload).seed(5).duration(Duration.ofSeconds(4)).build().run(policy);
    }

    @Test
    public void everyTaskIsDispatchedOnceByThePolicy() {
        for (String workload : new String[] {"demo", "mix", "hogs", "interactive", "fork"}) {
            SimReport r = Simulation.builder().cpus(4).workload(workload).seed(7).duration(Duration.ofSeconds(2)).build()
                    .run(defaults());
            assertTrue(workload + ": " + r.accounting().explain(), r.accounting().balanced());
            assertEquals(workload + ": nothing left to the stall net", 0, r.accounting().stallFallbacks());
            assertTrue(workload + " ran", r.accounting().dispatchedByUser() > 100);
        }
    }

    /** With preemption on, the simulator's sleepers wait less still, and nothing is lost or left to the net. */
    @Test
    public void wakeUpPreemptionCutsTheWaitOfSleepersUnderHogs() {
        SimReport plain = run(UNDER_HOGS, defaults());
        SimReport preempting = run(UNDER_HOGS, new InteractivePolicy(5_000_000L, 500_000L, 100, true));
        assertTrue(preempting.accounting().explain(), preempting.accounting().balanced());
        assertEquals(0, preempting.accounting().stallFallbacks());
        long p99 = preempting.taskClass("interactive").waitP99Ns();
        long plainP99 = plain.taskClass("interactive").waitP99Ns();
        assertTrue("p99 " + p99 + " ns with preemption vs " + plainP99 + " ns without", p99 < plainP99);
    }

    @Test
    public void interactiveTasksWaitLessThanUnderFifo() {
        SimReport mine = run(UNDER_HOGS, defaults());
        SimReport fifo = run(UNDER_HOGS, new FifoPolicy(0));
        long p99 = mine.taskClass("interactive").waitP99Ns();
        long fifoP99 = fifo.taskClass("interactive").waitP99Ns();
        System.out.printf("interactive wait under hogs p50/p99: %d/%d ns (FIFO %d/%d ns); hog share %.3f (FIFO %.3f)%n",
                mine.taskClass("interactive").waitP50Ns(), p99, fifo.taskClass("interactive").waitP50Ns(), fifoP99, mine.taskClass("hog").cpuShare(), fifo.taskClass("hog").cpuShare());
        assertTrue(mine.accounting().explain(), mine.accounting().balanced());
        assertTrue("p99 " + p99 + " ns vs FIFO " + fifoP99 + " ns\n" + mine.toTable(), p99 * 2 < fifoP99);
        assertTrue("p50 vs FIFO\n" + mine.toTable() + fifo.toTable(),
                mine.taskClass("interactive").waitP50Ns() * 2 < fifo.taskClass("interactive").waitP50Ns());
        assertTrue("the hogs still get the rest of the machine\n" + mine.toTable(),
                mine.taskClass("hog").cpuShare() > fifo.taskClass("hog").cpuShare() - 0.02);
        assertTrue("hogs share fairly, Jain " + mine.fairness(), mine.fairness() > 0.95);
    }

    @Test
    public void steadyStateAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        try (SimRun run = Simulation.builder().cpus(4).workload("demo").seed(11).build().start(defaults())) {
            run.runFor(Duration.ofSeconds(20));
            long before = threads.getCurrentThreadAllocatedBytes();
            run.runFor(Duration.ofSeconds(20));
            long bytes = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(bytes + " bytes allocated in 20 simulated seconds", bytes < 64 * 1024);
        }
    }

    @Test
    public void anInvalidValueIsRejectedAndTheLiveConfigurationKept() {
        InteractivePolicy policy = defaults();
        InteractivePolicy.Settings before = policy.settings();
        policy.modified(config(20_000_000L, 30_000_000L, 100)); // minimum above the base slice
        assertEquals(before, policy.settings());
        policy.modified(config(20_000_000L, 1_000_000L, 0));
        assertEquals(before, policy.settings());
        policy.modified(config(10_000_000L, 500_000L, 50));
        assertEquals(new InteractivePolicy.Settings(10_000_000L, 500_000L, 50, false), policy.settings());
    }

    @Test
    public void theErrorNamesTheKeyTheValueAndTheRange() {
        try {
            new InteractivePolicy(20_000_000L, 1_000_000L, 0);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("runtime.cap.slices=0")
                    && e.getMessage().contains("from 1 to 10000"));
            return;
        }
        throw new AssertionError("accepted runtime.cap.slices=0");
    }

    private static InteractiveConfig config(long slice, long min, int cap) {
        return new InteractiveConfig() {
            @Override
            public long slice_ns() {
                return slice;
            }

            @Override
            public long slice_min_ns() {
                return min;
            }

            @Override
            public int runtime_cap_slices() {
                return cap;
            }

            @Override
            public boolean preempt_wakeups() {
                return false;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return InteractiveConfig.class;
            }
        };
    }
}
