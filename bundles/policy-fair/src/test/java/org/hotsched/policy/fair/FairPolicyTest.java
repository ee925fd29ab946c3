package org.hotsched.policy.fair;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.Weights;
import org.hotsched.policy.fifo.FifoPolicy;
import org.hotsched.sim.SimReport;
import org.hotsched.sim.SimRun;
import org.hotsched.sim.Simulation;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;
import org.junit.Test;

public class FairPolicyTest {

    /** One nice-0 and one nice-5 hog per CPU. */
    private static final Workload NICED = Workload.of("niced",
            TaskGroup.hogs(1).withCountPerCpu().withLabel("nice0"),
            TaskGroup.hogs(1).withCountPerCpu().withLabel("nice5").withNice(5));

    private static SimReport run(Workload workload, SchedulerPolicy policy) {
        return Simulation.builder().cpus(4).workload(workload).seed(3).duration(Duration.ofSeconds(4)).build().run(policy);
    }

    @Test
    public void everyTaskIsDispatchedOnceByThePolicy() {
        for (String workload : new String[] {"demo", "mix", "hogs", "interactive", "fork"}) {
            SimReport r = Simulation.builder().cpus(4).workload(workload).seed(7).duration(Duration.ofSeconds(2)).build()
                    .run(new FairPolicy(0));
            assertTrue(workload + ": " + r.accounting().explain(), r.accounting().balanced());
            assertEquals(workload + ": nothing left to the stall net", 0, r.accounting().stallFallbacks());
            assertTrue(workload + " ran", r.accounting().dispatchedByUser() > 100);
        }
    }

    @Test
    public void cpuShareFollowsWeight() {
        SimReport fair = run(NICED, new FairPolicy(0));
        SimReport fifo = run(NICED, new FifoPolicy(0));
        double expected = (double) Weights.DEFAULT / Weights.ofNice(5);
        double ratio = ratio(fair);
        System.out.printf("fair: nice0/nice5 CPU ratio %.2f (weights %.2f), Jain %.3f; fifo: ratio %.2f, Jain %.3f%n",
                ratio, expected, fair.fairness(), ratio(fifo), fifo.fairness());
        assertTrue(fair.toTable(), fair.accounting().balanced() && fair.accounting().stallFallbacks() == 0);
        assertTrue("ratio " + ratio + " vs weights " + expected + "\n" + fair.toTable(),
                Math.abs(ratio - expected) < expected * 0.1);
        assertTrue("Jain's index over CPU time / weight " + fair.fairness(), fair.fairness() > 0.98);
        assertTrue("FIFO ignores weight: ratio " + ratio(fifo), ratio(fifo) < 1.2 && fifo.fairness() < 0.9);
        assertTrue("utilisation " + fair.cpuUtilisation(), fair.cpuUtilisation() > 0.95);
    }

    /**
     * Hogs pinned to CPU 0 head the queue (they waited longest) while CPU 0 is busy: the unpinned ones behind
     * them still get the other CPUs, which would idle if a head that cannot be placed stopped the round.
     */
    @Test
    public void aTaskPinnedToABusyCpuDoesNotHoldBackTheOnesBehindIt() {
        Workload pinned = Workload.of("pinned",
                TaskGroup.hogs(4).withCpus(0).withLabel("pinned"), TaskGroup.hogs(4).withLabel("free"));
        SimReport r = run(pinned, new FairPolicy(0));
        assertTrue(r.accounting().explain(), r.accounting().balanced() && r.accounting().stallFallbacks() == 0);
        assertTrue("utilisation " + r.cpuUtilisation() + "\n" + r.toTable(), r.cpuUtilisation() > 0.95);
        assertTrue("the pinned hogs share CPU 0\n" + r.toTable(), r.taskClass("pinned").cpuShare() <= 0.2501);
    }

    private static double ratio(SimReport r) {
        return (double) r.taskClass("nice0").cpuTimeNs() / r.taskClass("nice5").cpuTimeNs();
    }

    @Test
    public void sleepersCannotBankCredit() {
        // An interactive task that slept for long must not monopolise a CPU when it wakes: its wait is bounded
        // and the hogs keep their share.
        Workload w = Workload.of("sleepers", TaskGroup.hogs(2).withCountPerCpu(),
                TaskGroup.interactive(1, Duration.ofMillis(20), Duration.ofMillis(200)).withCountPerCpu());
        SimReport r = run(w, new FairPolicy(0));
        assertTrue(r.accounting().explain(), r.accounting().balanced());
        assertTrue(r.toTable(), r.taskClass("hog").cpuShare() > 0.85);
        assertTrue(r.toTable(), r.fairness() > 0.98);
    }

    @Test
    public void steadyStateAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        try (SimRun run = Simulation.builder().cpus(4).workload("demo").seed(11).build().start(new FairPolicy(0))) {
            run.runFor(Duration.ofSeconds(20));
            long before = threads.getCurrentThreadAllocatedBytes();
            run.runFor(Duration.ofSeconds(20));
            long bytes = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(bytes + " bytes allocated in 20 simulated seconds", bytes < 64 * 1024);
        }
    }

    @Test
    public void anInvalidSliceIsRejectedAndTheLiveOneKept() {
        FairPolicy policy = new FairPolicy(2_000_000);
        policy.modified(config(5));
        assertEquals(2_000_000, policy.sliceSetting());
        policy.modified(config(3_000_000));
        assertEquals(3_000_000, policy.sliceSetting());
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsATinySlice() {
        new FairPolicy(5);
    }

    private static FairConfig config(long slice) {
        return new FairConfig() {
            @Override
            public long slice_ns() {
                return slice;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FairConfig.class;
            }
        };
    }
}
