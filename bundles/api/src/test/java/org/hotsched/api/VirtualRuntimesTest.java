package org.hotsched.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class VirtualRuntimesTest {

    private static final long LAG = 1_000;

    private final VirtualRuntimes runtimes = new VirtualRuntimes(16, 1_000_000);
    private final TaskBuffer buffer = new TaskBuffer(2, 64);
    private long now;

    /** Moves the clock past the floor's window: the next track closes it. */
    private void nextWindow() {
        now += VirtualRuntimes.FLOOR_WINDOW_NS;
        buffer.clear();
        buffer.append().pid(99).weight(100);
        runtimes.track(buffer.task(0), now);
    }

    /** Enqueues {@code pid} with the runtime the kernel reports and returns its virtual runtime. */
    private long enqueue(int pid, long runtimeNs, boolean wakeup, int weight) {
        buffer.clear();
        buffer.append().pid(pid).weight(weight).runtimeNs(runtimeNs).enqFlags(wakeup ? EnqueueFlags.WAKEUP : 0);
        TaskView task = buffer.task(0);
        runtimes.track(task, now);
        return runtimes.charge(task, weight, LAG);
    }

    @Test
    public void aNewTaskIsChargedNothingForTimeBeforeItWasSeen() {
        assertEquals(0, enqueue(1, 5_000, false, 100));
    }

    @Test
    public void chargesTheRuntimeGrownSinceTheLastEnqueueScaledByWeight() {
        enqueue(1, 5_000, false, 100);
        assertEquals(2_000, enqueue(1, 7_000, false, 100));
        enqueue(2, 5_000, false, 200);
        assertEquals("twice the weight, half the charge", 1_000, enqueue(2, 7_000, false, 200));
    }

    @Test
    public void aWakingTaskIsChargedAllItsRuntimeSinceItSlept() {
        enqueue(1, 5_000, false, 100);
        assertEquals(300, enqueue(1, 300, true, 100));
    }

    @Test
    public void newAndWakingTasksStartAtMostTheLagBehindTheFloor() {
        enqueue(1, 0, false, 100);
        long hog = enqueue(1, 50_000, false, 100);
        assertEquals("the window is still open", 0, runtimes.minVruntime());
        nextWindow();
        assertEquals(hog, runtimes.minVruntime());

        assertEquals("a new task", hog - LAG, enqueue(2, 0, false, 100));
        nextWindow();
        assertEquals("the floor never moves back", hog, runtimes.minVruntime());
        assertEquals("a sleeper banks no credit", hog - LAG + 10, enqueue(2, 10, true, 100));
    }

    @Test
    public void aTaskThatSleptWhileTheOthersRanWakesAtTheFloor() {
        enqueue(1, 0, false, 100);
        enqueue(2, 0, false, 100);
        long hog = enqueue(1, 80_000, false, 100);
        nextWindow();
        assertEquals("a wake-up after 500 ns of run starts at the floor, not at 500",
                hog - LAG, enqueue(2, 500, true, 100));
        assertEquals("without the wake-up flag it is charged from where it was", hog - LAG + 700,
                enqueue(2, 1_200, false, 100));
    }

    /** A sleeper that wakes every window does not hold the floor back from the hog that keeps running. */
    @Test
    public void wakingTasksDoNotHoldTheFloorBack() {
        long hog = 0;
        for (int round = 1; round <= 10; round++) {
            hog = enqueue(1, round * 10_000L, false, 100);
            enqueue(2, 100, true, 100);
            nextWindow();
        }
        assertEquals(hog, runtimes.minVruntime());
    }

    /**
     * Two hogs share a busy CPU while a third runs alone on an idle one, and so gathers virtual runtime three
     * times as fast: a sleeper on the busy CPU must wake near the crowded hogs, not behind the lone one.
     */
    @Test
    public void theFloorFollowsTheLeastRunOfTheTasksChargedNotTheMost() {
        long crowded = 0;
        long lone = 0;
        for (int round = 1; round <= 10; round++) {
            crowded = enqueue(1, round * 10_000L, false, 100);
            enqueue(2, round * 10_000L, false, 100);
            lone = enqueue(3, round * 30_000L, false, 100);
            nextWindow();
        }
        assertEquals(crowded, runtimes.minVruntime());
        long sleeper = enqueue(4, 0, false, 100);
        assertTrue("the sleeper starts at " + sleeper + ", the crowded hogs are at " + crowded + ", the lone one at "
                + lone, sleeper <= crowded && sleeper < lone - 100_000);
    }

    @Test(expected = IllegalStateException.class)
    public void refusesToChargeAnotherTaskThanTheOneTracked() {
        buffer.clear();
        buffer.append().pid(1);
        buffer.append().pid(2);
        runtimes.track(buffer.task(0), 0);
        runtimes.charge(buffer.task(1), 100, LAG);
    }

    @Test
    public void leavesTheColumnsFromTheFirstFreeOneToThePolicy() {
        buffer.clear();
        buffer.append().pid(9).runtimeNs(100).weight(100);
        TaskView task = buffer.task(0);
        int slot = runtimes.track(task, 0);
        runtimes.table().set(slot, VirtualRuntimes.FIRST_FREE_COLUMN, 42);
        runtimes.charge(task, 100, LAG);
        runtimes.track(task, 0);
        runtimes.charge(task, 100, LAG);
        assertEquals(42, runtimes.table().get(slot, VirtualRuntimes.FIRST_FREE_COLUMN));
    }

    @Test(expected = IllegalStateException.class)
    public void refusesToChargeATaskItDidNotTrack() {
        buffer.clear();
        buffer.append().pid(1);
        runtimes.charge(buffer.task(0), 100, LAG);
    }
}
