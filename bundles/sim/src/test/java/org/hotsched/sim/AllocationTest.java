package org.hotsched.sim;

import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.junit.Test;

/** The hot path (kernel, loop, FIFO policy) allocates nothing per event once warm. */
public class AllocationTest {

    /** A fixed allowance for one-off allocations (class init, lazy JIT paths); per-event growth would dwarf it. */
    private static final long BUDGET_BYTES = 64 * 1024;

    @Test
    public void steadyStateAllocatesNoBytesPerEvent() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue("this JVM cannot measure allocation", threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);

        try (SimRun run = Simulation.builder().cpus(8).workload("demo").seed(11).build()
                .start(new FifoTestPolicy())) {
            run.runFor(Duration.ofSeconds(30));

            long eventsBefore = run.kernel().eventsProcessed();
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            run.runFor(Duration.ofSeconds(120));
            long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            long events = run.kernel().eventsProcessed() - eventsBefore;

            assertTrue("only " + events + " events", events > 1_000_000);
            assertTrue(bytes + " bytes allocated over " + events + " events", bytes < BUDGET_BYTES);
            assertTrue(run.report().accounting().explain(), run.report().accounting().balanced());
        }
    }
}
