package org.hotsched.core.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.TaskBatch;

/**
 * The dispatch thread: takes batches of runnable tasks from the backend, gives them to the active policy,
 * and passes its decisions on. Policy swaps happen on this thread too, between batches, so a policy is
 * never called from two threads at once, and follow one protocol: prepare (attach and warm up the successor on a
 * thread of its own, {@link SwapPreparer}, while the old policy goes on deciding on this one) → quiesce (no batch
 * reaches the old policy any more) → hand over (the most urgent tasks it holds move to the successor) → activate
 * → probation (see {@link Probation}). The rest of what the old policy holds follows a chunk per round
 * ({@link StagedHandOver}), so the gap, during which no decision can be made, does not grow with the number of
 * tasks held. Only when the active policy cannot decide (the supervisor abandoned it) does this thread wait for
 * a preparation.
 *
 * <p>Every call into a policy goes through {@link PolicyCalls}, timed by a {@link DispatchSupervisor}. A call
 * that has not returned within the bound is abandoned ({@link #takeOver}): its thread is left to finish the call
 * and die, the policy is rejected, and a new dispatch thread carries on with the state as it was, so scheduling
 * never waits on a policy.
 *
 * <p>Steady state allocates nothing: the batch, views, sinks and hand-over buffer are reused.
 */
final class DispatchLoop {

    /** What the loop tells the bridge. Called on the dispatch thread; may allocate, must not block. */
    interface Listener {
        /** A swap finished: {@code to} decides from now on. */
        void activated(PolicyHandle from, PolicyHandle to, String trigger, SwapFigures figures);

        /**
         * {@code policy} must go, for {@code reason}; the listener picks its successor with {@link #requestSwitch}.
         * Called on the dispatch thread, or on the supervisor's when a call into the policy did not return.
         */
        void rejected(PolicyHandle policy, String reason);

        /** The last task {@code from} held reached {@code to}, {@code tasks} in all, {@code ns} after the swap began. */
        default void handedOver(PolicyHandle from, PolicyHandle to, int tasks, long ns) {
        }

        /**
         * The swap window that activated {@code to} closed: {@code starvedNs} is the longest a CPU that wanted work
         * waited for a decision meanwhile, as the backend counted it ({@link SwapWindow}; 0 when none waited).
         */
        default void blackout(PolicyHandle to, long starvedNs) {
        }

        /**
         * {@code policy} faulted in {@code method}: it threw {@code thrown}, or (thrown null) {@code detail} says what
         * went wrong. Called on the thread that saw it, for every fault: must not block, and should not allocate.
         */
        default void fault(PolicyHandle policy, String method, Throwable thrown, String detail) {
        }
    }

    private static final Logger LOG = System.getLogger("org.hotsched.core");
    /**
     * Longest wait for tasks while the policy holds some: a backstop, since the kernel side ends the wait
     * when a CPU wants work.
     */
    private static final long HOLDING_POLL_NS = TimeUnit.MILLISECONDS.toNanos(10);
    /**
     * Longest wait while it holds none. New tasks end it, and so does {@link SchedulerBackend#wakeUp} for a
     * swap or a stop: an idle machine wakes this thread once a second rather than a hundred times.
     */
    private static final long IDLE_POLL_NS = TimeUnit.SECONDS.toNanos(1);
    private static final long WAITER_RECHECK_NS = TimeUnit.MILLISECONDS.toNanos(50);
    /**
     * The trigger of a swap that only bridges to the next one (the built-in FIFO deciding while the active policy's
     * bundle restarts): the swap window stays open until that next swap, so its blackout covers both.
     */
    static final String INTERIM = "standing in while a policy's bundle restarts";

