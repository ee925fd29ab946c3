package org.hotsched.sim;

/**
 * What happened to every enqueue, to prove each one was dispatched exactly once.
 *
 * @param enqueuedToUser records pushed into the queued ring for user space
 * @param dispatchedByUser user-space decisions applied (bounced ones included)
 * @param dispatchedByFallback tasks the stall safety net dispatched because user space sat on them too long
 * @param congested enqueues that found the ring full and went straight to the fallback queue
 * @param kernelDirect enqueues of per-CPU kernel threads, inserted by the kernel without user space
 * @param cancelledStale decisions dropped because the task was no longer waiting for that enqueue
 * @param invalidPid decisions naming no live task
 * @param bounced decisions whose CPU was out of range or not allowed: the task went to the shared queue
 * @param duplicates decisions repeating one already applied for the same enqueue: ignored
 * @param outstanding tasks waiting for user space now (in the ring or held by the policy), counted afresh
 */
public record SimAccounting(long enqueuedToUser, long dispatchedByUser, long dispatchedByFallback, long congested,
                            long kernelDirect, long cancelledStale, long invalidPid, long bounced, long duplicates,
                            long outstanding) {

    /** The safety-net dispatches: the same count as {@link #dispatchedByFallback()}. */
    public long stallFallbacks() {
        return dispatchedByFallback;
    }

    /** Every enqueue sent to user space was dispatched once or is still waiting: none lost, none twice. */
    public boolean conserved() {
        return enqueuedToUser == dispatchedByUser + dispatchedByFallback + outstanding;
    }

    /** {@link #conserved()} and user space never tried to dispatch an enqueue twice. */
    public boolean balanced() {
        return conserved() && duplicates == 0;
    }

    /** The accounting as one line, with the verdict: meant for assertion messages. */
    public String explain() {
        String verdict;
        if (balanced()) {
            verdict = "balanced";
        } else if (!conserved()) {
            long diff = enqueuedToUser - dispatchedByUser - dispatchedByFallback - outstanding;
            verdict = "NOT conserved: enqueuedToUser - dispatchedByUser - dispatchedByFallback - outstanding = " + diff;
        } else {
            verdict = "NOT balanced: user space repeated " + duplicates + " decision(s)";
        }
        return verdict + " (enqueuedToUser=" + enqueuedToUser + ", dispatchedByUser=" + dispatchedByUser
                + ", dispatchedByFallback=" + dispatchedByFallback + ", outstanding=" + outstanding
                + ", congested=" + congested + ", kernelDirect=" + kernelDirect + ", cancelledStale="
                + cancelledStale + ", invalidPid=" + invalidPid + ", bounced=" + bounced + ", duplicates="
                + duplicates + ")";
    }
}
