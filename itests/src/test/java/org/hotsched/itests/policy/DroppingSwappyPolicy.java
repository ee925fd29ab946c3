package org.hotsched.itests.policy;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskView;

/**
 * A broken release of {@link SwappyPolicy}: once its good batches are over, it forgets every task with an even
 * pid instead of deciding for it, so only the kernel side's stall safety net ever runs them.
 */
public final class DroppingSwappyPolicy extends LateFaultSwappyPolicy {

    @Override
    protected boolean send(DispatchSink sink, TaskView task, int cpu, long arrival) {
        if (goneWrong() && task.pid() % 2 == 0) {
            return true;
        }
        return super.send(sink, task, cpu, arrival);
    }
}
