package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskBuffer;
import org.junit.Test;

public class OutstandingTasksTest {

    private final TaskBuffer batch = new TaskBuffer(8, 4);
    private final OutstandingTasks outstanding = new OutstandingTasks(4, 4);

    @Test
    public void judgesPidsAndCpus() {
        batch.append().pid(7).allowCpu(1).allowCpu(2);
        outstanding.addAll(batch, 0);
        assertEquals(OutstandingTasks.VALID, outstanding.check(7, 1));
        assertEquals(OutstandingTasks.VALID, outstanding.check(7, DispatchSink.CPU_ANY));
        assertEquals(OutstandingTasks.CPU_NOT_ALLOWED, outstanding.check(7, 0));
        assertEquals(OutstandingTasks.CPU_OUT_OF_RANGE, outstanding.check(7, 4));
        assertEquals(OutstandingTasks.UNKNOWN_PID, outstanding.check(8, 1));
        outstanding.remove(7);
        assertEquals(OutstandingTasks.UNKNOWN_PID, outstanding.check(7, 1));
    }

    /** A task re-enqueued while its older record still waits: both decisions are valid, in either order. */
    @Test
    public void aPidWithTwoRecordsStaysKnownUntilBothAreDecided() {
        batch.append().pid(7).generation(1).allowCpus(4);
        batch.append().pid(7).generation(2).allowCpus(4);
        outstanding.addAll(batch, 0);
        outstanding.remove(7);
        assertEquals(OutstandingTasks.VALID, outstanding.check(7, 0));
        outstanding.remove(7);
        assertEquals(OutstandingTasks.UNKNOWN_PID, outstanding.check(7, 0));
    }

    /**
     * The task's affinity changed between its two records: a decision by either record's mask is what the
     * policy was given, so both are valid; a CPU neither allowed is not. A pid that comes back after all its
     * records were decided starts from its new mask alone.
     */
    @Test
    public void aCpuAnyRecordInFlightAllowedIsValid() {
        batch.append().pid(7).generation(1).allowCpu(0);
        batch.append().pid(7).generation(2).allowCpu(3);
        outstanding.addAll(batch, 0);
        assertEquals(OutstandingTasks.VALID, outstanding.check(7, 0));
        assertEquals(OutstandingTasks.VALID, outstanding.check(7, 3));
        assertEquals(OutstandingTasks.CPU_NOT_ALLOWED, outstanding.check(7, 1));
        outstanding.remove(7);
        outstanding.remove(7);

        batch.clear();
        batch.append().pid(7).generation(3).allowCpu(1);
        outstanding.addAll(batch, 0);
        assertEquals(OutstandingTasks.VALID, outstanding.check(7, 1));
        assertEquals(OutstandingTasks.CPU_NOT_ALLOWED, outstanding.check(7, 0));
    }

    @Test
    public void survivesGrowthAndRemovalChains() {
        for (int pid = 1; pid <= 1_000; pid++) {
            batch.clear();
            batch.append().pid(pid).allowCpu(pid % 4);
            outstanding.addAll(batch, 0);
        }
        for (int pid = 1; pid <= 1_000; pid += 2) {
            outstanding.remove(pid);
        }
        for (int pid = 1; pid <= 1_000; pid++) {
            assertEquals("pid " + pid, pid % 2 == 0 ? OutstandingTasks.VALID : OutstandingTasks.UNKNOWN_PID,
                    outstanding.check(pid, pid % 4));
        }
        assertEquals(500, outstanding.size());
    }

    /**
     * A pid handed out and never decided through the bridge (the safety nets ran it, or it exited while held) is
     * forgotten once its latest record is older than {@link OutstandingTasks#STALE_NS}; one handed out again since
     * stays. More stale pids than one look forgets are forgotten in the next rounds.
     */
    @Test
    public void pidsNeverDecidedAreForgottenOnceStale() {
        long t0 = 1_000_000_000_000L;
        assertEquals("the first call only schedules the first look", 0, outstanding.dropStale(t0));
        for (int pid = 1; pid <= 3_000; pid++) {
            batch.clear();
            batch.append().pid(pid).allowCpus(4);
            outstanding.addAll(batch, t0);
        }
        long later = t0 + OutstandingTasks.STALE_NS;
        batch.clear();
        batch.append().pid(7).generation(2).allowCpus(4);
        outstanding.addAll(batch, later);
        assertEquals("not stale yet", 0, outstanding.dropStale(later));

        long stale = later + OutstandingTasks.SWEEP_EVERY_NS;
        int forgotten = 0;
        for (int round = 0; round < 10 && outstanding.size() > 1; round++) {
            forgotten += outstanding.dropStale(stale + round);
        }
        assertEquals(2_999, forgotten);
        assertEquals(1, outstanding.size());
        assertEquals("handed out again since: kept", OutstandingTasks.VALID, outstanding.check(7, 0));
        assertEquals(OutstandingTasks.UNKNOWN_PID, outstanding.check(8, 0));
        assertEquals("and nothing to look at until the next sweep", 0, outstanding.dropStale(stale + 11));
    }
}
