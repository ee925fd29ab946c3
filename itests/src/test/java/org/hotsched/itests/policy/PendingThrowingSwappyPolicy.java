package org.hotsched.itests.policy;

/**
 * A broken release of {@link SwappyPolicy}: decides well through its probation ({@code probation.ms}, 5 s by
 * default) and for {@link #GOOD_FOR_MS} in all, then throws in {@code pending()} on every round: judged after
 * probation by its faults within a sliding window.
 */
public final class PendingThrowingSwappyPolicy extends SwappyPolicy {

    public static final long GOOD_FOR_MS = 6_000;
    public static final String MESSAGE = "swappy lost count";

    private long firstCallNs;

    @Override
    public int pending() {
        long now = System.nanoTime();
        if (firstCallNs == 0) {
            firstCallNs = now;
        } else if (now - firstCallNs > GOOD_FOR_MS * 1_000_000L) {
            throw new IllegalStateException(MESSAGE);
        }
        return super.pending();
    }
}
