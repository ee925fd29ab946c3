package org.hotsched.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.Duration;

import org.hotsched.api.CpuTopology;
import org.junit.Test;

public class SimConfigTest {

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        fail("no IllegalArgumentException");
        return null;
    }

    @Test
    public void defaultsAreFourCpusDemoSeed42FiveMillisecondSlices() {
        SimConfig c = SimConfig.defaults();
        assertEquals(CpuTopology.uniform(4, 1), c.topology());
        assertEquals("demo", c.workload().name());
        assertEquals(42, c.seed());
        assertEquals(5_000_000, c.defaultSliceNs());
        assertEquals(50_000_000, c.stallBudgetNs());
        assertEquals(4096, c.queuedRingCapacity());
        assertEquals(c, c.toBuilder().build());
    }

    @Test
    public void badValuesAreRejectedWithTheFieldAndItsRange() {
        assertEquals("defaultSliceNs 0 is outside 1000..10000000000",
                messageOf(() -> SimConfig.builder().defaultSliceNs(0).build()));
        assertEquals("stallBudgetNs -1 is outside 1000..600000000000",
                messageOf(() -> SimConfig.builder().stallBudgetNs(-1).build()));
        assertEquals("queuedRingCapacity 0 is outside 1..1048576",
                messageOf(() -> SimConfig.builder().queuedRingCapacity(0).build()));
        assertEquals("CPU count 0 is outside 1..1024", messageOf(() -> SimConfig.builder().cpus(0)));
    }

    @Test
    public void workloadMistakesNameTheGroup() {
        assertEquals("unknown workload 'nope'; valid names: demo, mix, hogs, interactive, fork",
                messageOf(() -> Workloads.named("nope")));
        assertEquals("group 'hog': weight 0 is outside 1..10000",
                messageOf(() -> TaskGroup.hogs(1).withWeight(0)));
        assertEquals("group 'hog': count 0 is outside 1..100000", messageOf(() -> TaskGroup.hogs(0)));
        assertEquals("group 'interactive': burstNs 0 is outside 1..2305843009213693951",
                messageOf(() -> TaskGroup.interactive(1, Duration.ZERO, Duration.ofMillis(1))));
        assertEquals("label 'has space' must be 1..16 letters, digits, '.', '-' or '_'",
                messageOf(() -> TaskGroup.hogs(1).withLabel("has space")));
        assertEquals("workload 'w', group 'hog': CPU 4 is outside 0..3",
                messageOf(() -> SimConfig.builder().workload(Workload.of("w", TaskGroup.hogs(1).withCpus(4)))
                        .build()));
        assertEquals("workload 'w' needs at least one task group", messageOf(() -> Workload.of("w")));
    }

    @Test
    public void namedWorkloadsScaleWithTheCpuCount() {
        for (String name : Workloads.NAMES) {
            assertEquals(name, Workloads.named(name).name());
        }
        assertEquals(2 * 8, Workloads.hogs().initialTasks(8));
        assertEquals(5 * 4, Workloads.demo().initialTasks(4));
        assertEquals(1, TaskGroup.kthreads(Duration.ofMillis(1), Duration.ofMillis(1)).withCpus(3)
                .initialTasks(4));
    }
}
