package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

import org.hotsched.api.TaskBuffer;

/**
 * Moves the tasks an outgoing policy still holds to its successor a chunk per dispatch round, the most
 * urgent first (post-copy, as live migration moves memory): the successor is active from the first chunk
 * on, so a swap's gap does not grow with the queue, and the rest follows while it already decides. The
 * outgoing policy gets no batch and makes no decision meanwhile; it is detached once it holds nothing. A
 * successor that refuses the first chunk, within the gap, undoes the hand-over (the chunk goes back to the
 * outgoing policy); one that refuses a later chunk leaves the rest to the built-in FIFO.
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
    /** The last {@link #begin} was undone ({@link #undone()}). */
    private boolean undone;
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
     * first chunk. Returns what went wrong with the successor, or {@code null}; when it refused the first chunk,
     * {@link #undone()} says whether the outgoing policy took it back and still holds everything.
     */
    String begin(PolicyHandle outgoing, PolicyHandle successor, long startedNs) {
        from = outgoing;
        to = successor;
        moved = 0;
        undone = false;
        startNs = startedNs;
        return step(chunkSize);
    }

    /**
     * Whether the last {@link #begin} was undone: the successor refused the first chunk, the outgoing policy took
     * it back, the successor is detached, and the outgoing policy stays attached and holds what it held.
     */
    boolean undone() {
        return undone;
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
        if (moved == 0 && giveBack(fault)) {
            return fault;
        }
        LOG.log(Level.WARNING, "hotsched: policy " + to.name() + " " + fault + "; the tasks "
                + from.name() + " handed over are dispatched by " + BuiltinFifoPolicy.NAME);
        toBuiltin();
        return fault;
    }

    /**
     * The successor refused the first chunk, within the swap's gap: the chunk goes back to the outgoing policy,
     * so the swap is undone rather than finished by the built-in FIFO (whose order is nobody's choice). False
     * when the outgoing policy refuses it too.
     */
    private boolean giveBack(String fault) {
        if (calls.adopt(from, chunk) != null) {
            counters.policyError();
            return false;
        }
        chunk.clear();
        if (calls.detach(to) != null) {
            counters.policyError();
        }
        LOG.log(Level.WARNING, "hotsched: policy " + to.name() + " " + fault + "; " + from.name()
                + " took its tasks back and stays active");
        undone = true;
        from = null;
        to = null;
        return true;
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
