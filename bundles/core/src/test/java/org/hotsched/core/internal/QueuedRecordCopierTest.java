package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;
import org.hotsched.libbpf.hotsched_queued_task;
import org.junit.Test;

/** A queued record, laid out as bpf/intf.h has it, arrives in the batch field by field. */
public class QueuedRecordCopierTest {

    private static TaskView copied(String comm, long... mask) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment rec = hotsched_queued_task.allocate(arena);
            rec.fill((byte) 0);
            hotsched_queued_task.pid(rec, 42);
            hotsched_queued_task.tgid(rec, 40);
            hotsched_queued_task.prev_cpu(rec, 65);
            hotsched_queued_task.weight(rec, 100);
            hotsched_queued_task.runtime_ns(rec, 1_234L);
            hotsched_queued_task.nvcsw(rec, 7L);
            hotsched_queued_task.enq_flags(rec, 1L);
            hotsched_queued_task.generation(rec, 9L);
            hotsched_queued_task.vtime(rec, 555L);
            hotsched_queued_task.cgroup_id(rec, 8_123L);
            for (int w = 0; w < mask.length; w++) {
                hotsched_queued_task.cpumask(rec, w, mask[w]);
            }
            byte[] name = comm.getBytes(StandardCharsets.US_ASCII);
            MemorySegment.copy(name, 0, hotsched_queued_task.comm(rec), ValueLayout.JAVA_BYTE, 0,
                    name.length);
            TaskBuffer batch = new TaskBuffer(1, 128);
            new QueuedRecordCopier(batch).copy(rec.address());
            assertEquals(1, batch.size());
            return batch.task(0);
        }
    }

    @Test
    public void everyFieldArrives() {
        TaskView t = copied("hog", 0b101L, 0b10L);
        assertEquals(42, t.pid());
        assertEquals(40, t.tgid());
        assertEquals(65, t.prevCpu());
        assertEquals(100, t.weight());
        assertEquals(1_234L, t.runtimeNs());
        assertEquals(7L, t.nvcsw());
        assertEquals(1L, t.enqFlags());
        assertEquals(9L, t.generation());
        assertEquals(555L, t.vtime());
        assertEquals(8_123L, t.cgroupId());
        assertEquals("hog", t.comm());
        assertTrue(t.cpuAllowed(0));
        assertFalse(t.cpuAllowed(1));
        assertTrue(t.cpuAllowed(2));
        assertTrue(t.cpuAllowed(65));
        assertEquals(3, t.nrCpusAllowed());
    }

    @Test
    public void namesOfEveryLengthKeepTheirLength() {
        assertEquals("", copied("").comm());
        assertEquals("kworker", copied("kworker").comm());
        assertEquals("8charsxx", copied("8charsxx").comm());
        assertEquals("fifteen-chars-x", copied("fifteen-chars-x").comm());
        assertEquals("sixteen-chars-xx", copied("sixteen-chars-xx").comm());
    }

    @Test
    public void theFirstZeroByteIsFoundInMemoryOrder() {
        assertEquals(0, QueuedRecordCopier.firstZeroByte(0L));
        assertEquals(3, QueuedRecordCopier.firstZeroByte(0x676f68L));
        assertEquals(8, QueuedRecordCopier.firstZeroByte(0x0101010101010101L));
        // 0x01 right after a zero byte is where the bit trick has false positives: the lowest stays exact.
        assertEquals(1, QueuedRecordCopier.firstZeroByte(0x0101010101010001L));
    }
}
