package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskView;

/**
 * The dispatch thread: takes batches of runnable tasks from the backend, gives them to the active policy,
 * and passes its decisions on. Policy switches happen on this thread too, between batches, so a policy is
 * never called from two threads and the tasks it holds are handed to its successor without a gap.
 *
 * <p>Steady state allocates nothing: the batch, views, sinks and hand-over buffer are reused.
 */
final class DispatchLoop {

    private static final Logger LOG = System.getLogger("org.hotsched.core");
    private static final long POLL_TIMEOUT_NS = TimeUnit.MILLISECONDS.toNanos(10);

    private final SchedulerBackend backend;
    private final BridgeContext context;
    private final BridgeCounters counters;
    private final PolicyHandle builtinHandle;
    private final BuiltinFifoPolicy builtin;
    private final CountingSink policySink;
    private final TaskBuffer handOver;
    private final Thread thread;

    private volatile PolicyHandle wanted;
    private volatile PolicyHandle active;
    private volatile boolean running = true;

    DispatchLoop(SchedulerBackend backend, BridgeContext context, BridgeCounters counters,
                 PolicyHandle builtinHandle, long defaultSliceNs) {
        this.backend = backend;
        this.context = context;
        this.counters = counters;
        this.builtinHandle = builtinHandle;
        this.builtin = (BuiltinFifoPolicy) builtinHandle.policy();
        this.builtin.useSink(new CountingSink(backend, context, counters, defaultSliceNs, true));
        this.policySink = new CountingSink(backend, context, counters, defaultSliceNs, false);
        this.handOver = new TaskBuffer(1024, backend.topology().nrCpus());
        this.wanted = builtinHandle;
        this.active = builtinHandle;
        this.thread = new Thread(this::run, "hotsched-dispatch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    PolicyHandle active() {
        return active;
    }

    /**
     * Asks the dispatch thread to make {@code target} active and waits until it has, at most
     * {@code timeoutMs}. Returns whether the switch happened in time; before {@link #start()} it only
     * records the choice, which the thread carries out first thing.
     */
    boolean switchTo(PolicyHandle target, long timeoutMs) {
        wanted = target;
        if (thread.getState() == Thread.State.NEW) {
            return true;
        }
        LockSupport.unpark(thread);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (active != target && wanted == target && thread.isAlive()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(200_000);
        }
        return active == target;
    }

    /** Stops the thread after handing every held task to the built-in policy, which dispatches them. */
    void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.log(Level.WARNING, "hotsched: the dispatch thread did not stop within 5 s (policy "
                    + active.name() + " is stuck?); the kernel side's safety nets keep tasks running");
        }
    }

    private void run() {
        while (running) {
            PolicyHandle target = wanted;
            if (target != active) {
                swapTo(target);
            }
            TaskBatch batch = backend.poll(POLL_TIMEOUT_NS);
            context.newRound();
            int n = batch.size();
            long start = System.nanoTime();
            if (n > 0) {
                counters.batch(n);
                enqueue(batch);
            }
            dispatchHeld();
            backend.notifyPending(pendingOfActive());
            if (n > 0) {
                counters.decisionLatency(System.nanoTime() - start);
            }
        }
        if (active != builtinHandle) {
            swapTo(builtinHandle);
        }
    }

    private void enqueue(TaskBatch batch) {
        SchedulerPolicy policy = active.policy();
        try {
            policy.enqueue(batch);
        } catch (RuntimeException | Error e) {
            long errors = counters.policyError();
            if (Long.bitCount(errors) == 1) {
                LOG.log(Level.WARNING, "hotsched: policy " + active.name() + " threw in enqueue (" + e
                        + "); its tasks of this batch are dispatched by " + BuiltinFifoPolicy.NAME
                        + " (policy error #" + errors + "; logged at powers of two)");
            }
            recover(policy, batch);
        }
    }

    /**
     * After a policy threw while taking a batch, neither lose nor double-dispatch a task: take back
     * everything it holds, then dispatch that and the rest of the batch with the built-in policy.
     * An error path, so it may allocate.
     */
    private void recover(SchedulerPolicy policy, TaskBatch batch) {
        handOver.clear();
        try {
            policy.handOver(handOver);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "hotsched: policy " + active.name() + " also threw in handOver (" + e
                    + "); tasks it still holds are left to the kernel side's stall safety net");
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < handOver.size(); i++) {
            TaskView t = handOver.task(i);
            taken.add(t.pid() + "/" + t.generation());
        }
        builtin.enqueue(handOver);
        handOver.clear();
        for (int i = 0; i < batch.size(); i++) {
            TaskView t = batch.task(i);
            if (!taken.contains(t.pid() + "/" + t.generation())) {
                handOver.add(t);
            }
        }
        builtin.enqueue(handOver);
        handOver.clear();
    }

    private void dispatchHeld() {
        PolicyHandle current = active;
        try {
            current.policy().dispatch(policySink);
        } catch (RuntimeException | Error e) {
            long errors = counters.policyError();
            if (Long.bitCount(errors) == 1) {
                LOG.log(Level.WARNING, "hotsched: policy " + current.name() + " threw in dispatch (" + e
                        + "); the tasks it holds wait for the next round or the kernel side's stall safety net"
                        + " (policy error #" + errors + "; logged at powers of two)");
            }
        }
    }

    private int pendingOfActive() {
        try {
            return active.policy().pending();
        } catch (RuntimeException | Error e) {
            counters.policyError();
            return 0;
        }
    }

    private void swapTo(PolicyHandle next) {
        PolicyHandle previous = active;
        handOver.clear();
        try {
            previous.policy().handOver(handOver);
            previous.policy().detach();
        } catch (RuntimeException | Error e) {
            counters.policyError();
            LOG.log(Level.WARNING, "hotsched: policy " + previous.name() + " threw while handing over (" + e
                    + "); tasks it still holds are left to the kernel side's stall safety net");
        }
        int moved = handOver.size();
        PolicyHandle installed = next;
        try {
            next.policy().attach(context);
            next.policy().adopt(handOver);
        } catch (RuntimeException | Error e) {
            counters.policyError();
            LOG.log(Level.WARNING, "hotsched: policy " + next.name() + " threw while starting (" + e
                    + "); staying with " + BuiltinFifoPolicy.NAME);
            builtin.enqueue(handOver);
            installed = builtinHandle;
        }
        handOver.clear();
        counters.swapped(installed.name(), moved);
        active = installed;
        if (installed != next) {
            wanted = installed;
        }
        LOG.log(Level.INFO, "hotsched: policy " + installed.name() + " (" + installed.bundle() + " "
                + installed.version() + ") is active; " + moved + " task(s) handed over from " + previous.name());
    }
}
