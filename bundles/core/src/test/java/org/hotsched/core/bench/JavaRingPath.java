package org.hotsched.core.bench;

import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.hotsched.core.internal.BpfLoadException;
import org.hotsched.core.internal.MappedRing;
import org.hotsched.core.internal.QueuedRecordCopier;
import org.hotsched.libbpf.Libbpf;
import org.hotsched.libbpf.LibbpfErrno;

/**
 * The Java path of the ring-path bench, as the bridge runs it on backend=bpf with the FIFO policy. Each
 * iteration: one test run of bench_rings.bpf.o (drain the previous decisions, produce a batch), then the
 * records read in place by core's {@link MappedRing} into a reused {@link TaskBuffer}, as core's BpfBackend
 * reads them while records keep coming, then FifoPolicy's enqueue and dispatch over a {@link TaskQueue},
 * writing each decision through {@link UserRingSink}. bench_consumer.c does the same in C, consuming with
 * libbpf's ring_buffer__consume.
 */
final class JavaRingPath implements AutoCloseable {

    /** The FIFO's base slice; bench_consumer.c uses the same. */
    static final long BASE_SLICE_NS = 5_000_000L;
    /** FifoConfig.MIN_SLICE_NS. */
    private static final long MIN_SLICE_NS = 10_000L;
    /** Tasks the batch holds, as in core's BpfBackend. */
    private static final int MAX_BATCH = 4096;

    /** One measured round: ns per task by phase, and bytes this thread allocated per decision. */
    record Round(PathTimes times, double bytesPerDecision) {
    }

    private final BenchRingsObject rings;
    private final int batchSize;
    private final MappedRing queued;
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
        this.batch = new TaskBuffer(MAX_BATCH, nrCpus);
        this.copier = new QueuedRecordCopier(batch);
        this.queue = new TaskQueue(1024, nrCpus);
        try {
            queued = MappedRing.map(rings.callState, rings.queuedFd, Libbpf.HOTSCHED_QUEUED_RING_BYTES(), "queued");
        } catch (BpfLoadException e) {
            rings.close();
            throw new IllegalStateException(e.getMessage(), e);
        }
        userRing = LibbpfErrno.user_ring_buffer__new(rings.callState, rings.dispatchedFd, MemorySegment.NULL);
        if (userRing.equals(MemorySegment.NULL)) {
            String error = LibbpfErrno.message(LibbpfErrno.errno(rings.callState));
            queued.close();
            rings.close();
            throw new IllegalStateException("user_ring_buffer__new: " + error);
        }
        sink = new UserRingSink(userRing);
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
        int consumed = queued.drain(copier, MAX_BATCH);
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
            queued.close();
            rings.close();
        }
    }
}
