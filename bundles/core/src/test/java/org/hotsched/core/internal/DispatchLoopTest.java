package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hotsched.api.CpuTopology;
import org.hotsched.sim.SimConfig;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;
import org.junit.After;
import org.junit.Test;

/** The dispatch loop over the real simulator: tasks flow, swaps hand over, errors lose nothing. */
public class DispatchLoopTest {

    private static final double FAST = 20.0;
    /** Small, so that swaps hand tasks over across several rounds. */
    private static final int CHUNK = 4;
    /** The supervisor's bound on a call into a policy. */
    private static final long CALL_BOUND_MS = 200;
    /** Most time a policy may be blocked over a batch, as shipped. */
    private static final long BLOCKED_BUDGET_MS = 10;

    private final BridgeCounters counters = new BridgeCounters();
    private final PolicyHandle builtin = handle(new BuiltinFifoPolicy(), BuiltinFifoPolicy.NAME, 0);
    private final List<String> rejections = new CopyOnWriteArrayList<>();
    private final List<String> activations = new CopyOnWriteArrayList<>();
    /** Tasks moved within each swap's gap, and by each whole hand-over. */
    private final List<Integer> movedInGap = new CopyOnWriteArrayList<>();
    private final List<Integer> movedInAll = new CopyOnWriteArrayList<>();
    private final Map<String, Long> movedTo = new ConcurrentHashMap<>();
    private final List<DispatchLoop.SwapFigures> swaps = new CopyOnWriteArrayList<>();
    private final Map<String, Long> blackouts = new ConcurrentHashMap<>();
    private final DispatchLoop.Listener listener = new DispatchLoop.Listener() {
        @Override
        public void activated(PolicyHandle from, PolicyHandle to, String trigger, DispatchLoop.SwapFigures figures) {
            activations.add(to.name() + " " + trigger);
            movedInGap.add(figures.handedOver());
            swaps.add(figures);
        }

        @Override
        public void handedOver(PolicyHandle from, PolicyHandle to, int tasks, long ns) {
            movedInAll.add(tasks);
            movedTo.merge(to.name(), (long) tasks, Long::sum);
        }

        @Override
        public void rejected(PolicyHandle policy, String reason) {
            rejections.add(policy.name() + ": " + reason);
        }

        @Override
        public void blackout(PolicyHandle to, long starvedNs) {
            blackouts.put(to.name(), starvedNs);
        }
    };
    private SimBackend backend;
    private DispatchLoop loop;
    private MetricRegistry registry;

    private static PolicyHandle handle(org.hotsched.api.SchedulerPolicy policy, String name, long id) {
        return new PolicyHandle(policy, name, "", "test-" + name, "0", 0, id, id, Map.of());
    }

    private void start(String workload) {
        start(workload, 0);
    }

    /** @param probationMs 0: no probation, so the tests of faults see the policy stay */
    private void start(String workload, long probationMs) {
        start(SimConfig.builder().topology(CpuTopology.uniform(4, 1)).workload(workload).seed(3).build(), probationMs);
    }

    /** {@code hogs} CPU hogs on 4 CPUs, so a holding policy holds nearly all of them: many chunks per hand-over. */
    private void startWithHogs(int hogs) {
        start(SimConfig.builder().topology(CpuTopology.uniform(4, 1)).workload(Workload.of("hogs", TaskGroup.hogs(hogs)))
                .queuedRingCapacity(hogs).stallBudget(Duration.ofSeconds(30)).seed(3).build(), 0);
    }