    private final SchedulerBackend backend;
    private final BridgeContext context;
    private final BridgeCounters counters;
    private final PolicyHandle builtinHandle;
    private final BuiltinFifoPolicy builtin;
    private final OutstandingTasks outstanding;
    private final CountingSink policySink;
    private final CountingSink fallbackSink;
    private final BatchDecisions decisions;
    private final StagedHandOver staged;
    private final int nrCpus;
    private final SwapPreparer preparer;
    /** What the active policy had decided when the preparation under way began. */
    private long sentWhenPrepareBegan;
    private final SwapWindow window;
    private final PolicyCallWatch watch = new PolicyCallWatch();
    private final PolicyCalls calls = new PolicyCalls(watch);
    private final DispatchSupervisor supervisor;
    private final long callBoundNs;
    private final Probation probation;
    private final Listener listener;
    /** The dispatch thread; a new one when the supervisor abandons a call. */
    private volatile Thread thread;
    private int threadGeneration = 1;
    /** The policy the supervisor last gave up on: it is not called again to hand over what it holds. */
    private volatile PolicyHandle abandoned;
    /** Threads left in a policy call, with that policy: it is not activated again while its call lasts. */
    private final Queue<StuckCall> stuckCalls = new ConcurrentLinkedQueue<>();
    /** Measures the rounds of the current dispatch thread; each dispatch thread makes its own. */
    private RoundMeter meter;
    private final RoundCost cost = new RoundCost();
    /**
     * Threads waiting in {@link #switchTo}, woken once a swap is over. They do not poll: a waiter woken by a
     * timer every few hundred µs preempted the dispatch thread mid-swap on a busy machine (a gap 30-50 µs
     * longer in 2% of the bench's swaps, with 2 CPUs).
     */
    private final Queue<Thread> swapWaiters = new ConcurrentLinkedQueue<>();

    private volatile PolicyHandle wanted;
    private volatile String wantedTrigger = "start";
    private volatile PolicyHandle active;
    private volatile boolean running = true;
    /** Tasks the policy and a hand-over still held when the last round ended. */
    private int heldAfterRound;
    /** Rounds so far, to time one in 16 after probation. */
    private int rounds;

    DispatchLoop(SchedulerBackend backend, BridgeContext context, BridgeCounters counters, PolicyHandle builtinHandle,
                 SwapSettings swap, Listener listener) {
        this.backend = backend;
        this.context = context;
        this.counters = counters;
        this.builtinHandle = builtinHandle;
        this.builtin = (BuiltinFifoPolicy) builtinHandle.policy();
        this.nrCpus = backend.topology().nrCpus();
        this.outstanding = new OutstandingTasks(4096, nrCpus);
        VtimeScale vtimes = new VtimeScale();
        this.fallbackSink = new CountingSink(backend, context, counters, outstanding, vtimes.source(),
                swap.defaultSliceNs(), true);
        this.policySink = new CountingSink(backend, context, counters, outstanding, vtimes.source(),
                swap.defaultSliceNs(), false);
        this.builtin.useSink(fallbackSink);
        this.window = new SwapWindow(backend);
        this.probation = new Probation(swap.probationNs(), swap.latencyBudgetNs(), swap.blockedBudgetNs());
        this.listener = listener;
        this.staged = new StagedHandOver(swap.handOverChunk(), nrCpus, builtin, calls, counters, listener);
        this.decisions = new BatchDecisions(calls, counters, listener, outstanding, builtin, policySink, fallbackSink,
                nrCpus);
        this.wanted = builtinHandle;
        this.active = builtinHandle;
        this.thread = dispatchThread("hotsched-dispatch");
        this.callBoundNs = swap.callBoundNs();
        this.preparer = new SwapPreparer(context, swap.warmUpRounds(), nrCpus, callBoundNs, () -> {
            backend.wakeUp();
            LockSupport.unpark(thread);
        });
        this.supervisor = new DispatchSupervisor(callBoundNs).watch(watch, this::takeOver)
                .watch(preparer.watch(), preparer::overdue);
    }

    private record StuckCall(SchedulerPolicy policy, Thread thread) {
    }

    /**
     * How a swap is carried out and judged.
     *
     * @param latencyBudgetNs most CPU time a policy may use over a batch
     * @param blockedBudgetNs most time a policy may be blocked over a batch (a sleep, a lock, I/O)
     * @param callBoundNs longest a call into a policy may take before the supervisor abandons it
     */
    record SwapSettings(long defaultSliceNs, int warmUpRounds, long probationNs, long latencyBudgetNs,
                        long blockedBudgetNs, int handOverChunk, long callBoundNs) {
    }

