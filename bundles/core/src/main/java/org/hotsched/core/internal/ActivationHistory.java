package org.hotsched.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.hotsched.core.HistoryEntry;

/**
 * Policy activations, and how each ended: this run's, after the newest of earlier runs (read back from
 * {@link HistoryFile}, so a rollback reaches across a restart). Keeps the newest {@link #MAX_ENTRIES}, and no
 * policy object: a handle it returns names a release, which the caller looks up among those installed.
 * Thread-safe; off the hot path.
 */
final class ActivationHistory {

    /** Entries kept, in memory and on disk: older ones are dropped, so the history does not grow without bound. */
    static final int MAX_ENTRIES = 500;
    /** The bundle id of a handle standing for an activation of an earlier run: no service behind it. */
    static final long EARLIER_RUN = -2;

    static final String ACTIVE = "active";
    static final String REPLACED = "replaced";
    static final String INSTALLED = "policy installed";
    /**
     * The trigger of a policy that stood in when the active one's bundle stopped, or did not come back within the
     * grace of an update (an update that does come back is one entry, {@link PolicyUpdates}).
     */
    static final String STAND_IN = "policy left";

    /** One activation; its outcome changes when it ends. */
    static final class Activation {
        final long sequence;
        final Instant at;
        final PolicyHandle handle;
        final String trigger;
        final DispatchLoop.SwapFigures swap;
        int handedOver;
        long blackoutNs = HistoryEntry.NOT_MEASURED;
        String outcome;

        Activation(long sequence, PolicyHandle handle, String trigger, DispatchLoop.SwapFigures swap, String outcome) {
            this(sequence, Instant.now(), handle, trigger, swap, outcome);
        }

        Activation(long sequence, Instant at, PolicyHandle handle, String trigger, DispatchLoop.SwapFigures swap,
                   String outcome) {
            this.sequence = sequence;
            this.at = at;
            this.handle = handle.withoutPolicy();
            this.trigger = trigger;
            this.swap = swap;
            this.handedOver = swap.handedOver();
            this.outcome = outcome;
        }

        HistoryEntry toEntry() {
            return new HistoryEntry(sequence, at, handle.name(), handle.bundle(), handle.version(),
                    handle.configuration(), trigger, swap.prepareNs(), swap.decidedWhilePreparing(), swap.gapNs(),
                    blackoutNs, handedOver, outcome);
        }
    }

    private final List<Activation> activations = new ArrayList<>();

    ActivationHistory() {
        this(List.of());
    }

    /**
     * Starts after {@code earlier}, the entries of earlier runs: each stands for its release (no service behind it,
     * {@link #EARLIER_RUN}), and the one active when that run stopped counts as replaced, by this run's start.
     */
    ActivationHistory(List<HistoryEntry> earlier) {
        for (HistoryEntry e : earlier.subList(Math.max(0, earlier.size() - MAX_ENTRIES), earlier.size())) {
            PolicyHandle release = new PolicyHandle(null, e.policy(), "", e.bundle(), e.version(), 0, 0, EARLIER_RUN,
                    e.configuration());
            Activation a = new Activation(e.sequence(), e.at(), release, e.trigger(), new DispatchLoop.SwapFigures(
                    e.prepareNs(), e.decidedWhilePreparing(), e.swapGapNs(), e.tasksHandedOver()),
                    ACTIVE.equals(e.outcome()) ? REPLACED : e.outcome());
            a.blackoutNs = e.blackoutNs();
            activations.add(a);
        }
    }

    private long nextSequence() {
        return activations.isEmpty() ? 1 : activations.getLast().sequence + 1;
    }

    private void add(Activation a) {
        activations.add(a);
        if (activations.size() > MAX_ENTRIES) {
            activations.removeFirst();
        }
    }

    /** {@code handle} became active; the one before it was replaced unless it was rolled back. */
    synchronized void activated(PolicyHandle handle, String trigger, DispatchLoop.SwapFigures swap) {
        if (!activations.isEmpty()) {
            Activation last = activations.getLast();
            if (ACTIVE.equals(last.outcome)) {
                last.outcome = REPLACED;
            }
        }
        add(new Activation(nextSequence(), handle, trigger, swap, ACTIVE));
    }

    /** The window of the swap that activated {@code handle} closed: the longest starved wait in it. */
    synchronized void blackout(PolicyHandle handle, long starvedNs) {
        Activation a = latestOf(handle);
        if (a != null) {
            a.blackoutNs = starvedNs;
        }
    }

    /** The hand-over to {@code handle} completed: {@code tasks} in all reached it, the first ones within the gap. */
    synchronized void handedOver(PolicyHandle handle, int tasks) {
        Activation a = latestOf(handle);
        if (a != null) {
            a.handedOver = tasks;
        }
    }

    /** The newest activation of {@code handle}, or null. */
    private Activation latestOf(PolicyHandle handle) {
        for (int i = activations.size() - 1; i >= 0; i--) {
            if (activations.get(i).handle.sameService(handle)) {
                return activations.get(i);
            }
        }
        return null;
    }

    /**
     * {@code handle} was rolled back for {@code reason}: when it is the one active, its activation says so;
     * otherwise (it failed while starting, or while handing over after it was replaced) an entry records the
     * refusal, and what an earlier activation of it says stays as it was.
     */
    synchronized void rolledBack(PolicyHandle handle, String reason) {
        if (!activations.isEmpty()) {
            Activation last = activations.getLast();
            if (last.handle.release().equals(handle.release()) && ACTIVE.equals(last.outcome)) {
                last.outcome = "rolled back: " + reason;
                return;
            }
        }
        add(new Activation(nextSequence(), handle, INSTALLED, DispatchLoop.SwapFigures.NONE,
                "refused: " + reason));
    }

    /**
     * The release to roll back to: the latest earlier activation of another release that was not itself
     * rolled back or refused, then or since ({@code rolledBack}: until a user names it again), so repeated
     * rollbacks walk back through the history and never return to a release they left; not a policy that only
     * stood in when the active one's bundle left; the built-in one last.
     */
    synchronized Optional<PolicyHandle> previous(PolicyHandle current, PolicyHandle builtin,
                                                 Predicate<PolicyHandle> rolledBack) {
        PolicyHandle fallback = null;
        for (int i = activations.size() - 1; i >= 0; i--) {
            Activation a = activations.get(i);
            if (a.handle.release().equals(current.release()) || !a.outcome.equals(ACTIVE) && !a.outcome.equals(REPLACED)
                    || a.trigger.equals(STAND_IN) || rolledBack.test(a.handle)) {
                continue;
            }
            if (a.handle.release().equals(builtin.release())) {
                fallback = fallback == null ? a.handle : fallback;
                continue;
            }
            return Optional.of(a.handle);
        }
        return Optional.ofNullable(fallback);
    }

    /** How the latest activation, or refusal, of {@code handle}'s release went, if it has one. */
    synchronized Optional<String> outcomeOf(PolicyHandle handle) {
        for (int i = activations.size() - 1; i >= 0; i--) {
            Activation a = activations.get(i);
            if (a.handle.release().equals(handle.release())) {
                return Optional.of(a.outcome);
            }
        }
        return Optional.empty();
    }

    synchronized List<HistoryEntry> entries() {
        return activations.stream().map(Activation::toEntry).toList();
    }
}
