package org.hotsched.sim;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;

/** A broken policy that takes every task and never dispatches one. */
final class HoardingPolicy implements SchedulerPolicy {

    private TaskBuffer held;
    long enqueued;

    @Override
    public PolicyInfo info() {
        return new PolicyInfo("hoarder", "never dispatches");
    }

    @Override
    public void enqueue(TaskBatch tasks) {
        if (held == null) {
            held = new TaskBuffer(1024, 1024);
        }
        enqueued += tasks.size();
        for (int i = 0; i < tasks.size(); i++) {
            held.add(tasks.task(i));
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
    }

    @Override
    public int pending() {
        return held == null ? 0 : held.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        if (held != null) {
            for (int i = 0; i < held.size(); i++) {
                successor.add(held.task(i));
            }
            held.clear();
        }
    }
}
