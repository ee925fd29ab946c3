package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hotsched.api.CpuTopology;
import org.hotsched.sim.SimConfig;
import org.junit.After;
import org.junit.Test;

/** The dispatch loop over the real simulator: tasks flow, swaps hand over, errors lose nothing. */
public class DispatchLoopTest {

    private static final double FAST = 20.0;

    private final BridgeCounters counters = new BridgeCounters();
    private final PolicyHandle builtin = handle(new BuiltinFifoPolicy(), BuiltinFifoPolicy.NAME, 0);
    private final List<String> rejections = new CopyOnWriteArrayList<>();
    private final List<String> activations = new CopyOnWriteArrayList<>();
    private final DispatchLoop.Listener listener = new DispatchLoop.Listener() {
        @Override
        public void activated(PolicyHandle from, PolicyHandle to, String trigger, long gapNs, int handedOver) {
            activations.add(to.name() + " " + trigger);
        }

        @Override
        public void rejected(PolicyHandle policy, String reason) {
            rejections.add(policy.name() + ": " + reason);
        }
    };
    private SimBackend backend;
    private DispatchLoop loop;

    private static PolicyHandle handle(org.hotsched.api.SchedulerPolicy policy, String name, long id) {
        return new PolicyHandle(policy, name, "", "test-" + name, "0", 0, id, id, Map.of());
    }

    private void start(String workload) {
        start(workload, 0);
    }

    /** @param probationMs 0: no probation, so the tests of faults see the policy stay */
    private void start(String workload, long probationMs) {
        SimConfig config = SimConfig.builder().topology(CpuTopology.uniform(4, 1)).workload(workload).seed(3).build();
        backend = new SimBackend(config, FAST);
        loop = new DispatchLoop(backend, new BridgeContext(backend, 5_000_000L, new MetricRegistry()), counters,
                builtin, new DispatchLoop.SwapSettings(5_000_000L, 50, probationMs * 1_000_000L, 1_000_000_000L),
                listener);
        loop.start();
    }

    @After
    public void stop() {
        if (loop != null) {
            loop.stop();
        }
    }

    private void awaitDispatched(long atLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (counters.snapshot(Map.of(), Map.of()).dispatched() < atLeast) {
            assertTrue("timed out waiting for " + atLeast + " dispatches", System.currentTimeMillis() < deadline);
            Thread.sleep(10);
        }
    }

    private void assertAccountedFor() {
        Map<String, Long> sim = backend.counters();
        assertEquals("enqueued = dispatched by user + by stall net + outstanding: " + sim,
                (long) sim.get("enqueuedToUser"),
                sim.get("dispatchedByUser") + sim.get("dispatchedByFallback") + sim.get("outstanding"));
        assertEquals("no task dispatched twice: " + sim, 0L, (long) sim.get("duplicates"));
    }

    @Test
    public void withoutAPolicyTheBuiltinFifoSchedules() throws Exception {
        start("demo");
        awaitDispatched(2_000);
        var stats = counters.snapshot(Map.of(), Map.of());
        assertEquals(stats.dispatched(), stats.dispatchedByFallback());
        assertTrue(stats.batches() > 0);
        assertAccountedFor();
    }

    @Test
    public void swapsHandHeldTasksOverWithoutLosingOrRepeatingAny() throws Exception {
        start("hogs");
        HoldingPolicy a = new HoldingPolicy("a");
        HoldingPolicy b = new HoldingPolicy("b");
        PolicyHandle ha = handle(a, "a", 1);
        PolicyHandle hb = handle(b, "b", 2);
        long handedOver = 0;
        for (int round = 0; round < 10; round++) {
            PolicyHandle next = round % 2 == 0 ? ha : hb;
            assertTrue("switch to " + next.name(), loop.switchTo(next, "test", 5_000));
            awaitDispatched(counters.snapshot(Map.of(), Map.of()).dispatched() + 300);
        }
        handedOver = counters.snapshot(Map.of(), Map.of()).tasksHandedOver();
        assertTrue("hogs on 4 CPUs leave tasks held at each swap: " + handedOver, handedOver > 0);
        assertEquals(handedOver, a.adopted + b.adopted);
        assertAccountedFor();
        assertEquals(0L, (long) backend.counters().get("dispatchedByFallback"));
    }

