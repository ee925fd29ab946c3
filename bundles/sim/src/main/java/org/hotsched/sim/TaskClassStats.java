package org.hotsched.sim;

/**
 * What one class of tasks (a {@link TaskGroup#label()}) got from the scheduler.
 *
 * @param name the class label ("hog", "interactive", "fork", "kthread", or a custom one)
 * @param tasks tasks of the class ever started (forked children included)
 * @param cpuTimeNs CPU time the class consumed
 * @param cpuShare {@code cpuTimeNs} as a fraction of the machine's capacity (CPUs × simulated time)
 * @param bursts bursts completed (hogs never complete one)
 * @param burstsPerSecond bursts completed per simulated second
 * @param waits how many times a task of the class went from runnable to running
 * @param waitP50Ns median wait from runnable to running
 * @param waitP99Ns 99th percentile of that wait
 * @param waitP999Ns 99.9th percentile of that wait
 * @param waitMaxNs longest wait
 */
public record TaskClassStats(String name, long tasks, long cpuTimeNs, double cpuShare, long bursts,
                             double burstsPerSecond, long waits, long waitP50Ns, long waitP99Ns, long waitP999Ns,
                             long waitMaxNs) {
}