    /**
     * What one swap measured.
     *
     * @param prepareNs attach and warm-up of the successor, on the preparing thread while the old policy went on
     *                  deciding; 0 when there was nothing to prepare (the built-in FIFO, the same policy object)
     * @param decidedWhilePreparing decisions the old policy made meanwhile
     * @param gapNs quiesce → first chunk handed over → activate: no decision could be made meanwhile
     * @param handedOver tasks moved within the gap
     */
    record SwapFigures(long prepareNs, long decidedWhilePreparing, long gapNs, int handedOver) {
        static final SwapFigures NONE = new SwapFigures(0, 0, 0, 0);
    }

    private Thread dispatchThread(String name) {
        Thread t = new Thread(this::run, name);
        t.setDaemon(true);
        return t;
    }

    void start() {
        thread.start();
        supervisor.start();
    }

    PolicyHandle active() {
        return active;
    }

    /** Whether {@code target} is still the policy asked for: not overtaken by another request or a rollback. */
    boolean stillWanted(PolicyHandle target) {
        return wanted == target;
    }

    /** Milliseconds of probation the active policy has left; 0 when none. */
    long probationRemainingMs() {
        return probation.remainingMs(System.nanoTime());
    }

    /** Asks for a swap without waiting; the dispatch thread carries it out before its next batch. */
    void requestSwitch(PolicyHandle target, String trigger) {
        wantedTrigger = trigger;
        wanted = target;
        backend.wakeUp();
        // A thread waiting for another target learns at once that it was overtaken.
        swapWaiters.forEach(LockSupport::unpark);
    }

    /**
     * Asks the dispatch thread to make {@code target} active and waits until it has, at most
     * {@code timeoutMs}. Returns whether the switch happened in time; before {@link #start()} it only
     * records the choice, which the thread carries out first thing.
     */
    boolean switchTo(PolicyHandle target, String trigger, long timeoutMs) {
        requestSwitch(target, trigger);
        if (thread.getState() == Thread.State.NEW) {
            return true;
        }
        return awaitActive(target, timeoutMs);
    }

    /**
     * Waits, at most {@code timeoutMs}, until the thread has carried out the swap asked for before it started,
     * so that what runs next (a status, the first command) sees that policy active. Returns whether it has.
     */
    boolean awaitFirstSwap(long timeoutMs) {
        return awaitActive(wanted, timeoutMs);
    }

