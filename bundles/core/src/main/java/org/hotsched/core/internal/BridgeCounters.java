package org.hotsched.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.hotsched.core.BridgeStats;

/**
 * The bridge's counters. Written by the dispatch thread without allocation (plain volatile stores, one
 * writer; HdrHistogram's {@link Recorder} for latency); read by any thread through {@link #snapshot}.
 */
final class BridgeCounters {

    private volatile long queued;
    private volatile long dispatched;
    private volatile long batches;
    private volatile long policyErrors;
    private final AtomicLong swaps = new AtomicLong();
    private final AtomicLong handedOver = new AtomicLong();
    /** Decisions of each policy that was active before; the active one is counted in {@link #activeDispatched}. */
    private final Map<String, Long> pastPolicyDispatches = new ConcurrentHashMap<>();
    private volatile String activeName = BuiltinFifoPolicy.NAME;
    private volatile long activeDispatched;
    private volatile long builtinDispatched;
    /** What the policy API reported of the kernel's queues, at its extremes since start (see {@link #kernelQueues}). */
    private volatile int peakBacklog;
    private volatile int peakQueuedInKernel;
    private volatile int minDispatchRoom = Integer.MAX_VALUE;

    private final Recorder latency = new Recorder(3);
    private final Histogram latencyTotal = new Histogram(3);
    private Histogram latencyInterval;

    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void batch(int tasks) {
        queued = queued + tasks;
        batches = batches + 1;
    }

    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    void dispatched(boolean byBuiltin) {
        dispatched = dispatched + 1;
        activeDispatched = activeDispatched + 1;
        if (byBuiltin) {
            builtinDispatched = builtinDispatched + 1;
        }
    }

    /** Counts a policy error; returns how many there have been. */
    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    long policyError() {
        policyErrors = policyErrors + 1;
        return policyErrors;
    }

    /**
     * The backend's answers to {@code backlog()}, {@code queuedInKernel()} and {@code dispatchRoom()} this
     * round; their extremes show in {@code sched:stats}, so each can be seen to move with load.
     */
    void kernelQueues(int backlog, int queuedInKernel, int dispatchRoom) {
        if (backlog > peakBacklog) {
            peakBacklog = backlog;
        }
        if (queuedInKernel > peakQueuedInKernel) {
            peakQueuedInKernel = queuedInKernel;
        }
        if (dispatchRoom < minDispatchRoom) {
            minDispatchRoom = dispatchRoom;
        }
    }

    void decisionLatency(long ns) {
        latency.recordValue(Math.max(0, ns));
    }

    /** A swap to {@code name} happened. Off the hot path: may allocate. */
    void swapped(String name) {
        pastPolicyDispatches.merge(activeName, activeDispatched, Long::sum);
        activeName = name;
        activeDispatched = 0;
        swaps.incrementAndGet();
    }

    /** {@code tasks} tasks moved from an outgoing policy to its successor. */
    void handedOver(int tasks) {
        handedOver.addAndGet(tasks);
    }

    long swaps() {
        return swaps.get();
    }

    BridgeStats snapshot(Map<String, Long> backendCounters, Map<String, Long> policyCounters) {
        Map<String, Long> byPolicy = new TreeMap<>(pastPolicyDispatches);
        byPolicy.merge(activeName, activeDispatched, Long::sum);
        Map<String, Long> kernel = new LinkedHashMap<>(backendCounters);
        kernel.put("peakBacklog", (long) peakBacklog);
        kernel.put("peakQueuedInKernel", (long) peakQueuedInKernel);
        kernel.put("minDispatchRoom", (long) minDispatchRoom);
        return new BridgeStats(queued, dispatched, byPolicy, builtinDispatched, batches, swaps.get(),
                handedOver.get(), policyErrors, latencySummary(), kernel, policyCounters);
    }

    private synchronized BridgeStats.LatencySummary latencySummary() {
        latencyInterval = latency.getIntervalHistogram(latencyInterval);
        latencyTotal.add(latencyInterval);
        Histogram h = latencyTotal;
        return new BridgeStats.LatencySummary(h.getTotalCount(), h.getValueAtPercentile(50),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue());
    }
}
