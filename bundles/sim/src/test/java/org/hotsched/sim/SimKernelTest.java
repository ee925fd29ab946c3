package org.hotsched.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.EnqueueFlags;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;
import org.junit.Test;

/** Drives the kernel by hand, as the bridge does, and checks single decisions. */
public class SimKernelTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private final TaskBuffer batch = new TaskBuffer(16, 8);

    private static SimKernel kernel(int cpus, TaskGroup... groups) {
        return new SimKernel(SimConfig.builder().cpus(cpus).workload(Workload.of("test", groups)).build());
    }

    private TaskView next(SimKernel k) {
        batch.clear();
        assertTrue("user space should have work", k.advance(k.nowNs() + 10 * SECOND));
        assertEquals(1, k.drainQueued(batch, 1));
        return batch.task(0);
    }

    /** Processes every event at time 0, leaving what user space was sent in the ring. */
    private static void settleAtZero(SimKernel k) {
        while (k.advance(0)) {
            assertEquals(0, k.nowNs());
        }
    }

    @Test
    public void recordsCarryForkAndWakeFlagsGenerationsSleepsAndTheCommandName() {
        SimKernel k = kernel(2, TaskGroup.interactive(1, Duration.ofMillis(1), Duration.ofMillis(3)));
        TaskView t = next(k);
        int pid = t.pid();
        assertEquals(EnqueueFlags.CPU_SELECTED, t.enqFlags());
        assertEquals(1, t.generation());
        assertEquals("interactive", t.comm());
        assertEquals(2, t.nrCpusAllowed());
        assertEquals(100, t.weight());
        assertEquals(0, t.nvcsw());
        assertTrue(k.dispatch(pid, 1, t.prevCpu(), 0, 0));
        assertFalse(k.isCpuIdle(t.prevCpu()));

        t = next(k);
        assertEquals(pid, t.pid());
        assertEquals(EnqueueFlags.WAKEUP | EnqueueFlags.CPU_SELECTED, t.enqFlags());
        assertEquals(2, t.generation());
        assertEquals(1, t.nvcsw());
        assertEquals(0, t.runtimeNs());
    }

    /** What the bridge's poll sleeps until when it has nothing to do: nothing changes before the next event. */
    @Test
    public void theNextEventIsTheRunningTasksSliceEnd() {
        SimKernel k = kernel(1, TaskGroup.hogs(1));
        TaskView t = next(k);
        k.dispatch(t.pid(), t.generation(), 0, MS, 0);
        assertEquals(k.nowNs() + MS, k.nextEventNs());
        k.advance(k.nowNs() + MS - 1);
        assertEquals(0, k.backlog());
        assertTrue(k.advance(k.nextEventNs()));
        assertEquals(1, k.backlog());
    }

    @Test
    public void aLoneHogsSliceEndIsEnqueuedLastWithItsRuntime() {
        SimKernel k = kernel(1, TaskGroup.hogs(1));
        TaskView t = next(k);
        k.dispatch(t.pid(), t.generation(), 0, MS, 0);

        t = next(k);
        assertEquals(EnqueueFlags.LAST, t.enqFlags());
        assertEquals(MS, t.runtimeNs());
        assertEquals(MS, k.nowNs());
        assertTrue(k.isCpuIdle(0));
    }

    /** PREEMPT: the running hog stops at once and is enqueued again; without it, the newcomer waits its slice. */
    @Test
    public void aPreemptingDecisionStopsTheRunningTaskAtOnceAndItsStaleSliceEndIsIgnored() {
        SimKernel k = kernel(1, TaskGroup.hogs(2));
        settleAtZero(k);
        batch.clear();
        assertEquals(2, k.drainQueued(batch, 2));
        int pidA = batch.task(0).pid();
        long genA = batch.task(0).generation();
        int pidB = batch.task(1).pid();
        long genB = batch.task(1).generation();
        assertTrue(k.dispatch(pidA, genA, 0, 10 * MS, 0));
        assertFalse(k.isCpuIdle(0));

        assertTrue(k.dispatch(pidB, genB, 0, 10 * MS, 0, DispatchSink.PREEMPT));
        assertEquals(1L, (long) k.counters().get("preemptions"));
        batch.clear();
        assertEquals("the preempted hog is enqueued again at once", 1, k.drainQueued(batch, 1));
        assertEquals(pidA, batch.task(0).pid());
        assertEquals(0, k.nowNs());
        // B runs its whole 10 ms slice: A's old slice end (also at 10 ms) is not taken for B's.
        assertTrue(k.dispatch(pidA, batch.task(0).generation(), 0, 10 * MS, 1));
        TaskView afterB = next(k);
        assertEquals(pidB, afterB.pid());
        assertEquals(10 * MS, k.nowNs());
        assertEquals("B's slice end only", 1L, (long) k.counters().get("sliceExpiries"));
    }

    @Test
    public void advanceStopsWhenACpuGoesIdleWhileUserSpaceHoldsTasksAndOnlyThen() {
        SimConfig config = SimConfig.builder().cpus(1).stallBudget(Duration.ofSeconds(100))
                .workload(Workload.of("w", TaskGroup.hogs(1),
                        TaskGroup.interactive(1, Duration.ofMillis(1), Duration.ofMillis(30))))
                .build();
        SimKernel k = new SimKernel(config);
        TaskView hog = next(k);
        assertEquals("hog", hog.comm());
        k.notifyPending(1);

        TaskView interactive = next(k);
        assertEquals("interactive", interactive.comm());
        k.dispatch(interactive.pid(), interactive.generation(), 0, 0, 0);
        k.notifyPending(1);

        assertTrue(k.advance(k.nowNs() + 10 * SECOND));
        assertEquals("the CPU went idle, nothing new was queued", 0, k.backlog());
        assertTrue(k.isCpuIdle(0));
        long now = k.nowNs();
        assertFalse("the idle CPU was reported once", k.advance(now));
        assertEquals(now, k.nowNs());

        k.notifyPending(0);
        batch.clear();
        assertTrue(k.advance(k.nowNs() + 10 * SECOND));
        assertEquals("only a new record stops it when user space holds nothing", 1, k.drainQueued(batch, 8));
    }

    @Test
    public void repeatedStaleFutureAndUnknownDecisionsAreCountedAndIgnored() {
        SimKernel k = kernel(1, TaskGroup.hogs(1));
        TaskView t = next(k);
        int pid = t.pid();
        assertTrue(k.dispatch(pid, 1, 0, 0, 0));
        assertTrue(k.dispatch(pid, 1, 0, 0, 0));
        assertTrue(k.dispatch(pid, 0, 0, 0, 0));
        assertTrue(k.dispatch(pid, 5, 0, 0, 0));
        assertTrue(k.dispatch(12345, 1, 0, 0, 0));

        SimAccounting a = k.accounting();
        assertEquals(a.explain(), 1, a.dispatchedByUser());
        assertEquals(a.explain(), 1, a.duplicates());
        assertEquals(a.explain(), 2, a.cancelledStale());
        assertEquals(a.explain(), 1, a.invalidPid());
        assertTrue(a.conserved());
        assertFalse(a.balanced());
        assertFalse(k.isCpuIdle(0));
    }

    /** Decisions fill the model of the dispatched ring until the kernel runs and drains it; a full ring refuses one. */
    @Test
    public void dispatchRoomShrinksWithEachDecisionUntilTheKernelRuns() {
        SimKernel k = kernel(1, TaskGroup.hogs(1));
        TaskView t = next(k);
        int capacity = SimKernel.DISPATCHED_RING_CAPACITY;
        assertEquals(capacity, k.dispatchRoom());
        assertTrue(k.dispatch(t.pid(), t.generation(), 0, 0, 0));
        for (int i = 1; i < capacity; i++) {
            assertTrue(k.dispatch(12345, 1, 0, 0, 0));
        }
        assertEquals(0, k.dispatchRoom());
        assertFalse("a full ring takes no decision", k.dispatch(12345, 1, 0, 0, 0));
        assertEquals(capacity - 1, k.accounting().invalidPid());
        k.advance(k.nowNs() + 1_000_000L);
        assertEquals("the CPUs drained it", capacity, k.dispatchRoom());
    }

    @Test
    public void aCpuOutOfRangeOrNotAllowedBouncesToTheSharedQueue() {
        SimKernel k = kernel(2, TaskGroup.hogs(2).withCpus(1));
        batch.clear();
        settleAtZero(k);
        assertEquals(2, k.drainQueued(batch, 8));
        TaskView t = batch.task(0);
        assertFalse(t.cpuAllowed(0));
        assertTrue(t.cpuAllowed(1));
        assertEquals(1, t.nrCpusAllowed());
        assertEquals(1, t.prevCpu());

        k.dispatch(t.pid(), t.generation(), 0, 0, 0);
        t = batch.task(1);
        k.dispatch(t.pid(), t.generation(), 7, 0, 0);

        assertEquals(2, k.accounting().bounced());
        assertEquals(2, k.accounting().dispatchedByUser());
        assertTrue("CPU 0 may run neither", k.isCpuIdle(0));
        assertFalse(k.isCpuIdle(1));
    }

    @Test
    public void aFullRingSendsTasksToTheFallbackQueueAsCongested() {
        SimKernel k = new SimKernel(SimConfig.builder().cpus(1).queuedRingCapacity(2)
                .workload(Workload.of("w", TaskGroup.hogs(4))).build());
        settleAtZero(k);
        assertEquals(2, k.backlog());
        SimAccounting a = k.accounting();
        assertEquals(2, a.congested());
        assertEquals(2, a.enqueuedToUser());
        assertFalse("a congested task runs at once", k.isCpuIdle(0));
    }

    @Test
    public void aRecordUserSpaceHasNotReadGoesToTheStallNetAfterTheStallBudget() {
        SimKernel k = new SimKernel(SimConfig.builder().cpus(1).stallBudget(Duration.ofMillis(10))
                .workload(Workload.of("w", TaskGroup.hogs(1))).build());
        settleAtZero(k);
        assertEquals(1, k.backlog());
        assertFalse(k.advance(12 * MS));
        assertEquals("dispatched at 10 ms", 1, k.accounting().stallFallbacks());
        assertEquals("not read: user space was late, its policy held nothing", 0, k.heldStalls());
        assertFalse("and running", k.isCpuIdle(0));
    }

    @Test
    public void theStallSafetyNetDispatchesAHeldTaskAndALaterDecisionForItIsStale() {
        SimKernel k = new SimKernel(SimConfig.builder().cpus(1).stallBudget(Duration.ofMillis(10))
                .workload(Workload.of("w", TaskGroup.hogs(1))).build());
        TaskView t = next(k);
        int pid = t.pid();
        long generation = t.generation();
        k.notifyPending(1);

        TaskView again = next(k);
        assertEquals("read and held: runs the held budget after its enqueue, for one 5 ms slice",
                SimKernel.HELD_BUDGET_NS + 5 * MS, k.nowNs());
        assertEquals(pid, again.pid());
        assertEquals(generation + 1, again.generation());

        k.dispatch(pid, generation, 0, 0, 0);
        SimAccounting a = k.accounting();
        assertEquals(a.explain(), 1, a.stallFallbacks());
        assertEquals("read and held: the policy's doing", 1, k.heldStalls());
        assertEquals(a.explain(), 1, a.cancelledStale());
        assertEquals(a.explain(), 1, a.outstanding());
        assertTrue(a.explain(), a.balanced());
    }

    @Test
    public void withNobodyDrainingTimeMovesOnAndTheSafetyNetsRunEveryTask() {
        SimKernel k = new SimKernel(SimConfig.builder().cpus(2).queuedRingCapacity(64).workload("demo").build());
        for (long t = MS; t <= 2 * SECOND; t += MS) {
            k.advance(t);
        }
        assertEquals(2 * SECOND, k.nowNs());
        SimReport r = k.report();
        for (TaskClassStats c : r.classes()) {
            assertTrue(c.name() + " never ran", c.cpuTimeNs() > 0);
        }
        SimAccounting a = r.accounting();
        assertEquals(a.explain(), 64, a.enqueuedToUser());
        assertEquals(a.explain(), 64, a.stallFallbacks());
        assertTrue(a.explain(), a.congested() > 1000);
        assertTrue(a.explain(), a.balanced());
        assertEquals(64, k.backlog());
    }

    @Test
    public void countersNameEveryAccountingFieldAndAreReadableFromAnotherThread() throws Exception {
        SimKernel k = kernel(2, TaskGroup.hogs(3));
        settleAtZero(k);
        Map<String, Long>[] seen = new Map[1];
        Thread reader = new Thread(() -> seen[0] = k.counters());
        reader.start();
        reader.join();
        for (String name : new String[] {"events", "nowNs", "enqueuedToUser", "dispatchedByUser",
            "dispatchedByFallback", "congested", "kernelDirect", "cancelledStale", "invalidPid", "bounced",
            "duplicates", "outstanding", "backlog", "heldByUser", "runningCpus", "liveTasks"}) {
            assertTrue(name, seen[0].containsKey(name));
        }
        assertEquals(Long.valueOf(3), seen[0].get("enqueuedToUser"));
        assertEquals(Long.valueOf(3), seen[0].get("backlog"));
        assertEquals("2 CPUs, workload test, seed 42", k.describe());
    }

    @Test
    public void aDispatchToAnyCpuWakesAnIdleOne() {
        SimKernel k = kernel(4, TaskGroup.hogs(1).withCpus(2, 3));
        TaskView t = next(k);
        assertEquals("select_cpu picks an idle allowed CPU", 2, t.prevCpu());
        k.dispatch(t.pid(), t.generation(), DispatchSink.CPU_ANY, 0, 0);
        assertFalse(k.isCpuIdle(2));
        assertTrue(k.isCpuIdle(0));
        assertEquals(0, k.accounting().bounced());
    }
}
