package org.hotsched.core.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.Histogram;
import org.hotsched.api.CpuTopology;
import org.hotsched.sim.SimAccounting;
import org.hotsched.sim.SimConfig;
import org.hotsched.sim.StarvedWaits;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;

/**
 * The swap gap bench: a {@link DispatchLoop} over the simulator with thousands of runnable hogs, swapped
 * back and forth between two {@link HoldingPolicy} instances (each holds every runnable task but the
 * running ones, so every swap hands nearly all of them over) while batches keep arriving.
 *
 * <p>It runs twice in one JVM, same workload and seed: once with the bridge's staged hand-over (the
 * successor takes the first chunk within the gap and the rest a chunk per round), and once as the baseline
 * with a chunk larger than the queue, so everything moves within the gap (hotsched's hand-over before it
 * was staged, and what any stop-the-world swap does). For each it prints the preparation (attach and warm-up
 * on their own thread, and the old policy's decisions meanwhile), the swap gap (p50/p99/max), the blackout (the
 * longest a CPU that wanted work waited for a decision in each swap's window, as the simulated kernel counted it),
 * the same figure over windows as long between swaps (quiet windows, what the holding policy causes without a swap),
 * the tasks moved within the gap and in all, how long the whole hand-over took, the simulator's accounting and
 * the stall net's count; then the ratio of the two gaps. The loop runs with the bridge's default warm-up
 * and probation, so a policy the bridge would roll back shows as a rejection.
 *
 * <p>Run by {@code mvn -pl bundles/core -Pbench verify}. Settings (system properties): {@code bench.tasks}
 * hogs (10000), {@code bench.cpus} simulated CPUs (16), {@code bench.speed} simulated time per wall-clock
 * time (20), {@code bench.warmupSwaps} unrecorded swaps first (50), {@code bench.swaps} measured swaps
 * (400), {@code bench.holdMs} wall-clock time between swaps (20), {@code bench.chunk} tasks per hand-over
 * chunk (the bridge's default). Exits 1 when a swap did not finish, a policy was rejected, a handed-over
 * task was not adopted, or the accounting does not balance.
 */
public final class SwapGapBench {

    private static final String WARM_UP = "bench warm-up";
    private static final String MEASURED = "bench";
    private static final double GAP_GOAL_US = 50;
    /** Held so the level sticks: the bridge logs each swap at INFO (after timing it), which would bury the figures. */
    private static final java.util.logging.Logger BRIDGE_LOG = java.util.logging.Logger.getLogger("org.hotsched.core");

    private final int tasks;
    private final int cpus;
    private final double speed;
    private final int warmUpSwaps;
    private final int swaps;
    private final int holdMs;

    private SwapGapBench(int tasks, int cpus, double speed, int warmUpSwaps, int swaps, int holdMs) {
        this.tasks = tasks;
        this.cpus = cpus;
        this.speed = speed;
        this.warmUpSwaps = warmUpSwaps;
        this.swaps = swaps;
        this.holdMs = holdMs;
    }

    /** What one configuration of the bench measured. */
    private record Result(String label, boolean passed, Histogram gaps, Histogram blackouts, Histogram quiet,
                          Histogram handOvers, int[] movedInGap, int[] movedInAll, SimAccounting accounting,
                          String rejections) {
    }

