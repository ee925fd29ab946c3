package org.hotsched.sim.internal;

import static org.junit.Assert.assertEquals;

import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;
import org.junit.Test;

public class DispatchQueueTest {

    /** Tasks 0..3 may run anywhere on 4 CPUs; tasks 4..7 only on CPU 3. */
    private static Affinity affinity() {
        Workload w = Workload.of("w", TaskGroup.hogs(4), TaskGroup.hogs(4).withLabel("pinned").withCpus(3));
        WorkloadModel model = new WorkloadModel(w, 4, 1);
        Tasks tasks = new Tasks(8);
        for (int i = 0; i < 8; i++) {
            int slot = tasks.allocate();
            tasks.group[slot] = i < 4 ? 0 : 1;
        }
        return new Affinity(tasks, model, 4);
    }

    @Test
    public void vtimeQueueOrdersByVtimeAndTiesFirstInFirstOut() {
        VtimeDsq q = new VtimeDsq(1);
        q.insert(50, 0);
        q.insert(10, 1);
        q.insert(50, 2);
        q.insert(10, 3);
        q.insert(-5, 4);
        int[] expected = {4, 1, 3, 0, 2};
        for (int slot : expected) {
            assertEquals(slot, q.pollFirst());
        }
        assertEquals(-1, q.pollFirst());
    }

    @Test
    public void vtimeQueueSkipsTasksTheCpuMayNotRun() {
        Affinity affinity = affinity();
        VtimeDsq q = new VtimeDsq(4);
        q.insert(1, 5);
        q.insert(2, 6);
        q.insert(3, 2);
        q.insert(4, 1);
        assertEquals(2, q.pollFirstAllowed(0, affinity));
        assertEquals(1, q.pollFirstAllowed(0, affinity));
        assertEquals(-1, q.pollFirstAllowed(0, affinity));
        assertEquals(5, q.pollFirstAllowed(3, affinity));
        assertEquals(6, q.pollFirstAllowed(3, affinity));
        assertEquals(0, q.size());
    }

    @Test
    public void fifoQueueKeepsOrderAcrossWrapAndGrowthAndSkipsDisallowedTasks() {
        Affinity affinity = affinity();
        FifoDsq q = new FifoDsq(4);
        q.push(0);
        q.push(1);
        assertEquals(0, q.poll());
        q.push(5);
        q.push(2);
        q.push(6);
        q.push(3);
        assertEquals(1, q.pollAllowed(0, affinity));
        assertEquals(2, q.pollAllowed(1, affinity));
        assertEquals(3, q.pollAllowed(2, affinity));
        assertEquals(-1, q.pollAllowed(2, affinity));
        assertEquals(5, q.poll());
        assertEquals(6, q.poll());
        assertEquals(-1, q.poll());
    }
}
