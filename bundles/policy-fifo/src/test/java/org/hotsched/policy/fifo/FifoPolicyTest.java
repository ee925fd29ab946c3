package org.hotsched.policy.fifo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.hotsched.sim.SimReport;
import org.hotsched.sim.Simulation;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;
import org.junit.Test;

public class FifoPolicyTest {

    private static SimReport run(String workload, long baseSliceNs) {
        return Simulation.builder().cpus(4).workload(workload).seed(7).duration(Duration.ofSeconds(2)).build()
                .run(new FifoPolicy(baseSliceNs));
    }

    @Test
    public void everyTaskIsDispatchedOnceByThePolicy() {
        for (String workload : new String[] {"demo", "mix", "hogs", "interactive", "fork"}) {
            SimReport r = run(workload, 0);
            assertTrue(workload + ": " + r.accounting().explain(), r.accounting().balanced());
            assertEquals(workload + ": nothing left to the stall net", 0, r.accounting().stallFallbacks());
            assertTrue(workload + " ran", r.accounting().dispatchedByUser() > 100);
        }
    }

    @Test
    public void equalHogsShareTheMachineFairly() {
        SimReport r = run("hogs", 0);
        assertTrue("Jain's index " + r.fairness(), r.fairness() > 0.98);
        assertTrue("utilisation " + r.cpuUtilisation(), r.cpuUtilisation() > 0.95);
    }

    @Test
    public void theSliceShrinksAsTheQueueGrows() {
        // 16 hogs on 4 CPUs with a 20 ms base slice: with 12+ tasks waiting each gets ~1.5 ms, so a
        // waiting task runs again much sooner than 20 ms × 3 rounds.
        Workload crowded = Workload.of("crowded", TaskGroup.hogs(16));
        SimReport r = Simulation.builder().cpus(4).workload(crowded).seed(1).duration(Duration.ofSeconds(2)).build()
                .run(new FifoPolicy(20_000_000L));
        long p99 = r.taskClass("hog").waitP99Ns();
        assertTrue("p99 wait " + p99 + " ns must be far below 60 ms", p99 < 10_000_000L);
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsATinySlice() {
        new FifoPolicy(5);
    }
}