    /** Waits until {@code target} is active, another is wanted, the thread died or {@code timeoutMs} passed. */
    private boolean awaitActive(PolicyHandle target, long timeoutMs) {
        Thread self = Thread.currentThread();
        swapWaiters.add(self);
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (active != target && wanted == target && thread.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // Woken after each swap, each new request and at stop; the cap only notices a thread that died.
                LockSupport.parkNanos(this, Math.min(left, WAITER_RECHECK_NS));
                if (Thread.currentThread().isInterrupted()) {
                    // Parking returns at once while interrupted: give up rather than spin beside the dispatch thread.
                    return active == target;
                }
            }
            return active == target;
        } finally {
            swapWaiters.remove(self);
        }
    }

    /**
     * Stops the thread after handing every held task to the built-in policy, which dispatches them. A policy stuck
     * in a call then is abandoned as at any other time, and the thread that takes over finishes the stop.
     */
    void stop() {
        running = false;
        backend.wakeUp();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            for (Thread t = thread; ; t = thread) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                if (t == thread || System.nanoTime() - deadline >= 0) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            preparer.join(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        supervisor.stop();
        swapWaiters.forEach(LockSupport::unpark);
        if (thread.isAlive()) {
            LOG.log(Level.WARNING, "hotsched: the dispatch thread did not stop within 5 s (policy "
                    + active.name() + " is stuck?); the kernel side's safety nets keep tasks running");
        }
    }

    private void run() {
        policySink.owner(Thread.currentThread());
        fallbackSink.owner(Thread.currentThread());
        meter = RoundMeter.ofCurrentThread();
        try {
            while (running) {
                round();
            }
            if (active != builtinHandle) {
                swapTo(builtinHandle, "stop", SwapFigures.NONE);
            }
            staged.finish();
            staged.reportCompletion();
        } catch (PolicyCallWatch.Abandoned e) {
            // The supervisor gave up on this thread's call and started another thread: touch nothing more.
            return;
        }
        swapWaiters.forEach(LockSupport::unpark);
    }

    /**
     * The supervisor's verdict on a call that has not returned within the bound (its thread, not the dispatch
     * thread): unless the call returned meanwhile, the dispatch thread is abandoned in it, the policy is rejected,
     * and a new dispatch thread takes over. The abandoned thread may still be inside the policy, which may still
     * call the sinks: they refuse every thread but their owner, and the new thread starts only once the old one
     * is seen outside them, so the two never write to the backend at once. Allocates; rare.
     */
    private void takeOver(long callState) {
        if (!watch.abandon(callState)) {
            return;
        }
        Thread stuck = thread;
        PolicyHandle policy = watch.callee();
        String method = watch.method();
        policySink.owner(null);
        fallbackSink.owner(null);
        StackTraceElement[] where = outsideSinks(stuck);
        abandoned = policy;
        stuckCalls.add(new StuckCall(policy.policy(), stuck));
        counters.policyError();
        String reason = "did not return from " + method + " within " + TimeUnit.NANOSECONDS.toMillis(callBoundNs)
                + " ms (" + StuckStack.stuckAt(where) + ")";
        LOG.log(Level.ERROR, "hotsched: policy " + policy.name() + " (" + policy.release() + ") " + reason
                + "; its thread " + stuck.getName() + " is abandoned and a new dispatch thread takes over; where it was:"
                + StuckStack.frames(where, 12));
        listener.fault(policy, method, null, reason);
        if (wanted == policy) {
            // It is the active one, or it was taking over the tasks the active one handed over (in adopt).
            requestSwitch(active == policy ? builtinHandle : active, "automatic rollback");
        }
        listener.rejected(policy, reason);
        watch.resume(callState);
        Thread next = dispatchThread("hotsched-dispatch-" + ++threadGeneration);
        next.start();
        thread = next;
    }

    /**
     * Waits until {@code t} is not inside a sink, and returns its stack then. Taking a thread's stack stops it at
     * a safepoint, so a thread seen outside the sinks after they stopped accepting it cannot be midway through a
     * write; waiting is bounded, as a sink never blocks.
     */
    private static StackTraceElement[] outsideSinks(Thread t) {
        StackTraceElement[] stack = t.getStackTrace();
        for (int tries = 0; tries < 1000 && inSink(stack); tries++) {
            LockSupport.parkNanos(1_000_000L);
            stack = t.getStackTrace();
        }
        return stack;
    }

    private static boolean inSink(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(CountingSink.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One round: a pending swap, a batch, the policy's decisions, the verdict. Its own method rather than the
     * body of {@link #run}'s loop: the JIT compiles a method after a few thousand calls, but a loop that never
     * returns only by on-stack replacement after tens of thousands of iterations. Until then every round ran in
     * the interpreter: a profile of the dispatch thread in the TCG guest showed it a minute into a run.
     */
    private void round() {
        if (wanted != active || preparer.preparing() != null) {
            advanceSwap();
        }
        TaskBatch batch = backend.poll(staged.inProgress() ? 0 : heldAfterRound > 0 ? HOLDING_POLL_NS : IDLE_POLL_NS);
        context.newRound();
        int n = batch.size();
        long start = System.nanoTime();
        // The policy is judged by the CPU time it used and the time it was blocked, which a busy machine, a GC
        // pause or a descheduled thread does not inflate (wall time alone would blame it for those), and by what
        // it allocated: every round on probation, one in 16 afterwards, as reading the clocks costs system calls.
        boolean timed = probation.judges() && (n > 0 || heldAfterRound > 0)
                && (probation.inProbation(start) || (++rounds & 15) == 0);
        if (timed) {
            meter.begin(start);
        }
        String fault = decide(batch, start);
        int pending = calls.pending(active);
        if (pending == PolicyCalls.THREW) {
            counters.policyError();
            listener.fault(active, "pending", calls.pendingThrew(), null);
            fault = fault != null ? fault : "threw " + calls.pendingThrew() + " in pending";
            pending = 0;
        }
        heldAfterRound = pending + staged.pending() + (active == builtinHandle ? 0 : builtin.pending());
        backend.notifyPending(heldAfterRound);
        // At the end of the round, when what arrived meanwhile waits and this round's decisions fill the ring.
        counters.kernelQueues(backend.backlog(), backend.queuedInKernel(), backend.dispatchRoom());
        long latency = System.nanoTime() - start;
        if (n > 0) {
            counters.decisionLatency(latency);
        }
        if (timed) {
            meter.end(start + latency, cost);
        } else {
            cost.clear();
        }
        // After the meter: the report takes the history's lock, which the housekeeping thread also takes, and
        // waiting for it is the bridge's time, not the policy's.
        staged.reportCompletion();
        window.roundEnded(staged.inProgress(), listener);
        String verdict = probation.judge(start, fault, cost, backend.heldStalls(), policySink.sent());
        if (verdict != null) {
            probation.start(false, start, 0, 0);
            listener.rejected(active, verdict);
        }
    }

    /** The batch to the policy, a chunk of a staged hand-over, the policy's decisions; the first fault, or null. */
    private String decide(TaskBatch batch, long nowNs) {
        PolicyHandle policy = active;
        String fault = batch.size() > 0 ? decisions.enqueue(policy, batch, nowNs) : null;
        String takeOverFault = staged.step();
        if (takeOverFault != null) {
            listener.rejected(policy, takeOverFault);
        }
        String dispatchFault = decisions.dispatch(policy);
        if (policy != builtinHandle) {
            // Tasks the built-in FIFO took for a policy that threw, and could not send while the ring was full.
            builtin.flush();
        }
        fault = fault != null ? fault : dispatchFault;
        String invalid = decisions.invalid(policy);
        return fault != null ? fault : invalid;
    }

    /** Decisions sent so far, the active policy's and the built-in FIFO's (which decides through its own sink). */
    private long decisionsSent() {
        return policySink.sent() + fallbackSink.sent();
    }

    /**
     * Moves a swap on: starts preparing the wanted policy, or activates it once prepared; while it is being
     * prepared, the active policy goes on deciding. The dispatch thread waits for a preparation only when the
     * active policy was abandoned: it never calls that one again, so until a swap away from it succeeds, the
     * wanted policy is tried, then the built-in FIFO, which needs no preparation and cannot fail.
     */
    private void advanceSwap() {
        boolean swapped = false;
        for (PolicyHandle target = wanted; target != active || preparer.preparing() != null; target = wanted) {
            String trigger = wantedTrigger;
            boolean mustWait = active == abandoned;
            if (preparer.preparing() != null) {
                SwapPreparer.Prepared done = mustWait ? preparer.await() : preparer.take();
                if (done == null) {
                    break;
                }
                swapped |= activatePrepared(done, target, trigger);
            } else if (target == builtinHandle || target.policy() == active.policy() && !mustWait) {
                window.open();
                swapTo(target, trigger, SwapFigures.NONE);
                swapped = true;
            } else if (mustWait && target == active) {
                wanted = builtinHandle;
            } else if (!stillStuck(target)) {
                // The policy to prepare may still be giving up its tasks from an earlier swap, on this thread: that
                // hand-over completes first, so that it is never called from two threads at once.
                staged.finish();
                staged.reportCompletion();
                window.open();
                sentWhenPrepareBegan = decisionsSent();
                preparer.begin(target);
                if (!mustWait) {
                    break;
                }
            }
        }
        if (swapped) {
            swapWaiters.forEach(LockSupport::unpark);
        }
    }

    /**
     * A preparation finished: its policy becomes active if it is ready and still wanted. Returns whether a swap
     * happened. One no longer wanted is detached; it holds nothing after its warm-up.
     */
    private boolean activatePrepared(SwapPreparer.Prepared done, PolicyHandle target, String trigger) {
        PolicyHandle next = done.policy();
        if (done.stuck() != null) {
            stuckCalls.add(new StuckCall(next.policy(), done.stuck()));
        }
        if (!done.ready()) {
            window.noSwap();
            counters.policyError();
            listener.fault(next, "attach", null, done.failure());
            if (wanted == next) {
                wanted = active == abandoned ? builtinHandle : active;
            }
            listener.rejected(next, done.failure());
            return false;
        }
        if (next != target) {
            window.noSwap();
            calls.detach(next);
            return false;
        }
        swapTo(next, trigger, new SwapFigures(done.prepareNs(), decisionsSent() - sentWhenPrepareBegan, 0, 0));
        return true;
    }

    /**
     * Whether {@code next} is still in a call the supervisor abandoned it in: two threads in one policy object
     * cannot be allowed, so it is rejected and the active policy stays (or the built-in FIFO, if that one was
     * abandoned).
     */
    private boolean stillStuck(PolicyHandle next) {
        stuckCalls.removeIf(c -> !c.thread().isAlive());
        if (stuckCalls.stream().noneMatch(c -> c.policy() == next.policy())) {
            return false;
        }
        wanted = active == abandoned ? builtinHandle : active;
        listener.rejected(next, "is still in the call it was abandoned in (see the log); update or restart its bundle");
        return true;
    }

    /** Quiesce → hand over → activate {@code next}, prepared already; {@code prepared} says how that went. */
    private void swapTo(PolicyHandle next, String trigger, SwapFigures prepared) {
        // A hand-over still under way completes first, so a policy gives up its tasks to one successor only;
        // a successor that fails here is on its way out anyway, and its tasks went to the built-in FIFO.
        PolicyHandle gone = abandoned;
        if (gone != null) {
            staged.forget(gone);
        }
        staged.finish();
        staged.reportCompletion();
        PolicyHandle previous = active;
        if (next.policy() == previous.policy()) {
            // The same service object under a new handle (its properties changed): nothing to hand over.
            active = next;
            window.noSwap();
            listener.activated(previous, next, trigger, SwapFigures.NONE);
            return;
        }
        long gapStart = System.nanoTime();
        // A policy the supervisor gave up on is not called again: what it holds is left to the stall safety net.
        String takeOverFault = previous == gone ? null : staged.begin(previous, next, gapStart);
        if (takeOverFault != null && staged.undone()) {
            // The successor refused its first tasks and the active policy took them back: no swap happened.
            window.noSwap();
            wanted = previous;
            listener.rejected(next, takeOverFault);
            return;
        }
        PolicyHandle installed = takeOverFault == null ? next : builtinHandle;
        policySink.restartVtimes();
        fallbackSink.restartVtimes();
        long gapNs = System.nanoTime() - gapStart;
        int moved = previous == gone ? 0 : staged.moved();
        if (previous == gone) {
            abandoned = null;
        }
        counters.swapped(installed.name());
        // The first activation happens while the JVM itself warms up; only a policy that replaces one is judged.
        probation.start(installed != builtinHandle && !"start".equals(trigger), System.nanoTime(),
                backend.heldStalls(), policySink.sent());
        if (!INTERIM.equals(trigger)) {
            window.activated(installed);
        }
        // Published last: a thread waiting in switchTo sees the swap complete, probation included.
        active = installed;
        if (takeOverFault != null) {
            wanted = builtinHandle;
            listener.rejected(next, takeOverFault);
        }
        SwapFigures figures = new SwapFigures(prepared.prepareNs(), prepared.decidedWhilePreparing(), gapNs, moved);
        String why = installed == next ? trigger : "automatic rollback";
        listener.activated(previous, installed, why, figures);
        staged.reportCompletion();
        LOG.log(Level.INFO, "hotsched: policy " + installed.name() + " (" + installed.bundle() + " "
                + installed.version() + ") is active (" + why + "); prepared in "
                + TimeUnit.NANOSECONDS.toMicros(prepared.prepareNs()) + " µs while " + previous.name() + " made "
                + prepared.decidedWhilePreparing() + " decision(s); " + moved + " task(s) handed over in "
                + TimeUnit.NANOSECONDS.toMicros(gapNs) + " µs"
                + (staged.inProgress() ? ", " + staged.pending() + " more follow a chunk per round" : ""));
    }
}
