package org.hotsched.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.hotsched.api.Weights;
import org.junit.Test;

public class EevdfBaselineTest {

    @Test
    public void cpuTimeFollowsWeight() {
        Workload w = Workload.of("weights",
                TaskGroup.hogs(2).withCountPerCpu().withLabel("nice0"),
                TaskGroup.hogs(2).withCountPerCpu().withLabel("nice5").withNice(5));
        SimReport r = Simulation.builder().cpus(4).workload(w).seed(3).duration(Duration.ofSeconds(2)).build()
                .run(new EevdfBaseline());
        assertTrue(r.accounting().explain(), r.accounting().balanced());
        double ratio = r.taskClass("nice0").cpuShare() / r.taskClass("nice5").cpuShare();
        double expected = (double) Weights.DEFAULT / Weights.ofNice(5);
        assertEquals(r.toTable(), expected, ratio, expected * 0.1);
        assertTrue(r.toTable(), r.fairness() > 0.95);
    }

    @Test
    public void equalHogsShareEqually() {
        SimReport r = Simulation.builder().cpus(4).workload("hogs").seed(1).duration(Duration.ofSeconds(2)).build()
                .run(new EevdfBaseline());
        assertTrue(r.accounting().explain(), r.accounting().balanced());
        assertTrue(r.toTable(), r.fairness() > 0.98);
        assertTrue(r.toTable(), r.cpuUtilisation() > 0.95);
    }

    @Test
    public void accountingBalancedOnLivelyMixAndDeterministic() {
        Simulation sim = Simulation.builder().cpus(4).workload("demo").seed(7).duration(Duration.ofSeconds(1)).build();
        SimReport a = sim.run(new EevdfBaseline());
        SimReport b = sim.run(new EevdfBaseline());
        assertTrue(a.accounting().explain(), a.accounting().balanced());
        assertEquals(0, a.accounting().stallFallbacks());
        assertEquals(a, b);
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsTinySlice() {
        new EevdfBaseline(10);
    }
}