    private void start(SimConfig config, long probationMs) {
        backend = new SimBackend(config, FAST);
        registry = new MetricRegistry();
        loop = new DispatchLoop(backend, new BridgeContext(backend, 5_000_000L, registry), counters,
                builtin, new DispatchLoop.SwapSettings(5_000_000L, 50, probationMs * 1_000_000L, 1_000_000_000L,
                        BLOCKED_BUDGET_MS * 1_000_000L, CHUNK,
                        CALL_BOUND_MS * 1_000_000L),
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

    /**
     * Two of the numbers the policy API promises about the kernel's queues, as the bridge samples them each
     * round, move with load (the simulator stops at each new record, so its backlog only grows while user space
     * does not drain: SimKernelTest; on the real kernel all three: itests/vm).
     */
    @Test
    public void queuedInKernelAndDispatchRoomMoveWithLoad() throws Exception {
        startWithHogs(64);
        awaitDispatched(2_000);
        Map<String, Long> kernel = counters.snapshot(backend.counters(), Map.of()).backendCounters();
        assertTrue("the built-in FIFO hands 64 hogs on 4 CPUs to the kernel's queues: " + kernel,
                kernel.get("peakQueuedInKernel") >= 4);
        assertTrue("its decisions take room in the dispatched ring: " + kernel,
                kernel.get("minDispatchRoom") < org.hotsched.sim.SimKernel.DISPATCHED_RING_CAPACITY);
    }

    /**
     * With no task to schedule (one that sleeps a day) the dispatch thread sleeps in a poll of a second; a swap (and a stop, in
     * {@link #stop()}) wakes it through the backend rather than waiting that out. 50 ms after the start the
     * poll has at least 950 ms left, so only a wake-up makes the 800 ms allowed here.
     */
    @Test
    public void aSwapOnAnIdleMachineWakesTheDispatchThread() throws Exception {
        TaskGroup sleeper = TaskGroup.interactive(1, Duration.ofNanos(1_000), Duration.ofDays(1));
        start(SimConfig.builder().topology(CpuTopology.uniform(4, 1)).workload(Workload.of("idle", sleeper)).seed(3)
                .build(), 0);
        Thread.sleep(50);
        assertTrue(loop.switchTo(handle(new HoldingPolicy("a"), "a", 1), "test", 800));
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
        loop.stop();
        handedOver = movedTo.getOrDefault("a", 0L) + movedTo.getOrDefault("b", 0L);
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

    /** Sleeping is not using CPU, yet every task waits for it: the time blocked is judged as well. */
    @Test
    public void aPolicyThatSleepsInEveryRoundIsRejectedForTheTimeItWasBlocked() throws Exception {
        start("mix", 60_000);
        HoldingPolicy napper = new HoldingPolicy("napper");
        napper.napInDispatchMs = 2 * BLOCKED_BUDGET_MS;
        assertTrue(loop.switchTo(handle(napper, "napper", 1), "test", 5_000));
        awaitRejection("napper");
        assertTrue(rejections.get(0), rejections.get(0).startsWith("napper: was blocked ")
                && rejections.get(0).endsWith("(3 such batches in a row) during probation"));
        loop.stop();
        assertAccountedFor();
    }

    @Test
    public void aDecisionForAPidNeverHandedOutIsRejectedAndDropped() throws Exception {
        start("mix", 60_000);
        HoldingPolicy liar = new HoldingPolicy("liar");
        liar.inventPid = 999_999;
        assertTrue(loop.switchTo(handle(liar, "liar", 1), "test", 5_000));
        awaitDispatched(1_000);
        // The liar lies once it holds a task in a round: that may come after the first 1 000 dispatches.
        awaitRejection("liar");
        assertTrue(rejections.toString(), rejections.size() == 1
                && rejections.get(0).contains("a decision for pid 999999, which it was not given"));
        assertEquals("the invented pid never reached the kernel", 0L, (long) backend.counters().get("invalidPid"));
        assertAccountedFor();
    }

    @Test
    public void theWarmUpOnSyntheticTasksLeavesNoTraceInThePolicysCounters() throws Exception {
        start("mix");
        MetricRegistry metrics = registry;
        assertTrue(loop.switchTo(handle(new HoldingPolicy("counted"), "counted", 1), "test", 5_000));
        awaitDispatched(1_000);
        loop.stop();
        // The bridge's count for the policy also holds what the built-in FIFO dispatched from its hand-over at stop.
        long real = counters.snapshot(Map.of(), Map.of()).dispatchedByPolicy().getOrDefault("counted", 0L);
        long counted = metrics.snapshot().get("counted.dispatched");
        assertTrue("the policy's own count, " + counted + ", is of real decisions only (" + real + "), not of the"
                + " warm-up's 50 rounds of 32 synthetic tasks", counted > 0 && counted <= real);
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

    /** With 200 hogs held by {@code a}, swaps to {@code b} and lets the loop run on before stopping it. */
    private void swapWhileHoldingHogs(HoldingPolicy a, HoldingPolicy b) throws InterruptedException {
        holdHogs(a);
        assertTrue(loop.switchTo(handle(b, "b", 2), "test", 5_000));
        awaitDispatched(counters.snapshot(Map.of(), Map.of()).dispatched() + 400);
        loop.stop();
    }

    /** 200 hogs under {@code a}, until it holds more than 150 of them. */
    private void holdHogs(HoldingPolicy a) throws InterruptedException {
        startWithHogs(200);
        assertTrue(loop.switchTo(handle(a, "a", 1), "test", 5_000));
        awaitDispatched(400);
        long deadline = System.currentTimeMillis() + 10_000;
        while (a.pending() <= 150) {
            assertTrue("a never held more than 150 of the 200 hogs", System.currentTimeMillis() < deadline);
            Thread.sleep(1);
        }
    }

    /**
     * Refusing the first chunk, within the gap, undoes the swap: the outgoing policy takes the chunk back and
     * stays active, so its order goes on, and the built-in FIFO decides nothing.
     */
    @Test
    public void aSuccessorThatRefusesItsFirstTasksLeavesThePolicyBeforeItActive() throws Exception {
        HoldingPolicy a = new HoldingPolicy("a");
        HoldingPolicy b = new HoldingPolicy("b");
        b.throwOnAdoptCall = 1;
        holdHogs(a);
        long byBuiltin = counters.snapshot(Map.of(), Map.of()).dispatchedByFallback();
        assertFalse("the swap to b did not happen", loop.switchTo(handle(b, "b", 2), "test", 5_000));
        awaitDispatched(counters.snapshot(Map.of(), Map.of()).dispatched() + 400);
        assertEquals("a", loop.active().name());
        assertEquals(rejections.toString(), 1, rejections.size());
        assertTrue(rejections.get(0), rejections.get(0).startsWith("b: threw java.lang.IllegalStateException")
                && rejections.get(0).endsWith("while taking over"));
        assertEquals("a took its chunk back", CHUNK, a.adopted);
        assertEquals("the built-in FIFO decided nothing", byBuiltin,
                counters.snapshot(Map.of(), Map.of()).dispatchedByFallback());
        loop.stop();
        assertAccountedFor();
        assertEquals(0L, (long) backend.counters().get("dispatchedByFallback"));
    }

    @Test
    public void aLongQueueMovesInChunksWhileTheSuccessorAlreadyDecides() throws Exception {
        HoldingPolicy b = new HoldingPolicy("b");
        swapWhileHoldingHogs(new HoldingPolicy("a"), b);
        assertEquals("within b's gap only the first chunk moved", CHUNK, (int) movedInGap.get(1));
        int all = movedInAll.get(1);
        assertTrue("a held nearly all 200 hogs: " + all, all > 150);
        assertEquals(all, b.adopted);
        assertTrue("b adopted chunk by chunk: " + b.adoptCalls, b.adoptCalls >= all / CHUNK);
        // The hogs' slices end while the policies hold the rest: CPUs wait for decisions, the swap's among them.
        assertTrue("the swap to b measured CPUs waiting for decisions: " + blackouts, blackouts.getOrDefault("b", 0L) > 0);
        assertAccountedFor();
        assertEquals(0L, (long) backend.counters().get("dispatchedByFallback"));
    }

    @Test
    public void aSwapWhileTasksAreStillMovingFinishesThatHandOverFirst() throws Exception {
        startWithHogs(200);
        HoldingPolicy a = new HoldingPolicy("a");
        HoldingPolicy b = new HoldingPolicy("b");
        PolicyHandle ha = handle(a, "a", 1);
        PolicyHandle hb = handle(b, "b", 2);
        assertTrue(loop.switchTo(ha, "test", 5_000));
        awaitDispatched(400);
        for (int i = 0; i < 6; i++) {
            assertTrue(loop.switchTo(i % 2 == 0 ? hb : ha, "test", 5_000));
        }
        awaitDispatched(counters.snapshot(Map.of(), Map.of()).dispatched() + 400);
        loop.stop();
        assertEquals(List.of(), rejections);
        assertEquals(movedTo.get("a") + movedTo.get("b"), a.adopted + b.adopted);
        // Each of the 6 swaps between a and b moves what the outgoing one holds: 200 hogs less the running ones and
        // those still in the ring, which a loaded machine leaves more of (600-900 moved in all with a VM beside).
        assertTrue("6 swaps of 200 held hogs, in chunks of " + CHUNK + ": " + movedTo, a.adopted + b.adopted > 6 * 50);
        assertAccountedFor();
        assertEquals(0L, (long) backend.counters().get("dispatchedByFallback"));
    }

    @Test
    public void aSuccessorThatThrowsWhileTakingOverIsRejectedAndLosesNoTask() throws Exception {
        HoldingPolicy b = new HoldingPolicy("b");
        b.throwOnAdoptCall = 3;
        swapWhileHoldingHogs(new HoldingPolicy("a"), b);
        assertEquals(1, rejections.size());
        assertTrue(rejections.get(0), rejections.get(0).startsWith("b: threw java.lang.IllegalStateException")
                && rejections.get(0).endsWith("while taking over"));
        assertTrue("the rest went to the built-in FIFO", counters.snapshot(Map.of(), Map.of()).dispatchedByFallback() > 150);
        assertAccountedFor();
    }

    @Test
    public void aPolicyWithoutTheBoundedHandOverGivesEverythingWithinTheGap() throws Exception {
        HoldingPolicy a = new HoldingPolicy("a");
        a.wholeHandOverOnly = true;
        HoldingPolicy b = new HoldingPolicy("b");
        swapWhileHoldingHogs(a, b);
        // a goes on deciding while b is prepared, so what it still holds at the swap varies with the machine's load.
        assertTrue("a held hogs at the swap: " + movedInGap, movedInGap.get(1) > 0);
        assertEquals(movedInGap.get(1), movedInAll.get(1));
        assertEquals(1, b.adoptCalls);
        assertAccountedFor();
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

    /**
     * A policy that sleeps in dispatch is abandoned within one and a half bounds: scheduling goes on meanwhile on
     * a new dispatch thread, the policy is rejected with where it was stuck, and when its sleep ends the sink
     * refuses what it still tries to dispatch, so no task is dispatched twice.
     */
    @Test
    public void aPolicyThatSleepsInDispatchIsAbandonedAndSchedulingGoesOn() throws Exception {
        start("mix");
        HoldingPolicy sleepy = new HoldingPolicy("sleepy");
        sleepy.sleepInDispatchMs = 2_000;
        assertTrue(loop.switchTo(handle(sleepy, "sleepy", 1), "test", 5_000));
        awaitRejection("sleepy");
        assertTrue(rejections.get(0), rejections.get(0).startsWith("sleepy: did not return from dispatch within "
                + CALL_BOUND_MS + " ms (at " + HoldingPolicy.class.getName() + ".sleep(")
                && rejections.get(0).contains(", in java.lang.Thread.sleep"));
        long before = counters.snapshot(Map.of(), Map.of()).dispatched();
        awaitDispatched(before + 500);
        assertEquals("the new thread swapped away from the abandoned policy", BuiltinFifoPolicy.NAME, loop.active().name());
        awaitHangOver(sleepy);
        assertEquals("after the hang, the abandoned thread's decisions are refused", 0, sleepy.sentAfterHang);
        loop.stop();
        assertAccountedFor();
    }

    /**
     * A policy that spins in dispatch for good: the same; it cannot be activated again while its thread is still
     * in it (two threads would call one policy), and a stop still completes on the thread that took over.
     */
    @Test
    public void aPolicyThatSpinsInDispatchIsAbandonedAndTheBridgeStillStops() throws Exception {
        start("mix");
        HoldingPolicy spinner = new HoldingPolicy("spinner");
        spinner.spinInDispatch = true;
        try {
            PolicyHandle handle = handle(spinner, "spinner", 1);
            assertTrue(loop.switchTo(handle, "test", 5_000));
            awaitRejection("spinner");
            assertTrue(rejections.get(0), rejections.get(0).contains("did not return from dispatch"));
            awaitDispatched(counters.snapshot(Map.of(), Map.of()).dispatched() + 500);
            assertFalse("activated again while stuck", loop.switchTo(handle, "test", 2_000));
            assertTrue(rejections.toString(), rejections.get(1).startsWith("spinner: is still in the call it was abandoned in"));
            long start = System.nanoTime();
            loop.stop();
            assertTrue("stopped in " + (System.nanoTime() - start) / 1_000_000 + " ms",
                    System.nanoTime() - start < 2_000_000_000L);
            assertEquals(BuiltinFifoPolicy.NAME, loop.active().name());
            assertAccountedFor();
        } finally {
            spinner.spinInDispatch = false;
        }
        awaitHangOver(spinner);
        assertEquals(0, spinner.sentAfterHang);
    }

    /** A successor stuck while starting is abandoned; the policy that was deciding goes on, on the new thread. */
    @Test
    public void aSuccessorThatHangsWhileStartingIsAbandonedAndTheActivePolicyStays() throws Exception {
        start("mix");
        PolicyHandle healthy = handle(new HoldingPolicy("healthy"), "healthy", 1);
        assertTrue(loop.switchTo(healthy, "test", 5_000));
        HoldingPolicy stuck = new HoldingPolicy("stuck");
        stuck.sleepInAttachMs = 2_000;
        assertFalse(loop.switchTo(handle(stuck, "stuck", 2), "test", 5_000));
        awaitRejection("stuck");
        assertTrue(rejections.get(0), rejections.get(0).startsWith("stuck: did not return from attach within "));
        awaitDispatched(counters.snapshot(Map.of(), Map.of()).dispatched() + 500);
        assertEquals(healthy, loop.active());
        assertTrue("the dispatch thread was never the one stuck", Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("hotsched-dispatch-")));
        loop.stop();
        assertAccountedFor();
    }

    /**
     * Attach and warm-up run on a thread of their own: the policy that decides goes on deciding meanwhile, and the
     * swap says how long the preparation took and what the old policy decided during it, apart from the gap.
     */
    @Test
    public void theActivePolicyGoesOnDecidingWhileItsSuccessorIsPrepared() throws Exception {
        start("mix");
        assertTrue(loop.switchTo(handle(new HoldingPolicy("first"), "first", 1), "test", 5_000));
        awaitDispatched(200);
        HoldingPolicy slow = new HoldingPolicy("slow");
        slow.sleepInAttachMs = CALL_BOUND_MS / 2;
        assertTrue(loop.switchTo(handle(slow, "slow", 2), "test", 5_000));
        DispatchLoop.SwapFigures swap = swaps.getLast();
        assertTrue("prepared while the attach slept: " + swap, swap.prepareNs() >= CALL_BOUND_MS / 2 * 1_000_000L);
        assertTrue("first decided while slow was prepared: " + swap, swap.decidedWhilePreparing() > 0);
        assertTrue("the gap leaves the preparation out: " + swap, swap.gapNs() < swap.prepareNs());
        assertEquals(List.of(), rejections);
        loop.stop();
        assertAccountedFor();
    }

    private void awaitRejection(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (rejections.stream().noneMatch(r -> r.startsWith(name + ":"))) {
            assertTrue("no verdict on " + name + " within 10 s", System.currentTimeMillis() < deadline);
            Thread.sleep(5);
        }
    }

    /** Waits until the abandoned thread is out of the policy's hang and has tried to dispatch what it held. */
    private static void awaitHangOver(HoldingPolicy policy) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (policy.sentAfterHang + policy.refusedAfterHang == 0 && policy.pending() > 0) {
            assertTrue("the hang did not end", System.currentTimeMillis() < deadline);
            Thread.sleep(10);
        }
        Thread.sleep(50);
    }
}
