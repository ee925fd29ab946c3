package org.hotsched.core.internal;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * What a round cost, read from the kernel's per-thread statistics: a sleep is time blocked, a spin is CPU time. The
 * bounds are loose on purpose: a busy machine adds run-queue wait, which the meter takes out, and a GC pause.
 */
public class RoundMeterTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private static RoundMeter meter() {
        RoundMeter meter = RoundMeter.ofCurrentThread();
        assumeTrue("skipped: " + RoundMeter.SCHEDSTAT + " is not readable here (not Linux, or a kernel without"
                + " CONFIG_SCHED_INFO)", meter.measuresBlocked());
        return meter;
    }

    @Test
    public void aSleepIsTimeBlockedNotCpu() throws Exception {
        RoundMeter meter = meter();
        RoundCost cost = new RoundCost();
        long start = System.nanoTime();
        meter.begin(start);
        Thread.sleep(30);
        meter.end(System.nanoTime(), cost);
        assertTrue("blocked " + cost.blockedNs() + " ns", cost.blockedNs() >= 25 * MS);
        assertTrue("cpu " + cost.cpuNs() + " ns", cost.cpuNs() < 10 * MS);
    }

    @Test
    public void aSpinIsCpuNotTimeBlocked() {
        RoundMeter meter = meter();
        RoundCost cost = new RoundCost();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        meter.begin(System.nanoTime());
        long until = threads.getCurrentThreadCpuTime() + 30 * MS;
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
        meter.end(System.nanoTime(), cost);
        assertTrue("cpu " + cost.cpuNs() + " ns", cost.cpuNs() >= 29 * MS);
        assertTrue("blocked " + cost.blockedNs() + " ns", cost.blockedNs() < 10 * MS);
    }

    @Test
    public void allocationIsCounted() {
        RoundMeter meter = meter();
        RoundCost cost = new RoundCost();
        meter.begin(System.nanoTime());
        byte[][] kept = new byte[4][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new byte[1 << 20];
        }
        meter.end(System.nanoTime(), cost);
        assertTrue("allocated " + cost.allocatedBytes() + " bytes for " + kept.length + " MiB",
                cost.allocatedBytes() >= 4L << 20);
    }
}
