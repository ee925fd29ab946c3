package org.hotsched.core.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.DispatchSink;
import org.hotsched.sim.SimConfig;
import org.junit.Test;

public class BridgeContextTest {

    /** A policy may ask about CPU_ANY (what a CPU choice returns when none is idle): no CPU, not an error. */
    @Test
    public void cpuAnyOrOutOfRangeIsNotIdleAndDoesNotThrow() {
        SimBackend backend = new SimBackend(SimConfig.builder().topology(CpuTopology.uniform(2, 1)).workload("demo")
                .build(), 1.0);
        BridgeContext context = new BridgeContext(backend, 5_000_000L, new MetricRegistry());
        assertFalse(context.isCpuIdle(DispatchSink.CPU_ANY));
        assertFalse(context.isCpuIdle(2));
        assertTrue("an idle simulated CPU", context.isCpuIdle(0));
        context.claim(0);
        assertFalse("claimed for this round", context.isCpuIdle(0));
    }
}