    public static void main(String[] args) throws InterruptedException {
        int tasks = Integer.getInteger("bench.tasks", 10_000);
        int cpus = Integer.getInteger("bench.cpus", 16);
        double speed = Double.parseDouble(System.getProperty("bench.speed", "20"));
        int warmUpSwaps = Integer.getInteger("bench.warmupSwaps", 50);
        int swaps = Integer.getInteger("bench.swaps", 400);
        int holdMs = Integer.getInteger("bench.holdMs", 20);
        int chunk = Integer.getInteger("bench.chunk", BridgeSettings.DEFAULTS.handOverChunk());
        if (tasks < cpus || swaps < 1 || warmUpSwaps < 0 || holdMs < 0 || chunk < 1) {
            throw new IllegalArgumentException("bench.tasks must be at least bench.cpus, bench.swaps and bench.chunk"
                    + " positive, bench.warmupSwaps and bench.holdMs not negative");
        }
        BRIDGE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.out.printf(Locale.ROOT, "swap gap bench: %d hogs on %d simulated CPUs at %.1fx wall clock, %s %s;"
                        + " %d warm-up + %d measured swaps between two holding policies, %d ms apart%n",
                tasks, cpus, speed, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                warmUpSwaps, swaps, holdMs);
        SwapGapBench bench = new SwapGapBench(tasks, cpus, speed, warmUpSwaps, swaps, holdMs);
        Result staged = bench.run("staged hand-over, " + chunk + " tasks per chunk", chunk);
        Result whole = bench.run("baseline: whole hand-over within the gap", Integer.MAX_VALUE);
        if (staged.gaps.getTotalCount() > 0 && whole.gaps.getTotalCount() > 0) {
            System.out.printf(Locale.ROOT, "%nstaged / baseline   gap p50 %.3fx  p99 %.3fx  max %.3fx%n",
                    ratio(staged.gaps, whole.gaps, 50), ratio(staged.gaps, whole.gaps, 99),
                    (double) staged.gaps.getMaxValue() / Math.max(1, whole.gaps.getMaxValue()));
            double p99Us = staged.gaps.getValueAtPercentile(99) / 1_000.0;
            double blackoutP99Us = staged.blackouts.getValueAtPercentile(99) / 1_000.0;
            System.out.printf(Locale.ROOT, "staged blackout vs quiet windows  p50 %s vs %s µs  p99 %s vs %s µs  (more"
                            + " than the quiet windows: starved waits the swap added to what the holding policy causes"
                            + " by itself)%n",
                    micros(staged.blackouts.getValueAtPercentile(50)), micros(staged.quiet.getValueAtPercentile(50)),
                    micros(staged.blackouts.getValueAtPercentile(99)), micros(staged.quiet.getValueAtPercentile(99)));
            System.out.printf(Locale.ROOT, "goals (staged)      gap p99 <= %.0f µs: %s; blackout p99 <= %.0f µs (%s): %s;"
                            + " 0 tasks lost: %s; 0 stall-net fallbacks: %s%n", GAP_GOAL_US,
                    p99Us <= GAP_GOAL_US ? "met" : "MISSED", GAP_GOAL_US,
                    staged.blackouts.getTotalCount() == 0 ? "no window measured" : String.format(Locale.ROOT, "%.1f µs",
                            blackoutP99Us), staged.blackouts.getTotalCount() > 0 && blackoutP99Us <= GAP_GOAL_US
                            ? "met" : "MISSED",
                    staged.accounting.balanced() ? "met" : "MISSED",
                    staged.accounting.stallFallbacks() == 0 ? "met" : "MISSED");
        }
        System.exit(staged.passed && whole.passed ? 0 : 1);
    }

    private Result run(String label, int chunk) throws InterruptedException {
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
        DispatchLoop.SwapSettings swap = defaults.swap();
        DispatchLoop loop = new DispatchLoop(backend, new BridgeContext(backend, defaults.sliceNs(), new MetricRegistry()),
                counters, handle(new BuiltinFifoPolicy(), BuiltinFifoPolicy.NAME, 0),
                new DispatchLoop.SwapSettings(swap.defaultSliceNs(), swap.warmUpRounds(), swap.probationNs(),
                        swap.latencyBudgetNs(), swap.blockedBudgetNs(), chunk, swap.callBoundNs()), recorder);
        HoldingPolicy a = new HoldingPolicy("a");
        HoldingPolicy b = new HoldingPolicy("b");
        PolicyHandle ha = handle(a, "a", 1);
        PolicyHandle hb = handle(b, "b", 2);

        System.out.println();
        System.out.println(label);
        loop.switchTo(ha, "start", 0);
        loop.start();
        boolean ok = awaitDispatched(counters, 2L * tasks);
        int first = recorder.count();
        Histogram quiet = new Histogram(3);
        for (int i = 0; ok && i < warmUpSwaps + swaps; i++) {
            PolicyHandle next = i % 2 == 0 ? hb : ha;
            int reported = first + i + 1;
            ok = loop.switchTo(next, i < warmUpSwaps ? WARM_UP : MEASURED, 5_000)
                    && await(() -> recorder.count() >= reported && recorder.completed() >= reported);
            if (!ok) {
                System.out.println("FAIL: swap " + (i + 1) + " to " + next.name() + " did not finish within 5 s");
                break;
            }
            long windowNs = recorder.prepareNs(reported - 1) + recorder.handOverNs(reported - 1);
            long quietNs = quietWindow(backend, windowNs, holdMs);
            if (i >= warmUpSwaps) {
                quiet.recordValue((long) (quietNs / speed));
            }
        }
        loop.stop();

        Histogram gaps = new Histogram(3);
        Histogram prepares = new Histogram(3);
        Histogram blackouts = new Histogram(3);
        Histogram handOvers = new Histogram(3);
        int[] decidedWhilePreparing = new int[swaps];
        int[] movedInGap = new int[swaps];
        int[] movedInAll = new int[swaps];
        long handedOver = 0;
        int measured = 0;
        for (int i = first; i < Math.min(recorder.count(), recorder.completed()); i++) {
            if (recorder.trigger(i).equals(WARM_UP) || recorder.trigger(i).equals(MEASURED)) {
                handedOver += recorder.handedOver(i);
            }
            if (recorder.trigger(i).equals(MEASURED)) {
                gaps.recordValue(recorder.gapNs(i));
                prepares.recordValue(recorder.prepareNs(i));
                decidedWhilePreparing[measured] = (int) recorder.decidedWhilePreparing(i);
                if (recorder.blackoutNs(i) >= 0) {
                    // Simulated time runs speed times the wall clock's: divided, it compares with the gap.
                    blackouts.recordValue((long) (recorder.blackoutNs(i) / speed));
                }
                handOvers.recordValue(recorder.handOverNs(i));
                movedInGap[measured] = recorder.movedInGap(i);
                movedInAll[measured] = recorder.handedOver(i);
                measured++;
            }
        }
        movedInGap = Arrays.copyOf(movedInGap, measured);
        decidedWhilePreparing = Arrays.copyOf(decidedWhilePreparing, measured);
        movedInAll = Arrays.copyOf(movedInAll, measured);
        SimAccounting accounting = backend.kernel().accounting();
        long adopted = a.adopted + b.adopted;
        if (measured > 0) {
            System.out.println("  prepare           " + percentiles(prepares) + "  (attach and warm-up, on their own"
                    + " thread)");
            System.out.println("  old decided       " + spread(decidedWhilePreparing) + " decisions by the old policy"
                    + " while its successor was prepared");
            System.out.println("  swap gap          " + percentiles(gaps) + "  (" + measured + " swaps)");
            System.out.println("  blackout          " + percentiles(blackouts) + "  (" + blackouts.getTotalCount()
                    + " windows; the longest a CPU idle while tasks waited for decisions waited for one, from the start"
                    + " of the prepare until the hand-over completed: simulated time / speed, bucket bounds)");
            System.out.println("  quiet windows     " + percentiles(quiet) + "  (" + quiet.getTotalCount() + " windows"
                    + " between swaps, each as long as the swap's before it, no swap in it: the same figure for what the"
                    + " holding policy causes by itself)");
            System.out.println("  tasks in the gap  " + spread(movedInGap) + " per swap");
            System.out.println("  tasks handed over " + spread(movedInAll) + " per swap");
            System.out.println("  whole hand-over   " + percentiles(handOvers) + "  (until the last task reached"
                    + " the successor)");
        }
        System.out.println("  adopted           " + adopted + " of " + handedOver + " handed over (warm-up swaps included)");
        System.out.println("  accounting        " + accounting.explain());
        Map<String, Long> sim = backend.kernel().counters();
        System.out.println("  starved waits     p99 " + micros((long) (sim.get("starvedWaitP99Ns") / speed)) + " µs  max "
                + micros((long) (sim.get("starvedWaitMaxNs") / speed)) + " µs  over the whole run, swaps included ("
                + sim.get("starvedWaits") + " waits, simulated time / speed; the reference for the blackout)");
        System.out.println("  stall net         " + accounting.stallFallbacks() + " task(s) dispatched by it");
        String rejections = recorder.rejections.isEmpty() ? "none" : recorder.rejections.toString();
        System.out.println("  rejections        " + rejections);
        boolean passed = ok && measured == swaps && recorder.rejections.isEmpty() && adopted == handedOver
                && accounting.balanced();
        return new Result(label, passed, gaps, blackouts, quiet, handOvers, movedInGap, movedInAll, accounting,
                rejections);
    }

