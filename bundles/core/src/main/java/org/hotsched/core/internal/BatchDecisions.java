package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.Set;

import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;

/**
 * A round's calls into the deciding policy, for the dispatch thread: a batch in, its decisions out, and what the
 * policy did wrong meanwhile counted, reported to the listener, logged (at powers of two), and repaired so that no
 * task is lost or dispatched twice. Each method returns the fault, or {@code null}: {@link Probation} judges it.
 * Allocates nothing unless a policy faults.
 */
final class BatchDecisions {

    private static final Logger LOG = System.getLogger("org.hotsched.core");

    private final PolicyCalls calls;
    private final BridgeCounters counters;
    private final DispatchLoop.Listener listener;
    private final OutstandingTasks outstanding;
    private final BuiltinFifoPolicy builtin;
    private final CountingSink policySink;
    private final CountingSink fallbackSink;
    /** What a policy that threw gave back, and the rest of its batch, on their way to the built-in FIFO. */
    private final TaskBuffer recovered;

    BatchDecisions(PolicyCalls calls, BridgeCounters counters, DispatchLoop.Listener listener,
                   OutstandingTasks outstanding, BuiltinFifoPolicy builtin, CountingSink policySink,
                   CountingSink fallbackSink, int nrCpus) {
        this.calls = calls;
        this.counters = counters;
        this.listener = listener;
        this.outstanding = outstanding;
        this.builtin = builtin;
        this.policySink = policySink;
        this.fallbackSink = fallbackSink;
        this.recovered = new TaskBuffer(1024, nrCpus);
    }

    /** Gives a batch that arrived at {@code nowNs} to {@code policy}; when it throws, the built-in FIFO takes its tasks. */
    String enqueue(PolicyHandle policy, TaskBatch batch, long nowNs) {
        counters.batch(batch.size());
        outstanding.addAll(batch, nowNs);
        outstanding.dropStale(nowNs);
        Throwable e = calls.enqueue(policy, batch);
        if (e == null) {
            return null;
        }
        String fault = threw(policy, "enqueue", e,
                "its tasks of this batch are dispatched by " + BuiltinFifoPolicy.NAME);
        recover(policy, batch);
        return fault;
    }

    /** Asks {@code policy} for its decisions. */
    String dispatch(PolicyHandle policy) {
        Throwable e = calls.dispatch(policy, policySink);
        return e == null ? null : threw(policy, "dispatch", e,
                "the tasks it holds wait for the next round or the kernel side's stall safety net");
    }

    /** Counts, reports and logs (at powers of two) that {@code policy} threw {@code e} in {@code method}. */
    private String threw(PolicyHandle policy, String method, Throwable e, String consequence) {
        long errors = counters.policyError();
        listener.fault(policy, method, e, null);
        if (Long.bitCount(errors) == 1) {
            LOG.log(Level.WARNING, "hotsched: policy " + policy.name() + " threw in " + method + " (" + e + " at "
                    + FaultLog.ownFrames(e, FaultLog.FRAMES) + "); " + consequence + " (policy error #" + errors
                    + "; logged at powers of two; sched:errors lists the latest)");
        }
        return "threw " + e + " in " + method;
    }

    /**
     * An invalid decision {@code policy} made this round (an unknown pid, a CPU it may not run on), which the sink
     * corrected or dropped. The built-in FIFO's own are only cleared: its sink corrects them the same way.
     */
    String invalid(PolicyHandle policy) {
        String invalid = policySink.takeInvalid();
        fallbackSink.takeInvalid();
        if (invalid == null) {
            return null;
        }
        long errors = counters.policyError();
        listener.fault(policy, "dispatch", null, "made " + invalid);
        if (Long.bitCount(errors) == 1) {
            LOG.log(Level.WARNING, "hotsched: policy " + policy.name() + " made " + invalid
                    + "; the decision was corrected or dropped (policy error #" + errors
                    + "; logged at powers of two)");
        }
        return "made " + invalid;
    }

    /**
     * After a policy threw while taking a batch, neither lose nor double-dispatch a task: take back
     * everything it holds, then dispatch that and the rest of the batch with the built-in policy.
     * An error path, so it may allocate.
     */
    private void recover(PolicyHandle policy, TaskBatch batch) {
        recovered.clear();
        Throwable e = calls.handOver(policy, recovered);
        if (e != null) {
            listener.fault(policy, "handOver", e, null);
            LOG.log(Level.WARNING, "hotsched: policy " + policy.name() + " also threw in handOver (" + e
                    + "); tasks it still holds are left to the kernel side's stall safety net");
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < recovered.size(); i++) {
            TaskView t = recovered.task(i);
            taken.add(t.pid() + "/" + t.generation());
        }
        builtin.enqueue(recovered);
        recovered.clear();
        for (int i = 0; i < batch.size(); i++) {
            TaskView t = batch.task(i);
            if (!taken.contains(t.pid() + "/" + t.generation())) {
                recovered.add(t);
            }
        }
        builtin.enqueue(recovered);
        recovered.clear();
    }
}
