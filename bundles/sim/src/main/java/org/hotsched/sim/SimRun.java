package org.hotsched.sim;

import java.time.Duration;
import java.util.Objects;

import org.hotsched.api.PolicyContext;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.internal.KernelDispatchSink;
import org.hotsched.sim.internal.SimPolicyContext;

/**
 * One policy running on one {@link SimKernel}: the deterministic user-space loop. Each round advances the
 * kernel until user space has work, drains the queued ring into a reused batch, hands it to
 * {@link SchedulerPolicy#enqueue}, lets {@link SchedulerPolicy#dispatch} decide, and reports
 * {@link SchedulerPolicy#pending()} back. Create with {@link Simulation#start}; close to hand over and detach.
 */
public final class SimRun implements AutoCloseable {

    private final SimKernel kernel;
    private final SchedulerPolicy policy;
    private final SimPolicyContext context;
    private final KernelDispatchSink sink;
    private final TaskBuffer batch;
    private final int maxBatch;
    private boolean closed;

    SimRun(SimKernel kernel, SchedulerPolicy policy) {
        this.kernel = kernel;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.context = new SimPolicyContext(kernel);
        this.sink = new KernelDispatchSink(kernel);
        int nrCpus = kernel.topology().nrCpus();
        this.maxBatch = kernel.config().queuedRingCapacity();
        this.batch = new TaskBuffer(Math.min(maxBatch, 1024), nrCpus);
        policy.attach(context);
    }

    public SimKernel kernel() {
        return kernel;
    }

    public SchedulerPolicy policy() {
        return policy;
    }

    /** The context the policy was attached with. */
    public PolicyContext context() {
        return context;
    }

    /** Runs the loop until virtual time reaches {@code limitNs}. */
    public void runUntil(long limitNs) {
        if (closed) {
            throw new IllegalStateException("this run is closed");
        }
        while (kernel.advance(limitNs) || kernel.nowNs() < limitNs) {
            batch.clear();
            if (kernel.drainQueued(batch, maxBatch) > 0) {
                policy.enqueue(batch);
            }
            policy.dispatch(sink);
            kernel.notifyPending(policy.pending());
        }
    }

    /** Runs the loop for {@code duration} more virtual time. */
    public void runFor(Duration duration) {
        runUntil(kernel.nowNs() + duration.toNanos());
    }

    /** The report so far, with the policy's counters. */
    public SimReport report() {
        return kernel.report().withPolicyCounters(context.simMetrics().snapshot());
    }

    /** Ends the run as the bridge ends a policy: {@link SchedulerPolicy#handOver}, then {@link SchedulerPolicy#detach}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        TaskBuffer successor = new TaskBuffer(Math.max(16, policy.pending()), kernel.topology().nrCpus());
        policy.handOver(successor);
        policy.detach();
    }
}
