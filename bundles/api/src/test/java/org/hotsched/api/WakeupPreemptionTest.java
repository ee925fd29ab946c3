package org.hotsched.api;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class WakeupPreemptionTest {

    private static final long MS = 1_000_000L;

    private final TaskBuffer tasks = new TaskBuffer(4, 4);

    private TaskView task(long enqFlags) {
        tasks.clear();
        tasks.append().pid(7).tgid(7).allowCpus(4).generation(1).enqFlags(enqFlags).comm("t");
        return tasks.task(0);
    }

    @Test
    public void aWakingTaskWithNoIdleCpuPreemptsAtMostOncePerInterval() {
        WakeupPreemption p = new WakeupPreemption(MS);
        TaskView woke = task(EnqueueFlags.WAKEUP);
        assertEquals(DispatchSink.PREEMPT, p.flags(woke, DispatchSink.CPU_ANY, 10 * MS));
        assertEquals("within the interval", 0, p.flags(woke, DispatchSink.CPU_ANY, 10 * MS + MS / 2));
        assertEquals(DispatchSink.PREEMPT, p.flags(woke, DispatchSink.CPU_ANY, 11 * MS));
    }

    @Test
    public void anIdleCpuOrATaskThatDidNotWakeNeverPreempts() {
        WakeupPreemption p = new WakeupPreemption(MS);
        assertEquals("an idle CPU is only woken", 0, p.flags(task(EnqueueFlags.WAKEUP), 2, 10 * MS));
        assertEquals("a slice end", 0, p.flags(task(0), DispatchSink.CPU_ANY, 20 * MS));
        assertEquals("neither used the budget", DispatchSink.PREEMPT,
                p.flags(task(EnqueueFlags.WAKEUP), DispatchSink.CPU_ANY, 20 * MS));
    }
}
