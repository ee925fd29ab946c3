package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

import org.hotsched.api.TaskBuffer;

/**
 * Moves the tasks an outgoing policy still holds to its successor a chunk per dispatch round, the most
 * urgent first (post-copy, as live migration moves memory): the successor is active from the first chunk
 * on, so a swap's gap does not grow with the queue, and the rest follows while it already decides. The
 * outgoing policy gets no batch and makes no decision meanwhile; it is detached once it holds nothing.
 * Owned by the dispatch thread; moving a chunk allocates nothing once the buffer has grown to it.
 */
final class StagedHandOver {

    private static final Logger LOG = System.getLogger("org.hotsched.core");

    private final int chunkSize;
    private final int nrCpus;
    private TaskBuffer chunk;
    private final BuiltinFifoPolicy builtin;
    private final PolicyCalls calls;
    private final BridgeCounters counters;
    private final DispatchLoop.Listener listener;
    private PolicyHandle from;
    private PolicyHandle to;
    private int moved;
    private long startNs;
    /** A hand-over that completed and is not reported yet: reporting waits until the swap's gap is over. */
    private PolicyHandle doneFrom;
    private PolicyHandle doneTo;
    private int doneMoved;

    StagedHandOver(int chunkSize, int nrCpus, BuiltinFifoPolicy builtin, PolicyCalls calls, BridgeCounters counters,
                   DispatchLoop.Listener listener) {
        this.chunkSize = chunkSize;
        this.nrCpus = nrCpus;
        this.chunk = new TaskBuffer(Math.min(chunkSize, 1024), nrCpus);
        this.builtin = builtin;
        this.calls = calls;
        this.counters = counters;
        this.listener = listener;
    }

    boolean inProgress() {
        return from != null;
    }

    /** Tasks the outgoing policy still holds. */
    int pending() {
        if (from == null) {
            return 0;
        }
        int pending = calls.pending(from);
        if (pending == PolicyCalls.THREW) {
            counters.policyError();
            return 0;
        }
        return pending;
    }

    /**
     * The supervisor gave up on {@code abandoned} while it was in a call: it takes no further part in a hand-over
     * under way. What it held stays with it (the kernel side's stall safety net dispatches those tasks); when it
     * was the successor, what the outgoing policy still holds goes to the built-in FIFO. The abandoned call may
     * still be reading the chunk, so a new one is used.
     */
    void forget(PolicyHandle abandoned) {
        if (from == null || from != abandoned && to != abandoned) {
            return;
        }
        chunk = new TaskBuffer(Math.min(chunkSize, 1024), nrCpus);
        if (from == abandoned) {
            from = null;
            to = null;
        } else {
            toBuiltin();
        }
    }

    /**
     * Starts moving what {@code outgoing} holds to {@code successor}, which must be attached, and moves the
     * first chunk. Returns what went wrong with the successor, or {@code null}.
     */
    String begin(PolicyHandle outgoing, PolicyHandle successor, long startedNs) {
        from = outgoing;
        to = successor;
        moved = 0;
        startNs = startedNs;
        return step(chunkSize);
    }

    /**
     * Moves the next chunk; returns what went wrong with the successor, or {@code null}. Call
     * {@link #reportCompletion()} after this, {@link #begin} and {@link #finish}.
     */
    String step() {
        return from == null ? null : step(chunkSize);
    }

    /** Moves everything left at once: before another swap, and when the bridge stops. */
    String finish() {
        return from == null ? null : step(Integer.MAX_VALUE);
    }

    /** Tasks moved so far by the hand-over in progress, or by the last one. */
    int moved() {
        return moved;
    }

    private String step(int max) {
        while (max > 0 && from != null) {
            chunk.clear();
            Throwable thrown = calls.handOver(from, chunk, Math.min(max, chunkSize));
            if (thrown != null) {
                counters.policyError();
                listener.fault(from, "handOver", thrown, null);
                LOG.log(Level.WARNING, "hotsched: policy " + from.name() + " threw while handing over (" + thrown
                        + "); tasks it still holds are left to the kernel side's stall safety net");
                complete();
                break;
            }
            int n = chunk.size();
            max -= Math.max(n, 1);
            if (n > 0) {
                String fault = adopt();
                if (fault != null) {
                    return fault;
                }
            }
            if (n == 0 || pending() == 0) {
                complete();
            }
        }
        return null;
    }

    private String adopt() {
        Throwable thrown = calls.adopt(to, chunk);
        if (thrown == null) {
            moved += chunk.size();
            counters.handedOver(chunk.size());
            chunk.clear();
            return null;
        }
        counters.policyError();
        listener.fault(to, "adopt", thrown, null);
        String fault = "threw " + thrown + " while taking over";
        LOG.log(Level.WARNING, "hotsched: policy " + to.name() + " " + fault + "; the tasks "
                + from.name() + " handed over are dispatched by " + BuiltinFifoPolicy.NAME);
        toBuiltin();
        return fault;
    }

    /** After the successor failed: the chunk it refused and everything still held go to the built-in FIFO. */
    private void toBuiltin() {
        builtin.enqueue(chunk);
        chunk.clear();
        if (calls.handOver(from, chunk) == null) {
            builtin.enqueue(chunk);
        } else {
            counters.policyError();
        }
        chunk.clear();
        complete();
    }

    private void complete() {
        doneFrom = from;
        doneTo = to;
        from = null;
        to = null;
        if (calls.detach(doneFrom) != null) {
            counters.policyError();
        }
        doneMoved = moved;
    }

    /**
     * Tells the listener about a hand-over that completed since the last call, if any, timed up to now: the
     * loop calls this in the round the hand-over completed, and reading the clock inside the gap would
     * lengthen it (a clock read costs tens of µs on an emulated machine).
     */
    void reportCompletion() {
        if (doneFrom == null) {
            return;
        }
        PolicyHandle outgoing = doneFrom;
        doneFrom = null;
        long doneNs = System.nanoTime() - startNs;
        listener.handedOver(outgoing, doneTo, doneMoved, doneNs);
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "hotsched: " + doneMoved + " task(s) handed over from " + outgoing.name() + " to "
                    + doneTo.name() + " in " + TimeUnit.NANOSECONDS.toMicros(doneNs) + " µs");
        }
    }
}
