package org.hotsched.core.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Which call into a policy the dispatch thread is in, if any, for the {@link DispatchSupervisor} to time. The
 * state counts calls: even between calls, odd during one. The dispatch thread leaves a call with a
 * compare-and-set from the state it entered with, and the supervisor abandons one with another, so exactly one of
 * them wins each call: a thread whose call was abandoned learns it on leaving and never touches the loop's state
 * again, even when it returns long after another thread went on counting calls ({@link #resume}). No clock is read on
 * the dispatch thread (a clock read costs tens of µs on an emulated machine); the supervisor times calls itself.
 */
final class PolicyCallWatch {

    /** Thrown on the dispatch thread when it leaves a call the supervisor gave up on; ends that thread. */
    static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Abandoned() {
            super("the supervisor gave up on this call into a policy", null, false, false);
        }
    }

    static final Abandoned ABANDONED = new Abandoned();
    private static final long GIVEN_UP = -1;

    private final AtomicLong state = new AtomicLong();
    private PolicyHandle callee;
    private String method;

    /** The watched thread is about to call {@code method} of {@code policy}; returns the state to leave with. */
    long enter(PolicyHandle policy, String methodName) {
        callee = policy;
        method = methodName;
        long in = state.getPlain() + 1;
        // Release: the supervisor reads callee and method after it sees the odd state.
        state.setRelease(in);
        return in;
    }

    /**
     * The call entered with state {@code in} returned (or threw); throws {@link #ABANDONED} when the supervisor gave
     * up on it meanwhile. The states only grow, so a call given up on can never match the state again.
     */
    void leave(long in) {
        if (!state.compareAndSet(in, in + 1)) {
            throw ABANDONED;
        }
    }

    /** For the supervisor: the current state, to compare with a later one. */
    long state() {
        return state.getAcquire();
    }

    static boolean inCall(long state) {
        return state > 0 && (state & 1) == 1;
    }

    /** The policy of the call given up on, once {@link #abandon} has succeeded. */
    PolicyHandle callee() {
        return callee;
    }

    String method() {
        return method;
    }

    /** For the supervisor: gives up on call {@code inCall}; false when it has returned meanwhile. */
    boolean abandon(long inCall) {
        return state.compareAndSet(inCall, GIVEN_UP);
    }

    /** For the thread that takes over after {@link #abandon}: counting goes on past the abandoned call. */
    void resume(long abandoned) {
        state.set(abandoned + 1);
    }
}
