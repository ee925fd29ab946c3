package org.hotsched.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TaskQueueTest {

    private static TaskBuffer batch(int... pids) {
        TaskBuffer b = new TaskBuffer(2, 4);
        for (int pid : pids) {
            b.append().pid(pid).tgid(pid * 10).generation(pid + 100).allowCpu(1).comm("t" + pid);
        }
        return b;
    }

    @Test
    public void smallestKeyLeavesFirstAndTiesKeepArrivalOrder() {
        TaskBuffer in = batch(1, 2, 3, 4);
        TaskQueue q = new TaskQueue(1, 4);
        q.offer(in.task(0), 30);
        q.offer(in.task(1), 10);
        q.offer(in.task(2), 30);
        q.offer(in.task(3), 20);
        int[] order = new int[4];
        for (int i = 0; i < 4; i++) {
            order[i] = q.peek().pid();
            q.remove();
        }
        assertEquals("[2, 4, 1, 3]", java.util.Arrays.toString(order));
        assertTrue(q.isEmpty());
        assertNull(q.peek());
    }

    /**
     * Offers and removals interleaved at random, with few distinct keys so ties are common: every task leaves
     * in the order of (key, arrival), as a reference priority queue orders them.
     */
    @Test
    public void leavesInKeyThenArrivalOrderUnderRandomOffersAndRemovals() {
        java.util.Random random = new java.util.Random(8);
        TaskBuffer in = new TaskBuffer(1, 4);
        in.append();
        TaskQueue q = new TaskQueue(1, 4);
        // {key, arrival, pid}, smallest key first, then earliest arrival.
        java.util.PriorityQueue<long[]> reference = new java.util.PriorityQueue<>(
                java.util.Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int nextPid = 1;
        for (int step = 0; step < 20_000; step++) {
            if (random.nextInt(5) < 3 || q.isEmpty()) {
                long key = random.nextInt(16);
                in.writer(0).pid(nextPid);
                q.offer(in.task(0), key);
                reference.add(new long[] {key, step, nextPid++});
            } else {
                long[] expected = reference.poll();
                assertEquals("key at step " + step, expected[0], q.peekKey());
                assertEquals("pid at step " + step, expected[2], q.peek().pid());
                q.remove();
            }
            assertEquals(reference.size(), q.size());
        }
    }

    @Test
    public void copiesEveryFieldAndReusesFreedSlots() {
        assertEveryFieldCopied(4);
    }

    /** A queue whose masks cover more CPUs than the batch's copies field by field, not array to array. */
    @Test
    public void copiesEveryFieldFromABatchOfAnotherWidth() {
        assertEveryFieldCopied(128);
    }

    private static void assertEveryFieldCopied(int queueCpus) {
        TaskBuffer in = batch(7);
        in.writer(0).weight(300).runtimeNs(55).nvcsw(9).enqFlags(EnqueueFlags.WAKEUP).vtime(77).prevCpu(1)
                .cgroupId(4242);
        TaskQueue q = new TaskQueue(1, queueCpus);
        for (int round = 0; round < 3; round++) {
            q.offerAllFifo(in);
            TaskView t = q.peek();
            assertEquals(7, t.pid());
            assertEquals(70, t.tgid());
            assertEquals(107, t.generation());
            assertEquals(300, t.weight());
            assertEquals(55, t.runtimeNs());
            assertEquals(9, t.nvcsw());
            assertEquals(77, t.vtime());
            assertEquals(4242, t.cgroupId());
            assertEquals(1, t.prevCpu());
            assertEquals(1, t.nrCpusAllowed());
            assertTrue(t.cpuAllowed(1));
            assertFalse(t.cpuAllowed(0));
            assertEquals("t7", t.comm());
            q.remove();
        }
    }

    /** Pids 1, 2, 3 with keys 3, 1, 2: they leave as 2, 3, 1. */
    private static TaskQueue queueOfPids1To3WithKeys312() {
        TaskBuffer in = batch(1, 2, 3);
        TaskQueue q = new TaskQueue(4, 4);
        q.offer(in.task(0), 3);
        q.offer(in.task(1), 1);
        q.offer(in.task(2), 2);
        return q;
    }

    @Test
    public void drainToHandsOverInKeyOrder() {
        TaskQueue q = queueOfPids1To3WithKeys312();
        TaskBuffer out = new TaskBuffer(1, 4);
        q.drainTo(out);
        assertEquals(0, q.size());
        assertEquals(3, out.size());
        assertEquals(2, out.task(0).pid());
        assertEquals(3, out.task(1).pid());
        assertEquals(1, out.task(2).pid());
    }

    @Test
    public void aBoundedDrainTakesTheSmallestKeysAndLeavesTheRest() {
        TaskQueue q = queueOfPids1To3WithKeys312();
        TaskBuffer out = new TaskBuffer(1, 4);
        q.drainTo(out, 2);
        assertEquals(1, q.size());
        assertEquals(2, out.size());
        assertEquals(2, out.task(0).pid());
        assertEquals(3, out.task(1).pid());
        q.drainTo(out, 5);
        assertEquals(0, q.size());
        assertEquals(1, out.task(2).pid());
    }
}
