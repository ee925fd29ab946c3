package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

import org.hotsched.api.SchedulerPolicy;
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
    private final TaskBuffer chunk;
    private final BuiltinFifoPolicy builtin;
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

    StagedHandOver(int chunkSize, int nrCpus, BuiltinFifoPolicy builtin, BridgeCounters counters,
                   DispatchLoop.Listener listener) {
        this.chunkSize = chunkSize;
        this.chunk = new TaskBuffer(Math.min(chunkSize, 1024), nrCpus);
        this.builtin = builtin;
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
        try {
            return from.policy().pending();
        } catch (RuntimeException | Error e) {
            counters.policyError();
            return 0;
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
        SchedulerPolicy outgoing = from.policy();
        while (max > 0 && from != null) {
            chunk.clear();
            try {
                outgoing.handOver(chunk, Math.min(max, chunkSize));
            } catch (RuntimeException | Error e) {
                counters.policyError();
                LOG.log(Level.WARNING, "hotsched: policy " + from.name() + " threw while handing over (" + e
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
        try {
            to.policy().adopt(chunk);
            moved += chunk.size();
            counters.handedOver(chunk.size());
            chunk.clear();
            return null;
        } catch (RuntimeException | Error e) {
            counters.policyError();
            String fault = "threw " + e + " while taking over";
            LOG.log(Level.WARNING, "hotsched: policy " + to.name() + " " + fault + "; the tasks "
                    + from.name() + " handed over are dispatched by " + BuiltinFifoPolicy.NAME);
            toBuiltin();
            return fault;
        }
    }

    /** After the successor failed: the chunk it refused and everything still held go to the built-in FIFO. */
    private void toBuiltin() {
        builtin.enqueue(chunk);
        chunk.clear();
        try {
            from.policy().handOver(chunk);
            builtin.enqueue(chunk);
        } catch (RuntimeException | Error e) {
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
        try {
            doneFrom.policy().detach();
        } catch (RuntimeException | Error e) {
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