    @Test
    public void aPolicyThatThrowsLosesNoTaskAndDispatchesNoneTwice() throws Exception {
        start("mix");
        HoldingPolicy flaky = new HoldingPolicy("flaky");
        flaky.throwEveryNthBatch = 3;
        assertTrue(loop.switchTo(handle(flaky, "flaky", 1), "test", 5_000));
        awaitDispatched(3_000);
        var stats = counters.snapshot(Map.of(), Map.of());
        assertTrue("errors counted", stats.policyErrors() > 0);
        assertTrue("the built-in FIFO covered the failed batches", stats.dispatchedByFallback() > 0);
        assertAccountedFor();
        assertEquals("flaky", loop.active().name());
    }

    @Test
    public void aPolicyThatThrowsDuringProbationIsRejectedOnce() throws Exception {
        start("mix", 60_000);
        HoldingPolicy flaky = new HoldingPolicy("flaky");
        flaky.throwEveryNthBatch = 5;
        assertTrue(loop.switchTo(handle(flaky, "flaky", 1), "test", 5_000));
        awaitDispatched(2_000);
        assertEquals("one verdict per activation: " + rejections, 1, rejections.size());
        assertTrue(rejections.get(0), rejections.get(0).startsWith("flaky: threw java.lang.IllegalStateException")
                && rejections.get(0).endsWith("during probation"));
        assertAccountedFor();
    }

    @Test
    public void aDecisionForAPidNeverHandedOutIsRejectedAndDropped() throws Exception {
        start("mix", 60_000);
        HoldingPolicy liar = new HoldingPolicy("liar");
        liar.inventPid = 999_999;
        assertTrue(loop.switchTo(handle(liar, "liar", 1), "test", 5_000));
        awaitDispatched(1_000);
        assertTrue(rejections.toString(), rejections.size() == 1
                && rejections.get(0).contains("a decision for pid 999999, which it was never given"));
        assertEquals("the invented pid never reached the kernel", 0L, (long) backend.counters().get("invalidPid"));
        assertAccountedFor();
    }

    @Test
    public void theFirstActivationAtStartIsNotOnProbation() throws Exception {
        start("mix", 60_000);
        assertTrue(loop.switchTo(handle(new HoldingPolicy("first"), "first", 1), "start", 5_000));
        assertEquals(0L, loop.probationRemainingMs());
        assertTrue(loop.switchTo(handle(new HoldingPolicy("second"), "second", 2), "sched:use", 5_000));
        assertTrue(loop.probationRemainingMs() > 0);
    }

    @Test
    public void aWellBehavedPolicyPassesProbationAndSwapsAreReported() throws Exception {
        start("mix", 60_000);
        HoldingPolicy good = new HoldingPolicy("good");
        assertTrue(loop.switchTo(handle(good, "good", 1), "sched:use", 5_000));
        awaitDispatched(3_000);
        assertEquals(List.of(), rejections);
        assertEquals(List.of("good sched:use"), activations);
        assertTrue(loop.probationRemainingMs() > 0);
    }

    /**
     * Steady state means after the JIT has compiled the loop, which takes longer on a loaded machine: so
     * the loop is measured in short windows, and one window of many decisions without allocation passes.
     * A per-decision allocation shows in every window and fails.
     */
    @Test
    public void theSteadyStateAllocatesNothing() throws Exception {
        start("demo");
        HoldingPolicy p = new HoldingPolicy("p");
        assertTrue(loop.switchTo(handle(p, "p", 1), "test", 5_000));
        awaitDispatched(20_000);
        Thread dispatchThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("hotsched-dispatch")).findFirst().orElseThrow();
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        StringBuilder windows = new StringBuilder();
        for (int window = 0; window < 12; window++) {
            long before = mx.getThreadAllocatedBytes(dispatchThread.threadId());
            long dispatchedBefore = counters.snapshot(Map.of(), Map.of()).dispatched();
            Thread.sleep(300);
            long bytes = mx.getThreadAllocatedBytes(dispatchThread.threadId()) - before;
            long decisions = counters.snapshot(Map.of(), Map.of()).dispatched() - dispatchedBefore;
            windows.append(' ').append(bytes).append(" B/").append(decisions);
            if (decisions > 500 && bytes < 1_024) {
                return;
            }
        }
        throw new AssertionError("no window of 300 ms without allocation; bytes/decisions per window:" + windows);
    }
}
