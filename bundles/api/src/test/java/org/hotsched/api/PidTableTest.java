package org.hotsched.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.Test;

public class PidTableTest {

    private static final long TTL = 100;

    @Test
    public void insertsZeroedEntriesAndFindsThem() {
        PidTable table = new PidTable(16, TTL);
        int slot = table.slot(7, 0);
        assertTrue(table.inserted());
        assertEquals(1, table.size());
        for (int column = 0; column < PidTable.COLUMNS; column++) {
            assertEquals(0, table.get(slot, column));
            table.set(slot, column, 10 + column);
        }
        assertEquals(slot, table.slot(7, 5));
        assertFalse(table.inserted());
        assertEquals(slot, table.find(7));
        assertEquals(12, table.get(slot, 2));
        assertEquals(-1, table.find(8));
        table.slot(0, 5);
        assertTrue(table.inserted());
        assertEquals(2, table.size());
    }

    @Test(expected = IndexOutOfBoundsException.class)
    public void rejectsAColumnPastTheLast() {
        PidTable table = new PidTable(16, TTL);
        table.get(table.slot(1, 0), PidTable.COLUMNS);
    }

    @Test
    public void dropsEntriesPastTheirTtlWhenFull() {
        PidTable table = new PidTable(16, TTL); // 32 slots: the 25th entry fills it
        for (int pid = 1; pid <= 24; pid++) {
            table.set(table.slot(pid, 0), 0, pid);
        }
        table.slot(5, 50); // exactly TTL old at 150: kept
        for (int pid = 1; pid <= 4; pid++) {
            table.slot(pid, 150);
        }
        table.slot(100, 150);
        assertEquals(6, table.size());
        for (int pid = 1; pid <= 5; pid++) {
            assertEquals(pid, table.get(table.find(pid), 0));
        }
        for (int pid = 6; pid <= 24; pid++) {
            assertEquals(-1, table.find(pid));
        }
        int again = table.slot(24, 150);
        assertTrue(table.inserted());
        assertEquals(0, table.get(again, 0));
    }

    @Test
    public void growsKeepingEveryLiveEntry() {
        PidTable table = new PidTable(16, Long.MAX_VALUE);
        int n = 10_000;
        for (int pid = 0; pid < n; pid++) {
            int slot = table.slot(pid, pid);
            table.set(slot, 0, pid);
            table.set(slot, 1, -pid);
            table.set(slot, 2, 3L * pid);
        }
        assertEquals(n, table.size());
        for (int pid = 0; pid < n; pid++) {
            int slot = table.find(pid);
            assertEquals(pid, table.get(slot, 0));
            assertEquals(-pid, table.get(slot, 1));
            assertEquals(3L * pid, table.get(slot, 2));
        }
    }

    @Test
    public void churnOfPidsAllocatesNothingOnceSized() {
        PidTable table = new PidTable(64, 1_000);
        long now = churn(table, 0, 200_000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(thread);
        now = churn(table, now, 1_000_000);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // A million operations: one allocation per operation would be megabytes. The JIT replacing the loop
        // mid-run (on-stack replacement) has shown as a one-off 72 bytes, which is not the table's.
        assertTrue("bytes allocated by the churn: " + allocated, allocated < 1_024);
        assertEquals(now - 1, table.get(table.find((int) (now - 1)), 0));
    }

    /** A new pid each nanosecond, each seen once, beside a few long-lived pids touched all the time. */
    private static long churn(PidTable table, long from, int steps) {
        long now = from;
        for (int i = 0; i < steps; i++, now++) {
            table.set(table.slot((int) now, now), 0, now);
            table.slot(Integer.MAX_VALUE - (int) (now & 7), now);
        }
        return now;
    }
}
