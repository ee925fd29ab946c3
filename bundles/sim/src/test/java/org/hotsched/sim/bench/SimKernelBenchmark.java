package org.hotsched.sim.bench;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.hotsched.sim.SimRun;
import org.hotsched.sim.Simulation;
import org.hotsched.sim.internal.EventQueue;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated events per second, read from the {@code events} counter of each benchmark:
 * <ul>
 *   <li>{@code simulateDemo}: the whole loop — kernel, drain, a FIFO policy, decisions — on the 8-CPU demo;
 *   <li>{@code eventQueueHold}: the simulator's primitive event heap alone, one pop and one push per event;
 *   <li>{@code priorityQueueHold}: the same pops and pushes through {@link PriorityQueue} of boxed events,
 *       the baseline the other figures are read against.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class SimKernelBenchmark {

    /** Pending events in the hold benchmarks: about what the 8-CPU demo keeps in its heap. */
    private static final int HELD_EVENTS = 64;
    private static final int EVENTS_PER_CALL = 1000;

    private SimRun run;
    private final Duration step = Duration.ofMillis(100);
    private final EventQueue heap = new EventQueue(HELD_EVENTS);
    private final PriorityQueue<BoxedEvent> boxed = new PriorityQueue<>();
    private final SplittableRandom random = new SplittableRandom(3);
    private long heapNow;
    private long boxedNow;
    private long boxedSeq;

    /** Events processed, reported per second next to the benchmark's own score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        run = Simulation.builder().cpus(8).workload("demo").seed(1).build().start(new BenchFifoPolicy());
        run.runFor(Duration.ofSeconds(5));
        for (int i = 0; i < HELD_EVENTS; i++) {
            long t = random.nextLong(1_000_000);
            heap.push(t, EventQueue.WAKE, i);
            boxed.add(new BoxedEvent(t, boxedSeq++, i));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        run.close();
    }

    @Benchmark
    public void simulateDemo(Events counter) {
        long before = run.kernel().eventsProcessed();
        run.runFor(step);
        counter.events += run.kernel().eventsProcessed() - before;
    }

    @Benchmark
    public int eventQueueHold(Events counter) {
        int sum = 0;
        for (int i = 0; i < EVENTS_PER_CALL; i++) {
            heapNow = heap.peekTime();
            int event = heap.pop();
            sum += event;
            heap.push(heapNow + 1 + random.nextLong(1_000_000), EventQueue.kind(event), EventQueue.target(event));
        }
        counter.events += EVENTS_PER_CALL;
        return sum;
    }

    @Benchmark
    public int priorityQueueHold(Events counter) {
        int sum = 0;
        for (int i = 0; i < EVENTS_PER_CALL; i++) {
            BoxedEvent event = boxed.poll();
            boxedNow = event.time();
            sum += event.payload();
            boxed.add(new BoxedEvent(boxedNow + 1 + random.nextLong(1_000_000), boxedSeq++, event.payload()));
        }
        counter.events += EVENTS_PER_CALL;
        return sum;
    }

    /** An event as an object, ordered like the simulator's: by time, then by insertion. */
    record BoxedEvent(long time, long seq, int payload) implements Comparable<BoxedEvent> {
        @Override
        public int compareTo(BoxedEvent o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    /** First come, first served: an idle CPU if there is one, else the shared queue. */
    public static final class BenchFifoPolicy implements SchedulerPolicy {
        private static final PolicyInfo INFO = new PolicyInfo("bench-fifo", "FIFO for the benchmark");
        private PolicyContext context;
        private TaskQueue queue;
        private long sequence;

        @Override
        public PolicyInfo info() {
            return INFO;
        }

        @Override
        public void attach(PolicyContext ctx) {
            context = ctx;
            queue = new TaskQueue(256, ctx.topology().nrCpus());
        }

        @Override
        public void enqueue(TaskBatch tasks) {
            queue.offerAllFifo(tasks);
        }

        @Override
        public void dispatch(DispatchSink sink) {
            while (!queue.isEmpty()) {
                TaskView task = queue.peek();
                sink.dispatch(task, context.pickIdleCpu(task), 0, sequence++);
                queue.remove();
            }
        }

        @Override
        public int pending() {
            return queue.size();
        }

        @Override
        public void handOver(TaskBuffer successor) {
            queue.drainTo(successor);
        }
    }
}
