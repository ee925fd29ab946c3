package org.hotsched.core.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;

public class PolicyCallWatchTest {

    private static final PolicyHandle POLICY = new PolicyHandle(new HoldingPolicy("p"), "p", "", "test-p", "0", 0, 1,
            1, Map.of());

    /**
     * A thread abandoned in a call may return long after another thread went on counting calls: whatever the state
     * is then, its leave fails, and the other thread's call is not disturbed.
     */
    @Test
    public void aCallGivenUpOnNeverLeavesSuccessfullyEvenAfterCountingResumed() {
        PolicyCallWatch watch = new PolicyCallWatch();
        long stuck = watch.enter(POLICY, "dispatch");
        long seen = watch.state();
        assertTrue(PolicyCallWatch.inCall(seen));
        assertTrue(watch.abandon(seen));
        assertSame(POLICY, watch.callee());
        watch.resume(seen);

        long next = watch.enter(POLICY, "enqueue");
        assertThrows(PolicyCallWatch.Abandoned.class, () -> watch.leave(stuck));
        watch.leave(next);
        assertFalse(PolicyCallWatch.inCall(watch.state()));
        assertThrows("idle again: the old call still cannot leave", PolicyCallWatch.Abandoned.class,
                () -> watch.leave(stuck));
    }

    @Test
    public void aCallThatReturnedCannotBeGivenUpOn() {
        PolicyCallWatch watch = new PolicyCallWatch();
        long in = watch.enter(POLICY, "dispatch");
        long seen = watch.state();
        watch.leave(in);
        assertFalse(watch.abandon(seen));
    }
}