    /**
     * Holds {@code holdMs} between two swaps, and measures within that hold a window of {@code windowNs} with no
     * swap in it, once the last swap's window has closed: the longest starved wait the simulator counted there
     * (simulated ns). Read from this thread while the dispatch thread counts: each bucket is read whole, and the
     * window's edges are as exact as the sleeps around them.
     */
    private static long quietWindow(SimBackend backend, long windowNs, int holdMs) throws InterruptedException {
        long holdEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(holdMs);
        Thread.sleep(holdMs / 2);
        long[] before = new long[StarvedWaits.BUCKETS];
        long[] after = new long[StarvedWaits.BUCKETS];
        backend.starvedWaits(before);
        TimeUnit.NANOSECONDS.sleep(windowNs);
        backend.starvedWaits(after);
        TimeUnit.NANOSECONDS.sleep(Math.max(0, holdEnd - System.nanoTime()));
        return StarvedWaits.longestBetween(before, after);
    }

    private static PolicyHandle handle(org.hotsched.api.SchedulerPolicy policy, String name, long id) {
        return new PolicyHandle(policy, name, "", "bench-" + name, "0", 0, id, id, Map.of());
    }

    /** Until every one of the hogs has run about twice: the first policy then holds the queue. */
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

    /** The loop reports a swap, and later its hand-over, after {@code switchTo} returned: wait up to 5 s. */
    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(0, 100_000);
        }
        return true;
    }

    private static double ratio(Histogram a, Histogram b, double percentile) {
        return (double) a.getValueAtPercentile(percentile) / Math.max(1, b.getValueAtPercentile(percentile));
    }

    private static String spread(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? "none" : "min " + sorted[0] + "  median " + sorted[sorted.length / 2]
                + "  max " + sorted[sorted.length - 1];
    }

    private static String percentiles(Histogram h) {
        return "p50 " + micros(h.getValueAtPercentile(50)) + " µs  p99 " + micros(h.getValueAtPercentile(99))
                + " µs  max " + micros(h.getMaxValue()) + " µs";
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000.0);
    }
}
