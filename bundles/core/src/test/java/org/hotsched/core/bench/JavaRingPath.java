package org.hotsched.core.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.hotsched.core.internal.QueuedRecordCopier;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;
import org.hotsched.libbpf.ring_buffer_sample_fn;

/**
 * The Java path of the ring-path bench, as the bridge runs it on backend=bpf with the FIFO policy. Each
 * iteration: one test run of bench_rings.bpf.o (drain the previous decisions, produce a batch), then
 * ring_buffer__consume with an upcall that copies each record into a reused {@link TaskBuffer} as core's
 * BpfBackend.onRecord does, then FifoPolicy's enqueue and dispatch over a {@link TaskQueue}, writing each
 * decision through {@link UserRingSink}. bench_consumer.c does the same in C.
 */
final class JavaRingPath implements AutoCloseable {

    /** The FIFO's base slice; bench_consumer.c uses the same. */
    static final long BASE_SLICE_NS = 5_000_000L;
    /** FifoConfig.MIN_SLICE_NS. */
    private static final long MIN_SLICE_NS = 10_000L;

    /** One measured round: ns per task by phase, and bytes this thread allocated per decision. */
    record Round(PathTimes times, double bytesPerDecision) {
    }

    private final BenchRingsObject rings;
    private final int batchSize;
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment ringBuffer;
    private final MemorySegment userRing;
    private final TaskBuffer batch;
    private final QueuedRecordCopier copier;
    private final TaskQueue queue;
    private final DispatchSink sink;
    private long sequence;
    private int pendingDecisions;
    private long kernelNs;
    private long consumeNs;
    private long decideNs;

    JavaRingPath(byte[] elf, int batchSize, int nrCpus) {
        this.rings = new BenchRingsObject(elf);
        this.batchSize = batchSize;
        this.batch = new TaskBuffer(4096, nrCpus);
        this.copier = new QueuedRecordCopier(batch);
        this.queue = new TaskQueue(1024, nrCpus);
        MemorySegment onRecord = ring_buffer_sample_fn.allocate(this::onRecord, arena);
        ringBuffer = LibbpfErrno.ring_buffer__new(rings.callState, rings.queuedFd, onRecord, MemorySegment.NULL,
                MemorySegment.NULL);
        if (ringBuffer.equals(MemorySegment.NULL)) {
            String error = LibbpfErrno.message(LibbpfErrno.errno(rings.callState));
            closeObject();
            throw new IllegalStateException("ring_buffer__new: " + error);
        }
        userRing = LibbpfErrno.user_ring_buffer__new(rings.callState, rings.dispatchedFd, MemorySegment.NULL);
        if (userRing.equals(MemorySegment.NULL)) {
            String error = LibbpfErrno.message(LibbpfErrno.errno(rings.callState));
            Libbpf.ring_buffer__free(ringBuffer);
            closeObject();
            throw new IllegalStateException("user_ring_buffer__new: " + error);
        }
        sink = new UserRingSink(userRing);
    }

    /** One queued record: BpfBackend.onRecord, handing the address to the same copier core uses. */
    private int onRecord(MemorySegment ctx, MemorySegment data, long size) {
        try {
            copier.copy(data.address());
        } catch (Throwable t) {
            // An exception leaving an upcall ends the JVM; the short consume count reports the lost record.
            return 0;
        }
        return 0;
    }

    /** FifoPolicy.enqueue. */
    private void enqueue(TaskBatch tasks) {
        for (int i = 0, n = tasks.size(); i < n; i++) {
            queue.offer(tasks.task(i), sequence++);
        }
    }

    /** FifoPolicy.dispatch, with no idle CPU known (as on backend=bpf): every task to the shared DSQ. */
    private void dispatch() {
        long slice = Math.max(MIN_SLICE_NS, BASE_SLICE_NS / Math.max(1, queue.size()));
        while (!queue.isEmpty() && sink.remaining() > 0) {
            TaskView task = queue.peek();
            if (!sink.dispatch(task, DispatchSink.CPU_ANY, slice, queue.peekKey())) {
                return;
            }
            queue.remove();
        }
    }

    private void iterate() {
        long t0 = System.nanoTime();
        int drained = rings.run(batchSize);
        long t1 = System.nanoTime();
        if (drained != pendingDecisions) {
            throw new IllegalStateException("the test run drained " + drained + " decisions, expected "
                    + pendingDecisions + " (-1: a decision did not echo its record; -2: queued ring full)");
        }
        batch.clear();
        int consumed = Libbpf.ring_buffer__consume(ringBuffer);
        long t2 = System.nanoTime();
        if (consumed != batchSize || batch.size() != batchSize) {
            throw new IllegalStateException("consumed " + consumed + " records, copied " + batch.size()
                    + ", expected " + batchSize);
        }
        enqueue(batch);
        dispatch();
        long t3 = System.nanoTime();
        if (!queue.isEmpty()) {
            throw new IllegalStateException("user ring buffer full with " + queue.size() + " decisions unsent");
        }
        pendingDecisions = batchSize;
        kernelNs += t1 - t0;
        consumeNs += t2 - t1;
        decideNs += t3 - t2;
    }

    void warmUp(int iterations) {
        for (int i = 0; i < iterations; i++) {
            iterate();
        }
    }

    Round measure(int iterations) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        kernelNs = 0;
        consumeNs = 0;
        decideNs = 0;
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < iterations; i++) {
            iterate();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long tasks = (long) iterations * batchSize;
        return new Round(PathTimes.perTask(kernelNs, consumeNs, decideNs, tasks), allocated / (double) tasks);
    }

    /** Drains the last decisions, checking them, and frees the rings and the object. */
    @Override
    public void close() {
        try {
            int drained = rings.run(0);
            if (drained != pendingDecisions) {
                throw new IllegalStateException("the last drain got " + drained + ", expected " + pendingDecisions);
            }
        } finally {
            Libbpf.user_ring_buffer__free(userRing);
            Libbpf.ring_buffer__free(ringBuffer);
            closeObject();
        }
    }

    private void closeObject() {
        rings.close();
        arena.close();
    }
}
