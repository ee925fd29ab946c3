package org.hotsched.core.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.hotsched.api.CpuTopology;
import org.hotsched.core.BridgeStats;
import org.hotsched.sim.SimAccounting;
import org.hotsched.sim.SimConfig;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;

/**
 * The swap gap bench: a {@link DispatchLoop} over the simulator with thousands of runnable hogs, swapped
 * back and forth between two {@link HoldingPolicy} instances (each holds every runnable task but the
 * running ones, so every swap hands nearly all of them over) while batches keep arriving. Prints the swap
 * gap (p50/p99/max), the tasks handed over per swap, the gap against two baselines of the same run (a
 * {@link TaskCopyBaseline} copy of as many tasks, timed right after each swap, and the loop's ordinary
 * dispatch rounds), the simulator's accounting and the stall net's count. The loop runs with the bridge's
 * default swap settings (warm-up, probation), so a policy the bridge would roll back shows as a rejection.
 *
 * <p>Run by {@code mvn -pl bundles/core -Pbench verify}. Settings (system properties): {@code bench.tasks}
 * hogs (10000), {@code bench.cpus} simulated CPUs (16), {@code bench.speed} simulated time per wall-clock
 * time (20), {@code bench.warmupSwaps} unrecorded swaps first (50), {@code bench.swaps} measured swaps
 * (400), {@code bench.holdMs} wall-clock time between swaps (20). Exits 1 when a swap did not finish, a
 * policy was rejected, a handed-over task was not adopted, or the accounting does not balance.
 */
public final class SwapGapBench {

    private static final String WARM_UP = "bench warm-up";
    private static final String MEASURED = "bench";
    private static final double GAP_GOAL_US = 50;
    /** Held so the level sticks: the bridge logs each swap at INFO (after timing it), which would bury the figures. */
    private static final java.util.logging.Logger BRIDGE_LOG = java.util.logging.Logger.getLogger("org.hotsched.core");

    private SwapGapBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        int tasks = Integer.getInteger("bench.tasks", 10_000);
        int cpus = Integer.getInteger("bench.cpus", 16);
        double speed = Double.parseDouble(System.getProperty("bench.speed", "20"));
        int warmUpSwaps = Integer.getInteger("bench.warmupSwaps", 50);
        int swaps = Integer.getInteger("bench.swaps", 400);
        int holdMs = Integer.getInteger("bench.holdMs", 20);
        if (tasks < cpus || swaps < 1 || warmUpSwaps < 0 || holdMs < 0) {
            throw new IllegalArgumentException("bench.tasks must be at least bench.cpus, bench.swaps positive,"
                    + " bench.warmupSwaps and bench.holdMs not negative");
        }
        BRIDGE_LOG.setLevel(java.util.logging.Level.WARNING);
        SimConfig config = SimConfig.builder()
                .topology(CpuTopology.uniform(cpus, 1))
                .workload(Workload.of("hogs-" + tasks, TaskGroup.hogs(tasks)))
                .seed(1)
                // Every task fits in the ring at once: none is sent to the fallback queue as congested.
                .queuedRingCapacity(tasks)
                // n hogs on c CPUs wait n/c slices each for their turn (3 s for 10 000 on 16) whoever holds
                // them: the stall net stands for sched_ext's watchdog (30 s) here, and catches lost tasks.
                .stallBudget(Duration.ofSeconds(30))
                .build();
        SimBackend backend = new SimBackend(config, speed);
        BridgeCounters counters = new BridgeCounters();
        SwapGapRecorder recorder = new SwapGapRecorder(warmUpSwaps + swaps + 2);
        BridgeSettings defaults = BridgeSettings.DEFAULTS;
        DispatchLoop loop = new DispatchLoop(backend, new BridgeContext(backend, defaults.sliceNs(), new MetricRegistry()),
                counters, handle(new BuiltinFifoPolicy(), BuiltinFifoPolicy.NAME, 0), defaults.swap(), recorder);
        HoldingPolicy a = new HoldingPolicy("a");
        HoldingPolicy b = new HoldingPolicy("b");
        PolicyHandle ha = handle(a, "a", 1);
        PolicyHandle hb = handle(b, "b", 2);

        System.out.printf(Locale.ROOT, "swap gap bench: %d hogs on %d simulated CPUs at %.1fx wall clock, %s %s;"
                        + " %d warm-up + %d measured swaps between two holding policies, %d ms apart%n",
                tasks, cpus, speed, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                warmUpSwaps, swaps, holdMs);
        loop.switchTo(ha, "start", 0);
        loop.start();
        boolean ok = awaitDispatched(counters, 2L * tasks);
        TaskCopyBaseline baseline = new TaskCopyBaseline(tasks, cpus);
        long[] copyNs = new long[warmUpSwaps + swaps];
        int first = recorder.count();
        for (int i = 0; ok && i < warmUpSwaps + swaps; i++) {
            PolicyHandle next = i % 2 == 0 ? hb : ha;
            ok = loop.switchTo(next, i < warmUpSwaps ? WARM_UP : MEASURED, 5_000) && awaitRecorded(recorder, first + i + 1);
            if (!ok) {
                System.out.println("FAIL: swap " + (i + 1) + " to " + next.name() + " did not finish within 5 s");
                break;
            }
            copyNs[i] = baseline.copyNs(recorder.handedOver(first + i));
            Thread.sleep(holdMs);
        }
        loop.stop();

