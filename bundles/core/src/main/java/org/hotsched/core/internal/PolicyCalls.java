package org.hotsched.core.internal;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;

/**
 * Every call the dispatch thread makes into a policy, bracketed for the {@link DispatchSupervisor}: each method
 * makes one call and returns what the policy threw, or {@code null}. When the supervisor gave up on the call
 * meanwhile, the method throws {@link PolicyCallWatch.Abandoned} instead, which ends the thread: nothing after
 * a call runs on an abandoned thread, not even the handling of what the policy threw. Allocates nothing: one
 * method per policy method, spelled out, because a lambda per call would capture its arguments and allocate on
 * the hot path.
 */
final class PolicyCalls {

    /** What {@link #pending} returns for a policy that threw. */
    static final int THREW = Integer.MIN_VALUE;

    private final PolicyCallWatch watch;
    /** What {@link #pending} caught the last time it returned {@link #THREW}. */
    private Throwable pendingThrew;

    PolicyCalls(PolicyCallWatch watch) {
        this.watch = watch;
    }

    Throwable attach(PolicyHandle policy, PolicyContext context) {
        long in = watch.enter(policy, "attach");
        try {
            policy.policy().attach(context);
        } catch (RuntimeException | Error e) {
            return left(in, e);
        }
        return left(in, null);
    }

    Throwable enqueue(PolicyHandle policy, TaskBatch tasks) {
        long in = watch.enter(policy, "enqueue");
        try {
            policy.policy().enqueue(tasks);
        } catch (RuntimeException | Error e) {
            return left(in, e);
        }
        return left(in, null);
    }

    Throwable dispatch(PolicyHandle policy, DispatchSink sink) {
        long in = watch.enter(policy, "dispatch");
        try {
            policy.policy().dispatch(sink);
        } catch (RuntimeException | Error e) {
            return left(in, e);
        }
        return left(in, null);
    }

    /** Tasks the policy holds, or {@link #THREW}. */
    int pending(PolicyHandle policy) {
        long in = watch.enter(policy, "pending");
        int pending;
        try {
            pending = policy.policy().pending();
        } catch (RuntimeException | Error e) {
            left(in, e);
            pendingThrew = e;
            return THREW;
        }
        left(in, null);
        return pending;
    }

    /** What the policy threw the last time {@link #pending} returned {@link #THREW}. */
    Throwable pendingThrew() {
        return pendingThrew;
    }

    Throwable handOver(PolicyHandle policy, TaskBuffer successor) {
        long in = watch.enter(policy, "handOver");
        try {
            policy.policy().handOver(successor);
        } catch (RuntimeException | Error e) {
            return left(in, e);
        }
        return left(in, null);
    }

    Throwable handOver(PolicyHandle policy, TaskBuffer successor, int max) {
        long in = watch.enter(policy, "handOver");
        try {
            policy.policy().handOver(successor, max);
        } catch (RuntimeException | Error e) {
            return left(in, e);
        }
        return left(in, null);
    }

    Throwable adopt(PolicyHandle policy, TaskBuffer tasks) {
        long in = watch.enter(policy, "adopt");
        try {
            policy.policy().adopt(tasks);
        } catch (RuntimeException | Error e) {
            return left(in, e);
        }
        return left(in, null);
    }

    Throwable detach(PolicyHandle policy) {
        long in = watch.enter(policy, "detach");
        try {
            policy.policy().detach();
        } catch (RuntimeException | Error e) {
            return left(in, e);
        }
        return left(in, null);
    }

    private Throwable left(long in, Throwable thrown) {
        watch.leave(in);
        return thrown;
    }
}
