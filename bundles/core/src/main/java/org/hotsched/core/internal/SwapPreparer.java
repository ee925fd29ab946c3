package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Prepares the policy a swap activates, on a thread of its own, while the dispatch thread goes on deciding with
 * the active one: attaches it and warms it up ({@link WarmUp}). One preparation at a time. The policy is touched
 * by the preparing thread until the result is published and by the dispatch thread after that; the volatile
 * write and read of the result order the two, so a policy still sees one thread at a time. Its calls are timed
 * by the {@link DispatchSupervisor} like the dispatch thread's: one that does not return within the bound fails
 * the preparation, and its thread is left in the policy.
 */
final class SwapPreparer {

    /** The thread a preparation runs on: what a policy counts in its metrics there is not kept ({@link MetricRegistry}). */
    static final class PreparingThread extends Thread {
        private PreparingThread(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }

    /**
     * A finished preparation.
     *
     * @param failure why the policy cannot be activated, or {@code null} when it is ready
     * @param prepareNs how long attach and warm-up took (until given up on, for one that did not return)
     * @param stuck the thread left in a call of the policy, or {@code null}
     */
    record Prepared(PolicyHandle policy, String failure, long prepareNs, Thread stuck) {
        boolean ready() {
            return failure == null;
        }
    }

    private static final Logger LOG = System.getLogger("org.hotsched.core");
    private static final long AWAIT_RECHECK_NS = TimeUnit.MILLISECONDS.toNanos(10);

    private final PolicyCallWatch watch = new PolicyCallWatch();
    private final PolicyCalls calls = new PolicyCalls(watch);
    private final BridgeContext context;
    private final int warmUpRounds;
    private final int nrCpus;
    private final long boundNs;
    /** Told when a preparation finishes: wakes the dispatch thread. */
    private final Runnable finished;
    /** Replaced when a thread is abandoned: the abandoned call may still be using its buffers. */
    private volatile WarmUp warmUp;
    private volatile PolicyHandle preparing;
    private volatile Prepared result;
    private volatile Thread thread;
    private volatile long startedAt;
    private int generation;

    SwapPreparer(BridgeContext context, int warmUpRounds, int nrCpus, long boundNs, Runnable finished) {
        this.context = context;
        this.warmUpRounds = warmUpRounds;
        this.nrCpus = nrCpus;
        this.boundNs = boundNs;
        this.finished = finished;
        this.warmUp = new WarmUp(warmUpRounds, nrCpus);
    }

    /** What the supervisor times. */
    PolicyCallWatch watch() {
        return watch;
    }

    /** The policy being prepared, or whose finished preparation waits to be taken; {@code null} when none. */
    PolicyHandle preparing() {
        return preparing;
    }

    /** Starts preparing {@code policy}. Dispatch thread only, and only while {@link #preparing()} is null. */
    void begin(PolicyHandle policy) {
        preparing = policy;
        startedAt = System.nanoTime();
        Thread t = new PreparingThread(() -> prepare(policy), "hotsched-prepare-" + ++generation);
        thread = t;
        t.start();
    }

    /** The finished preparation, once; {@code null} while it runs. Dispatch thread only. */
    Prepared take() {
        Prepared done = result;
        if (done != null) {
            result = null;
            preparing = null;
        }
        return done;
    }

    /**
     * Waits for the preparation under way: for when the active policy cannot decide meanwhile. Bounded: the
     * supervisor ends a call that does not return. Dispatch thread only, while {@link #preparing()} is not null.
     */
    Prepared await() {
        Prepared done;
        while ((done = take()) == null) {
            // Woken by finished; the cap only covers a wake-up given before this thread parked.
            LockSupport.parkNanos(this, AWAIT_RECHECK_NS);
        }
        return done;
    }

    /** Waits up to {@code ms} for a preparation still running at a stop, so its thread does not outlive the bridge. */
    void join(long ms) throws InterruptedException {
        Thread t = thread;
        if (t != null && preparing != null) {
            t.join(Math.max(1, ms));
        }
    }

    private void prepare(PolicyHandle policy) {
        long start = System.nanoTime();
        Throwable e;
        try {
            e = calls.attach(policy, context);
            e = e != null ? e : warmUp.run(policy, calls);
        } catch (PolicyCallWatch.Abandoned gone) {
            // The supervisor published the failure and gave up on this thread: touch nothing more.
            return;
        } catch (RuntimeException | Error unexpected) {
            // Not the policy's (its calls catch their own): still a result, or no swap would ever happen again.
            e = unexpected;
        }
        publish(new Prepared(policy, e == null ? null : "threw " + e + " while starting", System.nanoTime() - start,
                null));
    }

    /**
     * The supervisor's verdict on a preparing call that has lasted the bound: unless it returned meanwhile, the
     * preparation fails and its thread is left in the policy. The active policy was never stopped, so nothing
     * else changes. Allocates; rare.
     */
    void overdue(long callState) {
        if (!watch.abandon(callState)) {
            return;
        }
        Thread stuck = thread;
        PolicyHandle policy = watch.callee();
        StackTraceElement[] where = stuck.getStackTrace();
        String reason = "did not return from " + watch.method() + " within " + TimeUnit.NANOSECONDS.toMillis(boundNs)
                + " ms while starting (" + StuckStack.stuckAt(where) + ")";
        LOG.log(Level.ERROR, "hotsched: policy " + policy.name() + " (" + policy.release() + ") " + reason
                + "; it is not activated and the active policy goes on deciding; its thread " + stuck.getName()
                + " is abandoned; where it was:" + StuckStack.frames(where, 12));
        warmUp = new WarmUp(warmUpRounds, nrCpus);
        watch.resume(callState);
        publish(new Prepared(policy, reason, System.nanoTime() - startedAt, stuck));
    }

    private void publish(Prepared done) {
        result = done;
        finished.run();
    }
}
