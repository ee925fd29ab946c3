package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.StarvedWaits;
import org.junit.Test;

/** The kernel stops the scheduler: a new one is attached after the back-off, except after SysRq-S. */
public class ReattachingBackendTest {

    private static final long BACKOFF_NS = 20_000_000L;
    private static final long STALL = 1026;

    /** A backend the test ejects at will. */
    private static final class Fake implements ReattachingBackend.Ejectable {
        final CpuTopology topology = CpuTopology.uniform(2, 1);
        final TaskBuffer batch = new TaskBuffer(4, 2);
        volatile long exitKind;
        // What the attached scheduler measures; each test sets what it checks passes through.
        boolean cpuIdle;
        int backlog = 3;
        int queuedInKernel = 2;
        long stallFallbacks;
        long heldStalls;
        boolean closed;
        int dispatched;
        volatile int wakeUps;

        @Override public long exitKind() { return exitKind; }
        @Override public String exitReason() { return "kind " + exitKind + ": runnable task stall"; }
        @Override public String name() { return "bpf"; }
        @Override public CpuTopology topology() { return topology; }
        @Override public long nowNs() { return System.nanoTime(); }
        @Override public boolean isCpuIdle(int cpu) { return cpuIdle; }
        @Override public long[] cgroupIdsUnder(String path) { return new long[0]; }
        @Override public int backlog() { return backlog; }
        @Override public int queuedInKernel() { return queuedInKernel; }
        @Override public TaskBatch poll(long timeoutNs) { batch.clear(); return batch; }
        @Override public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
            dispatched++;
            return true;
        }
        @Override public long stallFallbacks() { return stallFallbacks; }
        @Override public long heldStalls() { return heldStalls; }
        long[] starved = new long[StarvedWaits.BUCKETS];
        @Override public void starvedWaits(long[] into) { System.arraycopy(starved, 0, into, 0, starved.length); }
        @Override public int dispatchRoom() { return 100; }
        @Override public void notifyPending(int heldByUserSpace) { }
        @Override public void wakeUp() { wakeUps++; }
        @Override public Map<String, String> kernelState() { return new java.util.LinkedHashMap<>(); }
        @Override public Map<String, Long> counters() { return new java.util.LinkedHashMap<>(); }
        @Override public void close() { closed = true; }
    }

    private final Deque<Object> opens = new ArrayDeque<>();
    private final List<String> reattached = new ArrayList<>();

    private ReattachingBackend backend(Fake first) {
        ReattachingBackend b = new ReattachingBackend(first, () -> {
            Object next = opens.pop();
            if (next instanceof BpfLoadException e) {
                throw e;
            }
            return (Fake) next;
        }, BACKOFF_NS);
        b.listener(reattached::add);
        return b;
    }

    /** Polls until {@code done} or a second passed. */
    private static void pollUntil(ReattachingBackend b, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            b.poll(1_000_000L);
        }
    }

    @Test
    public void anEjectedSchedulerIsReplacedAfterTheBackOffAndTheListenerHearsWhy() {
        Fake first = new Fake();
        Fake second = new Fake();
        opens.add(second);
        first.cpuIdle = true;
        first.stallFallbacks = 7;
        first.heldStalls = 5;
        ReattachingBackend b = backend(first);
        assertEquals(3, b.backlog());
        assertEquals(2, b.queuedInKernel());
        assertTrue(b.isCpuIdle(0));
        assertEquals(7, b.stallFallbacks());
        assertEquals(5, b.heldStalls());

        first.exitKind = STALL;
        assertEquals(0, b.poll(0).size());
        assertTrue("the ejected scheduler is closed", first.closed);
        assertEquals("nothing is queued while detached", 0, b.backlog());
        assertEquals(0, b.queuedInKernel());
        assertEquals(0, b.dispatchRoom());
        assertFalse("no CPU is ours to place a task on while detached", b.isCpuIdle(0));
        assertEquals("the ejected scheduler's stall fallbacks are kept", 7, b.stallFallbacks());
        assertEquals(5, b.heldStalls());
        assertTrue("a decision while detached is dropped", b.dispatch(1, 1, 0, 0, 0, 0));
        assertEquals(0, second.dispatched);

        pollUntil(b, () -> !reattached.isEmpty());
        assertEquals(List.of("kind 1026: runnable task stall"), reattached);
        second.backlog = 5;
        assertEquals("the new scheduler's figures, not the old one's", 5, b.backlog());
        second.stallFallbacks = 2;
        second.heldStalls = 1;
        assertEquals("running totals go on across the attach", 9, b.stallFallbacks());
        assertEquals(6, b.heldStalls());
        b.dispatch(1, 1, 0, 0, 0, 0);
        assertEquals(1, second.dispatched);
        assertEquals(1L, (long) b.counters().get("reattaches"));
        assertTrue(b.kernelState().get("last exit").contains("stall"));
    }

    /** A swap window spanning a re-attach sees the waits of both schedulers, not a histogram that fell to 0. */
    @Test
    public void starvedWaitsGoOnAcrossAReattach() {
        Fake first = new Fake();
        Fake second = new Fake();
        opens.add(second);
        first.starved[3] = 4;
        ReattachingBackend b = backend(first);
        long[] seen = new long[StarvedWaits.BUCKETS];
        first.exitKind = STALL;
        b.poll(0);
        b.starvedWaits(seen);
        assertEquals("while detached", 4, seen[3]);
        pollUntil(b, () -> !reattached.isEmpty());
        second.starved[3] = 1;
        second.starved[9] = 2;
        b.starvedWaits(seen);
        assertEquals(5, seen[3]);
        assertEquals(2, seen[9]);
    }

    /** A swap or stop must not wait for a poll's whole timeout, attached or not (SysRq-S: no re-attach is due). */
    @Test
    public void wakeUpReachesTheAttachedSchedulerAndEndsAWaitWhileDetached() throws Exception {
        Fake first = new Fake();
        ReattachingBackend b = backend(first);
        b.wakeUp();
        assertEquals("passed to the attached scheduler", 1, first.wakeUps);

        first.exitKind = ReattachingBackend.SCX_EXIT_SYSRQ;
        b.poll(0);
        long[] waitedNs = new long[1];
        Thread poller = new Thread(() -> {
            long start = System.nanoTime();
            b.poll(60_000_000_000L);
            waitedNs[0] = System.nanoTime() - start;
        });
        poller.start();
        while (poller.getState() != Thread.State.TIMED_WAITING && poller.isAlive()) {
            Thread.onSpinWait();
        }
        b.wakeUp();
        poller.join(30_000);
        assertFalse("the detached poll ended when woken, not after its 60 s", poller.isAlive());
        assertTrue("it waited " + waitedNs[0] + " ns", waitedNs[0] < 30_000_000_000L);
        assertEquals("nothing reached the ejected scheduler", 1, first.wakeUps);
    }

    @Test
    public void aFailedAttachIsTriedAgainLater() {
        Fake first = new Fake();
        Fake third = new Fake();
        opens.add(new BpfLoadException("load: busy"));
        opens.add(third);
        ReattachingBackend b = backend(first);
        first.exitKind = STALL;
        pollUntil(b, () -> !reattached.isEmpty());
        assertEquals(1, reattached.size());
        assertTrue(opens.isEmpty());
        assertEquals(3, b.backlog());
    }

    @Test
    public void afterSysRqItStaysDetached() throws Exception {
        Fake first = new Fake();
        opens.add(new Fake());
        ReattachingBackend b = backend(first);
        first.exitKind = ReattachingBackend.SCX_EXIT_SYSRQ;
        b.poll(0);
        long deadline = System.nanoTime() + 5 * BACKOFF_NS;
        int polls = 0;
        while (System.nanoTime() < deadline) {
            b.poll(1_000_000L);
            polls++;
        }
        assertTrue("a detached poll waits its timeout, it does not spin: " + polls + " polls in 100 ms", polls < 500);
        assertTrue(reattached.isEmpty());
        assertEquals("never opened", 1, opens.size());
        assertFalse(b.kernelState().get("state").contains("attaching again"));
    }
}
