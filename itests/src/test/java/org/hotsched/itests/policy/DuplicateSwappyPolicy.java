package org.hotsched.itests.policy;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.TaskView;

/** A broken release of {@link SwappyPolicy}: once its good batches are over, it sends each decision twice. */
public final class DuplicateSwappyPolicy extends LateFaultSwappyPolicy {

    @Override
    protected boolean send(DispatchSink sink, TaskView task, int cpu, long arrival) {
        boolean sent = super.send(sink, task, cpu, arrival);
        if (sent && goneWrong()) {
            super.send(sink, task, cpu, arrival);
        }
        return sent;
    }
}
