package org.hotsched.sim.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.junit.Test;

public class EventQueueTest {

    @Test
    public void popsInTimeOrderAndTiesInInsertionOrder() {
        EventQueue q = new EventQueue(2);
        q.push(30, EventQueue.STOP, 1);
        q.push(10, EventQueue.WAKE, 7);
        q.push(10, EventQueue.FORK, 8);
        q.push(20, EventQueue.STALL_CHECK, 0);
        q.push(10, EventQueue.WAKE, 9);

        int[] targets = {7, 8, 9, 0, 1};
        int[] kinds = {EventQueue.WAKE, EventQueue.FORK, EventQueue.WAKE, EventQueue.STALL_CHECK, EventQueue.STOP};
        for (int i = 0; i < targets.length; i++) {
            int e = q.pop();
            assertEquals(targets[i], EventQueue.target(e));
            assertEquals(kinds[i], EventQueue.kind(e));
        }
        assertTrue(q.isEmpty());
    }

    @Test
    public void agreesWithPriorityQueueOnRandomTimes() {
        EventQueue q = new EventQueue(4);
        PriorityQueue<long[]> reference = new PriorityQueue<>((a, b) -> a[0] != b[0]
                ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        SplittableRandom random = new SplittableRandom(1);
        long seq = 0;
        for (int round = 0; round < 20_000; round++) {
            if (reference.isEmpty() || random.nextInt(3) > 0) {
                long t = random.nextLong(1000);
                int target = random.nextInt(1 << 20);
                q.push(t, EventQueue.WAKE, target);
                reference.add(new long[] {t, seq++, target});
            } else {
                long[] expected = reference.poll();
                assertEquals(expected[0], q.peekTime());
                assertEquals(expected[2], EventQueue.target(q.pop()));
            }
            assertEquals(reference.size(), q.size());
        }
    }
}
