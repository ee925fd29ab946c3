package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBuffer;
import org.junit.Test;

/** The built-in FIFO keeps what the sink has no room for, in order, and loses nothing. */
public class BuiltinFifoPolicyTest {

    /** Takes decisions while it has room; records the pids it took. */
    private static final class RoomSink implements DispatchSink {
        int room;
        final List<Integer> taken = new ArrayList<>();

        @Override
        public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
            if (room == 0) {
                return false;
            }
            room--;
            taken.add(pid);
            return true;
        }

        @Override
        public int remaining() {
            return room;
        }
    }

    private static TaskBuffer tasks(int firstPid, int n) {
        TaskBuffer batch = new TaskBuffer(n, 4);
        for (int i = 0; i < n; i++) {
            batch.append().pid(firstPid + i).generation(1).allowCpus(4);
        }
        return batch;
    }

    @Test
    public void tasksTheSinkRefusesWaitAndGoOutInArrivalOrder() {
        RoomSink sink = new RoomSink();
        BuiltinFifoPolicy fifo = new BuiltinFifoPolicy();
        fifo.useSink(sink);
        sink.room = 2;
        fifo.enqueue(tasks(100, 5));
        assertEquals(List.of(100, 101), sink.taken);
        assertEquals(3, fifo.pending());

        sink.room = 1;
        fifo.enqueue(tasks(200, 2)); // behind the waiting ones, though there is room
        fifo.flush();
        assertEquals(List.of(100, 101, 102), sink.taken);
        assertEquals(4, fifo.pending());

        sink.room = 10;
        fifo.dispatch(null);
        assertEquals(List.of(100, 101, 102, 103, 104, 200, 201), sink.taken);
        assertEquals(0, fifo.pending());
    }

    @Test
    public void whatWaitsIsHandedOverWhole() {
        RoomSink sink = new RoomSink();
        BuiltinFifoPolicy fifo = new BuiltinFifoPolicy();
        fifo.useSink(sink);
        sink.room = 1;
        fifo.enqueue(tasks(100, 3));
        TaskBuffer successor = new TaskBuffer(4, 4);
        fifo.handOver(successor);
        assertEquals(2, successor.size());
        assertEquals(101, successor.task(0).pid());
        assertEquals(102, successor.task(1).pid());
        assertEquals(0, fifo.pending());
    }
}