        Histogram gaps = new Histogram(3);
        Histogram warmUpGaps = new Histogram(3);
        int[] moved = new int[swaps];
        double[] gapPerCopy = new double[swaps];
        long adoptedExpected = 0;
        int measured = 0;
        for (int i = first; i < recorder.count(); i++) {
            String trigger = recorder.trigger(i);
            if (trigger.equals(WARM_UP) || trigger.equals(MEASURED)) {
                adoptedExpected += recorder.handedOver(i);
            }
            if (trigger.equals(WARM_UP)) {
                warmUpGaps.recordValue(recorder.gapNs(i));
            } else if (trigger.equals(MEASURED)) {
                gaps.recordValue(recorder.gapNs(i));
                moved[measured] = recorder.handedOver(i);
                gapPerCopy[measured] = (double) recorder.gapNs(i) / Math.max(1, copyNs[i - first]);
                measured++;
            }
        }
        Histogram copies = new Histogram(3);
        for (int i = warmUpSwaps; i < warmUpSwaps + measured; i++) {
            copies.recordValue(copyNs[i]);
        }
        moved = Arrays.copyOf(moved, measured);
        gapPerCopy = Arrays.copyOf(gapPerCopy, measured);
        Arrays.sort(moved);
        Arrays.sort(gapPerCopy);
        BridgeStats.LatencySummary rounds = counters.snapshot(Map.of(), Map.of()).decisionLatency();
        SimAccounting accounting = backend.kernel().accounting();
        long adopted = a.adopted + b.adopted;

        if (measured > 0) {
            System.out.println("swap gap            " + percentiles(gaps) + "  (" + measured + " swaps)");
            System.out.printf(Locale.ROOT, "tasks handed over   min %d  median %d  max %d per swap (gap p50 %.0f ns"
                            + " per task)%n", moved[0], moved[measured / 2], moved[measured - 1],
                    (double) gaps.getValueAtPercentile(50) / Math.max(1, moved[measured / 2]));
            System.out.println("baseline: copy      " + percentiles(copies) + "  (TaskBuffer copy of as many"
                    + " tasks, right after each swap)");
            System.out.printf(Locale.ROOT, "gap / copy          median %.2fx  p99 %.2fx  max %.2fx (per swap)%n",
                    quantile(gapPerCopy, 0.5), quantile(gapPerCopy, 0.99), gapPerCopy[measured - 1]);
            System.out.printf(Locale.ROOT, "baseline: round     p50 %s µs  p99 %s µs  max %s µs  (%d dispatch"
                            + " rounds with a batch)%n", micros(rounds.p50Ns()), micros(rounds.p99Ns()),
                    micros(rounds.maxNs()), rounds.count());
            System.out.printf(Locale.ROOT, "gap / round         p50 %.1fx  p99 %.1fx%n",
                    (double) gaps.getValueAtPercentile(50) / Math.max(1, rounds.p50Ns()),
                    (double) gaps.getValueAtPercentile(99) / Math.max(1, rounds.p99Ns()));
        }
        if (warmUpGaps.getTotalCount() > 0) {
            System.out.println("warm-up swaps gap   " + percentiles(warmUpGaps) + "  (" + warmUpGaps.getTotalCount()
                    + " swaps, not counted above)");
        }
        System.out.println("handed over         " + adoptedExpected + " tasks, adopted " + adopted);
        System.out.println("accounting          " + accounting.explain());
        System.out.println("stall net           " + accounting.stallFallbacks() + " task(s) dispatched by it"
                + " (fell back from user space)");
        System.out.println("rejections          " + (recorder.rejections.isEmpty() ? "none" : recorder.rejections));
        if (measured > 0) {
            double p99Us = gaps.getValueAtPercentile(99) / 1_000.0;
            System.out.printf(Locale.ROOT, "goals               gap p99 <= %.0f µs: %s; 0 tasks lost: %s;"
                            + " 0 stall-net fallbacks: %s%n", GAP_GOAL_US, p99Us <= GAP_GOAL_US ? "met" : "MISSED",
                    accounting.balanced() ? "met" : "MISSED", accounting.stallFallbacks() == 0 ? "met" : "MISSED");
        }
        boolean passed = ok && measured == swaps && recorder.rejections.isEmpty() && adopted == adoptedExpected
                && accounting.balanced();
        System.exit(passed ? 0 : 1);
    }

    private static PolicyHandle handle(org.hotsched.api.SchedulerPolicy policy, String name, long id) {
        return new PolicyHandle(policy, name, "", "bench-" + name, "0", 0, id, id, Map.of());
    }

    /** Until every one of {@code tasks} hogs has run about twice: the first policy then holds the queue. */
    private static boolean awaitDispatched(BridgeCounters counters, long decisions) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (counters.snapshot(Map.of(), Map.of()).dispatched() < decisions) {
            if (System.nanoTime() > deadline) {
                System.out.println("FAIL: fewer than " + decisions + " decisions within 60 s");
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** The loop reports a swap just after it made it, so {@code switchTo} may return first. */
    private static boolean awaitRecorded(SwapGapRecorder recorder, int swaps) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (recorder.count() < swaps) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(0, 100_000);
        }
        return true;
    }

    private static String percentiles(Histogram h) {
        return "p50 " + micros(h.getValueAtPercentile(50)) + " µs  p99 " + micros(h.getValueAtPercentile(99))
                + " µs  max " + micros(h.getMaxValue()) + " µs";
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000.0);
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
