package org.hotsched.core;

import java.util.Map;

/**
 * The bridge's counters since it started.
 *
 * @param queued tasks the backend handed to the bridge
 * @param dispatched decisions sent to the backend, by any policy
 * @param dispatchedByPolicy decisions per policy name ({@code builtin-fifo} included)
 * @param dispatchedByFallback decisions of the built-in FIFO, used while no policy service is present
 * @param batches batches of runnable tasks processed
 * @param swaps policy switches carried out
 * @param tasksHandedOver tasks moved from a departing policy to its successor
 * @param policyErrors times a policy threw; its batch was dispatched by the built-in FIFO instead
 * @param decisionLatency time from a batch's arrival to its decisions being sent
 * @param backendCounters the backend's own counters (safety-net dispatches, cancelled stale decisions, ...)
 * @param policyCounters counters the active policy publishes
 */
public record BridgeStats(
        long queued,
        long dispatched,
        Map<String, Long> dispatchedByPolicy,
        long dispatchedByFallback,
        long batches,
        long swaps,
        long tasksHandedOver,
        long policyErrors,
        LatencySummary decisionLatency,
        Map<String, Long> backendCounters,
        Map<String, Long> policyCounters) {

    /**
     * Percentiles of a latency distribution, in nanoseconds.
     *
     * @param count samples
     */
    public record LatencySummary(long count, long p50Ns, long p99Ns, long p999Ns, long maxNs) {
    }
}
