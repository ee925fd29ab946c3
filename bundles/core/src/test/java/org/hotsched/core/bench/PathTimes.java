package org.hotsched.core.bench;

/**
 * Nanoseconds per task of one consumer's measured iterations, by phase: the test run that drains the
 * previous decisions and produces the batch (kernel), ring_buffer__consume with its per-record copy
 * (consume), and the FIFO decisions written to the user ring buffer (decide).
 */
record PathTimes(double kernel, double consume, double decide) {

    double total() {
        return kernel + consume + decide;
    }

    /** The user-space part: what differs between the Java and the C consumer. */
    double userSpace() {
        return consume + decide;
    }

    static PathTimes perTask(long kernelNs, long consumeNs, long decideNs, long tasks) {
        return new PathTimes(kernelNs / (double) tasks, consumeNs / (double) tasks, decideNs / (double) tasks);
    }
}
