package org.hotsched.api;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PassedOverTest {

    @Test
    public void tasksPassedOverGoBackWithTheirKeysAndRecords() {
        TaskBuffer batch = new TaskBuffer(4, 4);
        for (int pid = 1; pid <= 4; pid++) {
            batch.append().pid(pid).generation(pid + 100).allowCpu(pid % 4).comm("t" + pid);
        }
        TaskQueue queue = new TaskQueue(4, 4);
        for (int i = 0; i < batch.size(); i++) {
            queue.offer(batch.task(i), 100 + i);
        }
        PassedOver passedOver = new PassedOver(1, 4);

        passedOver.take(queue);
        passedOver.take(queue);
        assertEquals(2, passedOver.size());
        assertEquals(3, queue.peek().pid());
        queue.remove();
        passedOver.giveBack(queue);

        assertEquals(0, passedOver.size());
        int[] pids = {1, 2, 4};
        long[] keys = {100, 101, 103};
        for (int i = 0; i < pids.length; i++) {
            TaskView task = queue.peek();
            assertEquals(pids[i], task.pid());
            assertEquals(keys[i], queue.peekKey());
            assertEquals(pids[i] + 100L, task.generation());
            assertEquals("t" + pids[i], task.comm().toString());
            assertEquals(true, task.cpuAllowed(pids[i] % 4));
            queue.remove();
        }
        assertEquals(0, queue.size());
    }
}
