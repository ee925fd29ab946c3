package org.hotsched.core;

import java.time.Instant;

/**
 * The faults of one policy release, as {@code sched:errors} lists them: how many, and the latest.
 *
 * @param policy the policy's name
 * @param bundle symbolic name of the bundle that provided it
 * @param version that bundle's version
 * @param count faults of this release since the bridge started: exceptions from any method, invalid decisions,
 *              calls that did not return within the bound, failures while it was prepared
 * @param lastAt when the latest happened
 * @param last what the latest was, e.g. {@code threw java.lang.IllegalStateException: boom in dispatch}
 * @param where the policy's own first stack frames of the latest exception, newest first ({@code " ← "} between
 *              them); empty when the fault was no exception
 */
public record PolicyFault(String policy, String bundle, String version, long count, Instant lastAt, String last,
                          String where) {
}
