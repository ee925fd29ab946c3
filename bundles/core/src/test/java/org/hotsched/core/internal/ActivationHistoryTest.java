package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.lang.ref.WeakReference;
import java.util.Map;

import org.hotsched.api.SchedulerPolicy;
import org.hotsched.core.HistoryEntry;
import org.junit.Test;

/** The history names releases; it keeps no policy object alive, and its figures reach the right activation. */
public class ActivationHistoryTest {

    private final PolicyHandle builtin = handle(new BuiltinFifoPolicy(), "builtin-fifo", "org.hotsched.core", "1", 0);

    private static PolicyHandle handle(SchedulerPolicy policy, String name, String bundle, String version, long id) {
        return new PolicyHandle(policy, name, "", bundle, version, 0, id, id, Map.of());
    }

    @Test
    public void aReplacedReleaseIsNotKeptAlive() {
        ActivationHistory history = new ActivationHistory();
        WeakReference<SchedulerPolicy> old = activateAndReplace(history);
        for (int i = 0; i < 20 && old.get() != null; i++) {
            System.gc();
        }
        assertNull("the replaced policy object was collected", old.get());
        PolicyHandle previous = history.previous(handle(null, "fair", "b-fair", "1.0.0", 2), builtin, h -> false)
                .orElseThrow();
        assertEquals("the rollback target is named by its release", "b-fifo 1.0.0", previous.release());
        assertNull(previous.policy());
    }

    /** fifo 1.0.0 active, then fair: returns a weak reference to fifo's policy object, no strong one left. */
    private static WeakReference<SchedulerPolicy> activateAndReplace(ActivationHistory history) {
        SchedulerPolicy fifo = new BuiltinFifoPolicy();
        history.activated(handle(fifo, "fifo", "b-fifo", "1.0.0", 1), "sched:use", DispatchLoop.SwapFigures.NONE);
        history.activated(handle(new BuiltinFifoPolicy(), "fair", "b-fair", "1.0.0", 2), "sched:use",
                DispatchLoop.SwapFigures.NONE);
        return new WeakReference<>(fifo);
    }

    @Test
    public void figuresReachTheNewestActivationOfTheSameService() {
        ActivationHistory history = new ActivationHistory();
        PolicyHandle fifo = handle(new BuiltinFifoPolicy(), "fifo", "b-fifo", "1.0.0", 1);
        PolicyHandle fair = handle(new BuiltinFifoPolicy(), "fair", "b-fair", "1.0.0", 2);
        history.activated(fifo, "start", DispatchLoop.SwapFigures.NONE);
        history.activated(fair, "sched:use", DispatchLoop.SwapFigures.NONE);
        history.activated(fifo, "sched:use", DispatchLoop.SwapFigures.NONE);
        history.blackout(fifo, 1234);
        history.handedOver(fifo, 7);
        // The same release under another service id (its bundle restarted) is another service.
        history.blackout(handle(new BuiltinFifoPolicy(), "fifo", "b-fifo", "1.0.0", 9), 99);

        var entries = history.entries();
        assertEquals(3, entries.size());
        assertEquals("the first activation keeps its figures", HistoryEntry.NOT_MEASURED, entries.get(0).blackoutNs());
        assertEquals(1234, entries.get(2).blackoutNs());
        assertEquals(7, entries.get(2).tasksHandedOver());
    }
}
