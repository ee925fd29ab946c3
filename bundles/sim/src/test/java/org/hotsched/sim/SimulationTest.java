package org.hotsched.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.Test;

public class SimulationTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static Simulation.Builder sim(int cpus, Workload workload) {
        return Simulation.builder().cpus(cpus).workload(workload).seed(3).duration(ONE_SECOND);
    }

    @Test
    public void sameSeedGivesTheSameReportAndAnotherSeedAnotherOne() {
        Simulation.Builder builder = Simulation.builder().cpus(4).workload("demo").duration(ONE_SECOND);
        SimReport first = builder.seed(7).build().run(new FifoTestPolicy());
        SimReport second = builder.seed(7).build().run(new FifoTestPolicy());
        SimReport other = builder.seed(8).build().run(new FifoTestPolicy());

        assertEquals(first, second);
        assertEquals(first.toTable(), second.toTable());
        assertNotEquals(first, other);
    }

    @Test
    public void fifoKeepsTheAccountingBalancedOnEveryNamedWorkload() {
        for (String name : Workloads.NAMES) {
            SimReport r = Simulation.builder().cpus(3).workload(name).duration(Duration.ofMillis(500)).build()
                    .run(new FifoTestPolicy());
            SimAccounting a = r.accounting();
            assertTrue(name + ": " + a.explain(), a.balanced());
            assertTrue(name + " sent nothing to user space", a.enqueuedToUser() > 0);
            assertEquals(name + ": " + a.explain(), 0, a.stallFallbacks() + a.congested() + a.outstanding());
            assertEquals(name, 0, a.cancelledStale() + a.invalidPid() + a.bounced());
            for (TaskClassStats c : r.classes()) {
                assertTrue(name + "/" + c.name() + " never ran", c.cpuTimeNs() > 0);
            }
            assertTrue(name + " events " + r.events(), r.events() > 100);
        }
    }

    @Test
    public void aPolicyThatNeverDispatchesStillHasEveryTaskRunThroughTheStallSafetyNet() {
        Workload w = Workload.of("w", TaskGroup.hogs(3), TaskGroup.interactive(3, micros(300), millis(5)));
        HoardingPolicy hoarder = new HoardingPolicy();
        // It reads every record, so each task waits the held budget (1 s), not the 20 ms stall budget.
        SimReport r = sim(2, w).stallBudget(millis(20)).duration(Duration.ofSeconds(5)).build().run(hoarder);

        SimAccounting a = r.accounting();
        assertTrue(a.explain(), a.balanced());
        assertEquals(a.explain(), 0, a.dispatchedByUser());
        assertTrue(a.explain(), a.stallFallbacks() >= 6 * 3);
        assertEquals(hoarder.enqueued, a.enqueuedToUser());
        for (TaskClassStats c : r.classes()) {
            assertTrue(c.name() + " never ran", c.cpuTimeNs() > 0);
            assertTrue(c.name() + " waited less than the held budget: " + c.waitMaxNs(),
                    c.waitMaxNs() >= SimKernel.HELD_BUDGET_NS);
        }
        // Each hog runs one 5 ms slice per held budget: 3 hogs fill 3 * 5 / 1005 of 2 CPUs.
        assertEquals(3 * 5 / 1005.0 / 2, r.taskClass("hog").cpuShare(), 0.003);
    }

    @Test
    public void repeatedStaleAndInvalidDecisionsAreCountedAndNothingIsDispatchedTwice() {
        SloppyPolicy sloppy = new SloppyPolicy();
        SimReport r = sim(2, Workloads.demo()).build().run(sloppy);

        SimAccounting a = r.accounting();
        assertTrue(a.explain(), a.conserved());
        assertFalse("duplicates must make the accounting unbalanced", a.balanced());
        assertTrue(sloppy.good > 1000);
        assertEquals(a.explain(), sloppy.good, a.dispatchedByUser());
        assertEquals(a.explain(), sloppy.good, a.duplicates());
        assertEquals(a.explain(), sloppy.good, a.cancelledStale());
        assertEquals(a.explain(), sloppy.good, a.invalidPid());
        assertEquals(a.explain(), sloppy.badCpu, a.bounced());
        assertTrue(r.cpuUtilisation() <= 1.0);
        assertTrue(a.explain().startsWith("NOT balanced"));
    }

    @Test
    public void kernelThreadsNeverReachThePolicy() {
        Workload w = Workload.of("w", TaskGroup.hogs(2), TaskGroup.kthreads(millis(2), micros(20)));
        RecordingPolicy recorder = new RecordingPolicy();
        SimReport r = sim(2, w).build().run(recorder);

        assertEquals(Set.of("hog"), recorder.commsSeen);
        TaskClassStats kthreads = r.taskClass("kthread");
        assertEquals(2, kthreads.tasks());
        assertTrue("kthread bursts " + kthreads.bursts(), kthreads.bursts() > 200);
        assertTrue(r.accounting().kernelDirect() >= kthreads.bursts());
    }

    @Test
    public void aHogWithAOneMillisecondSliceIsEnqueuedAboutAThousandTimesASecond() {
        FifoTestPolicy fifo = new FifoTestPolicy(millis(1).toNanos());
        SimReport r = sim(1, Workload.of("one", TaskGroup.hogs(1))).build().run(fifo);

        assertTrue("enqueues " + fifo.enqueued, fifo.enqueued >= 995 && fifo.enqueued <= 1001);
        assertEquals(fifo.enqueued, r.accounting().enqueuedToUser());
        assertEquals(1.0, r.cpuUtilisation(), 1e-9);
    }

    @Test
    public void interactiveTasksUnderHogsWaitLessWithAShortSliceThanWithALongOne() {
        Workload w = Workload.of("w", TaskGroup.hogs(2).withCountPerCpu(),
                TaskGroup.interactive(1, micros(200), millis(10)).withCountPerCpu());
        TaskClassStats shortSlice = sim(2, w).build().run(new FifoTestPolicy(millis(1).toNanos()))
                .taskClass("interactive");
        TaskClassStats longSlice = sim(2, w).build().run(new FifoTestPolicy(millis(20).toNanos()))
                .taskClass("interactive");

        assertTrue(shortSlice + " vs " + longSlice, shortSlice.waitP50Ns() * 4 < longSlice.waitP50Ns());
        assertTrue(shortSlice + " vs " + longSlice, shortSlice.waitP99Ns() * 4 < longSlice.waitP99Ns());
    }

    @Test
    public void equalHogsShareTheCpusFairly() {
        SimReport r = sim(2, Workload.of("five", TaskGroup.hogs(5))).duration(Duration.ofSeconds(2)).build()
                .run(new FifoTestPolicy());
        assertTrue("fairness " + r.fairness(), r.fairness() > 0.99);
        assertEquals(1.0, r.cpuUtilisation(), 1e-9);
    }

    @Test
    public void cpuShareFollowsWeightUnderAWeightAwarePolicyButNotUnderFifo() {
        Workload w = Workload.of("weights", TaskGroup.hogs(2).withLabel("heavy").withWeight(200),
                TaskGroup.hogs(2).withLabel("light"));
        SimReport weighted = sim(2, w).duration(Duration.ofSeconds(2)).build().run(new WeightedVtimePolicy());
        SimReport fifo = sim(2, w).duration(Duration.ofSeconds(2)).build().run(new FifoTestPolicy());

        assertEquals(2.0, cpuRatio(weighted), 0.1);
        assertTrue("fairness " + weighted.fairness(), weighted.fairness() > 0.98);
        assertEquals(1.0, cpuRatio(fifo), 0.1);
        assertTrue("fifo ignores weights, fairness " + fifo.fairness(), fifo.fairness() < 0.95);
    }

    private static double cpuRatio(SimReport r) {
        return (double) r.taskClass("heavy").cpuTimeNs() / r.taskClass("light").cpuTimeNs();
    }

    @Test
    public void reportCarriesPolicyCountersAndATableOfEveryClass() {
        SimReport r = Simulation.builder().cpus(2).workload("demo").duration(Duration.ofMillis(300)).build()
                .run(new FifoTestPolicy());
        assertTrue(r.policyCounters().get("batches") > 0);
        String table = r.toTable();
        for (String name : new String[] {"hog", "interactive", "fork", "kthread", "balanced", "batches=",
            "2 CPUs, workload demo, seed 42"}) {
            assertTrue(name + " missing from\n" + table, table.contains(name));
        }
        assertEquals(300_000_000L, r.simulatedNs());
    }

    @Test
    public void simulationRejectsANonPositiveDuration() {
        try {
            Simulation.builder().duration(Duration.ZERO).build();
        } catch (IllegalArgumentException e) {
            assertEquals("duration PT0S is outside PT0.000001S..PT24H", e.getMessage());
            return;
        }
        throw new AssertionError("no exception");
    }

    static Duration millis(long ms) {
        return Duration.ofMillis(ms);
    }

    static Duration micros(long us) {
        return Duration.ofNanos(us * 1000);
    }
}
