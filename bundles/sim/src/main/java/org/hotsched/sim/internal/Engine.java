package org.hotsched.sim.internal;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.EnqueueFlags;
import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.SimAccounting;
import org.hotsched.sim.SimConfig;
import org.hotsched.sim.SimKernel;
import org.hotsched.sim.StarvedWaits;

/**
 * The simulated kernel: sched_ext semantics as scx_rustland_core uses them, driven by discrete events.
 *
 * <p>A task that becomes runnable is "enqueued": a per-CPU kernel thread goes straight to its CPU's local
 * queue; every other task gets a new generation and a record in the queued ring for user space (its previous
 * CPU as the hint: like the BPF side, "select_cpu" claims no idle CPU for a task user space places), or — ring
 * full — goes to the fallback queue. User-space decisions insert into a CPU's user queue or the shared queue.
 * A CPU looking for work takes local → its user queue → shared → fallback. A task waiting for user space
 * longer than the stall budget is moved to the fallback queue.
 *
 * <p>Not thread-safe: one thread drives it. Only {@link #counters()} may be read from elsewhere.
 */
public final class Engine {

    /** The first pid handed out; pids wrap back here and skip live ones. */
    public static final int FIRST_PID = 1000;

    private final SimConfig config;
    private final int nrCpus;
    private final long defaultSliceNs;
    private final long stallBudgetNs;
    final WorkloadModel model;
    final Tasks tasks;
    private final PidIndex pids;
    private final Affinity affinity;
    final Cpus cpus;
    private final VtimeDsq shared;
    private final FifoDsq fallback;
    private final QueuedRing queued;
    private final StallWatch stallWatch;
    private final EventQueue events;
    final Counters counters = new Counters();
    final ClassMetrics classes;
    private final StarvedWaits starved;
    long now;
    private int nextPid = FIRST_PID;
    private int heldByUser;
    /** A CPU found nothing to run during the current {@link #advance}: user space should dispatch again. */
    private boolean cpuWentIdle;
    private boolean stallCheckArmed;
    /** Decisions sent since the kernel last ran: what its model of the dispatched ring holds. */
    private int decisionsInRing;

    public Engine(SimConfig config) {
        this.config = config;
        nrCpus = config.topology().nrCpus();
        defaultSliceNs = config.defaultSliceNs();
        stallBudgetNs = config.stallBudgetNs();
        model = new WorkloadModel(config.workload(), nrCpus, config.seed());
        int initial = (int) config.workload().initialTasks(nrCpus);
        tasks = new Tasks(initial * 2 + 16);
        pids = new PidIndex(initial * 2 + 16);
        affinity = new Affinity(tasks, model, nrCpus);
        cpus = new Cpus(nrCpus);
        shared = new VtimeDsq(64);
        fallback = new FifoDsq(64);
        queued = new QueuedRing(config.queuedRingCapacity());
        stallWatch = new StallWatch(256);
        events = new EventQueue(initial + nrCpus + 16);
        classes = new ClassMetrics(model.classNames);
        starved = new StarvedWaits(nrCpus);
        startWorkload();
    }

    public SimConfig config() {
        return config;
    }

    public StarvedWaits starvedWaits() {
        return starved;
    }

    public long nowNs() {
        return now;
    }

    /** See {@code SimKernel.nextEventNs}. */
    public long nextEventNs() {
        return events.isEmpty() ? Long.MAX_VALUE : events.peekTime();
    }

    public long eventsProcessed() {
        return counters.get(Counters.EVENTS);
    }

    public Counters counters() {
        return counters;
    }

    public int backlog() {
        return queued.size();
    }

    /** Idle for a policy: nothing running and nothing already queued for that CPU. */
    /** The ids of the workload's cgroups at {@code path} or below it, ascending. */
    public long[] cgroupIdsUnder(String path) {
        return model.cgroupIdsUnder(path);
    }

    public boolean isCpuIdle(int cpu) {
        return cpu >= 0 && cpu < nrCpus && cpus.isIdle(cpu) && cpus.ownQueuesEmpty(cpu);
    }

    public int dispatchRoom() {
        return SimKernel.DISPATCHED_RING_CAPACITY - decisionsInRing;
    }

    /** Dispatched tasks waiting in the kernel's queues for a CPU. */
    public int queuedInKernel() {
        return cpus.queuedOnCpus() + shared.size() + fallback.size();
    }

    public void notifyPending(int heldByUserSpace) {
        heldByUser = Math.max(0, heldByUserSpace);
        counters.set(Counters.HELD_BY_USER, heldByUser);
    }

    public String describe() {
        return nrCpus + (nrCpus == 1 ? " CPU" : " CPUs") + ", workload " + config.workload().name() + ", seed "
                + config.seed();
    }

    /** See {@code SimKernel.advance}. */
    public boolean advance(long limitNs) {
        cpuWentIdle = false;
        decisionsInRing = 0;
        long pushedBefore = queued.pushed();
        while (true) {
            if (queued.pushed() != pushedBefore || (cpuWentIdle && heldByUser > 0)) {
                return true;
            }
            if (events.isEmpty() || events.peekTime() > limitNs) {
                if (limitNs > now) {
                    setNow(limitNs);
                }
                return false;
            }
            setNow(events.peekTime());
            int event = events.pop();
            counters.increment(Counters.EVENTS);
            int target = EventQueue.target(event);
            switch (EventQueue.kind(event)) {
                case EventQueue.WAKE -> becomeRunnable(target, EnqueueFlags.WAKEUP | EnqueueFlags.CPU_SELECTED);
                case EventQueue.FORK -> becomeRunnable(target, EnqueueFlags.CPU_SELECTED);
                case EventQueue.STOP -> {
                    if (cpus.running[target] >= 0 && cpus.stopAt[target] == now) {
                        stop(target, false);
                    }
                }
                default -> checkStalls();
            }
        }
    }

    private void setNow(long t) {
        now = t;
        counters.set(Counters.NOW_NS, t);
    }

    public int drainQueued(TaskBuffer into, int max) {
        if (into.maskCpus() < nrCpus) {
            throw new IllegalArgumentException("the buffer's CPU masks cover " + into.maskCpus()
                    + " CPUs but the simulation has " + nrCpus);
        }
        if (max <= 0) {
            return 0;
        }
        int n = queued.drainTo(into, max, model);
        counters.set(Counters.BACKLOG, queued.size());
        return n;
    }

    /** A user-space decision; see {@code SimKernel.dispatch}. */
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        if (decisionsInRing >= SimKernel.DISPATCHED_RING_CAPACITY) {
            return false;
        }
        decisionsInRing++;
        int slot = pids.get(pid);
        if (slot < 0) {
            counters.increment(Counters.INVALID_PID);
            return true;
        }
        if (tasks.state[slot] != Tasks.WAITING_USER || tasks.generation[slot] != generation) {
            boolean repeated = tasks.generation[slot] == generation && tasks.userDispatchedGen[slot] == generation;
            counters.increment(repeated ? Counters.DUPLICATES : Counters.CANCELLED_STALE);
            return true;
        }
        tasks.userDispatchedGen[slot] = generation;
        tasks.state[slot] = Tasks.QUEUED;
        tasks.sliceNs[slot] = sliceNs > 0 ? sliceNs : defaultSliceNs;
        tasks.vtime[slot] = vtime;
        counters.increment(Counters.DISPATCHED_BY_USER);
        counters.add(Counters.OUTSTANDING, -1);
        boolean preempt = (flags & DispatchSink.PREEMPT) != 0;
        if (affinity.allowed(slot, cpu)) {
            cpus.user[cpu].insert(vtime, slot);
            if (cpus.isIdle(cpu)) {
                pickNext(cpu);
            } else if (preempt && !kickIdleCpuFor(slot)) {
                preempt(cpu);
            }
        } else {
            if (cpu != DispatchSink.CPU_ANY) {
                counters.increment(Counters.BOUNCED);
            }
            shared.insert(vtime, slot);
            int prev = tasks.prevCpu[slot];
            if (!kickIdleCpuFor(slot) && preempt && affinity.allowed(slot, prev)) {
                preempt(prev);
            }
        }
        return true;
    }

    /** The accounting now; {@code outstanding} is counted afresh from the task table, not from the counters. */
    public SimAccounting accounting() {
        long outstanding = 0;
        for (int slot = 0; slot < tasks.highWater(); slot++) {
            if (tasks.state[slot] == Tasks.WAITING_USER) {
                outstanding++;
            }
        }
        Counters c = counters;
        return new SimAccounting(c.get(Counters.ENQUEUED_TO_USER), c.get(Counters.DISPATCHED_BY_USER),
                c.get(Counters.DISPATCHED_BY_FALLBACK), c.get(Counters.CONGESTED), c.get(Counters.KERNEL_DIRECT),
                c.get(Counters.CANCELLED_STALE), c.get(Counters.INVALID_PID), c.get(Counters.BOUNCED),
                c.get(Counters.DUPLICATES), outstanding);
    }

    /** CPU time of a running task since it was put on its CPU; 0 when not running. */
    long runningPartNs(int slot) {
        return tasks.state[slot] == Tasks.RUNNING ? now - cpus.runStart[tasks.prevCpu[slot]] : 0;
    }

    private void startWorkload() {
        for (int g = 0; g < model.groups; g++) {
            int[] allowed = model.cpus[g];
            byte kind = model.behaviour[g];
            if (model.perCpu[g]) {
                for (int cpu : allowed) {
                    for (int k = 0; k < model.count[g]; k++) {
                        startTask(g, kind, cpu, kind == WorkloadModel.KTHREAD ? cpu : -1);
                    }
                }
            } else {
                for (int k = 0; k < model.count[g]; k++) {
                    startTask(g, kind, allowed[k % allowed.length], -1);
                }
            }
        }
    }

    private void startTask(int group, byte kind, int cpu, int pinned) {
        int slot = newTask(group, kind, cpu, pinned);
        events.push(model.drawStart(group), EventQueue.FORK, slot);
    }

    private int newTask(int group, byte kind, int prevCpu, int pinned) {
        int slot = tasks.allocate();
        int pid = allocatePid();
        tasks.pid[slot] = pid;
        tasks.group[slot] = group;
        tasks.classId[slot] = model.classOf[group];
        tasks.weight[slot] = model.weight[group];
        tasks.pinnedCpu[slot] = pinned;
        tasks.prevCpu[slot] = prevCpu;
        tasks.behaviour[slot] = kind;
        pids.put(pid, slot);
        classes.tasks[tasks.classId[slot]]++;
        counters.set(Counters.LIVE_TASKS, tasks.live());
        return slot;
    }

    private int allocatePid() {
        while (true) {
            int pid = nextPid;
            nextPid = nextPid == Integer.MAX_VALUE ? FIRST_PID : nextPid + 1;
            if (pids.get(pid) < 0) {
                return pid;
            }
        }
    }

    /** Wake-up or fork: fresh burst, "select_cpu", then "enqueue". */
    private void becomeRunnable(int slot, long flags) {
        tasks.runtimeSinceSleep[slot] = 0;
        tasks.burstLeft[slot] = model.drawBurst(tasks.behaviour[slot], tasks.group[slot]);
        tasks.runnableSince[slot] = now;
        counters.increment((flags & EnqueueFlags.WAKEUP) != 0 ? Counters.WAKEUPS : Counters.FORKS);
        enqueue(slot, flags);
    }

    private void enqueue(int slot, long flags) {
        if (tasks.behaviour[slot] == WorkloadModel.KTHREAD) {
            int cpu = tasks.pinnedCpu[slot];
            tasks.state[slot] = Tasks.QUEUED;
            tasks.sliceNs[slot] = defaultSliceNs;
            cpus.local[cpu].push(slot);
            counters.increment(Counters.KERNEL_DIRECT);
            if (cpus.isIdle(cpu)) {
                pickNext(cpu);
            }
            return;
        }
        long generation = ++tasks.generation[slot];
        if (!queued.push(tasks, slot, flags)) {
            counters.increment(Counters.CONGESTED);
            toFallback(slot);
            return;
        }
        tasks.state[slot] = Tasks.WAITING_USER;
        counters.increment(Counters.ENQUEUED_TO_USER);
        counters.add(Counters.OUTSTANDING, 1);
        counters.set(Counters.BACKLOG, queued.size());
        stallWatch.add(slot, generation, now, queued.pushed());
        if (!stallCheckArmed) {
            armStallCheck();
        }
    }

    private void toFallback(int slot) {
        tasks.state[slot] = Tasks.QUEUED;
        tasks.sliceNs[slot] = defaultSliceNs;
        fallback.push(slot);
        kickIdleCpuFor(slot);
    }

    /**
     * Work went to a queue any CPU may take from: wake the task's previous CPU if idle, else any idle one.
     * Returns whether one was.
     */
    private boolean kickIdleCpuFor(int slot) {
        int prev = tasks.prevCpu[slot];
        int cpu = cpus.isIdle(prev) && affinity.allowed(slot, prev) ? prev : cpus.firstIdleAllowed(slot, affinity);
        if (cpu >= 0) {
            pickNext(cpu);
            return true;
        }
        return false;
    }

    /** SCX_KICK_PREEMPT: the running task stops now, is enqueued again, and the CPU picks its next task. */
    private void preempt(int cpu) {
        if (cpus.running[cpu] >= 0) {
            counters.increment(Counters.PREEMPTIONS);
            stop(cpu, true);
        }
    }

    /** The CPU has no task: take local → own user queue → shared → fallback, or go idle. */
    private void pickNext(int cpu) {
        int slot = cpus.local[cpu].poll();
        if (slot < 0) {
            slot = cpus.user[cpu].pollFirst();
        }
        if (slot < 0) {
            slot = shared.pollFirstAllowed(cpu, affinity);
        }
        if (slot < 0) {
            slot = fallback.pollAllowed(cpu, affinity);
        }
        if (slot >= 0) {
            run(cpu, slot);
        } else if (!cpus.isIdle(cpu)) {
            cpus.markIdle(cpu);
            counters.set(Counters.RUNNING_CPUS, cpus.busyCount());
            cpuWentIdle = true;
            starved.wentIdle(cpu, now, heldByUser > 0 || queued.size() > 0);
        }
    }

    private void run(int cpu, int slot) {
        if (tasks.state[slot] != Tasks.QUEUED) {
            throw new IllegalStateException("simulator bug: task " + tasks.pid[slot] + " picked from a queue in state "
                    + tasks.state[slot]);
        }
        if (cpus.isIdle(cpu)) {
            cpus.markBusy(cpu);
            counters.set(Counters.RUNNING_CPUS, cpus.busyCount());
            starved.leftIdle(cpu, now);
        }
        cpus.running[cpu] = slot;
        cpus.runStart[cpu] = now;
        tasks.state[slot] = Tasks.RUNNING;
        tasks.prevCpu[slot] = cpu;
        classes.recordWait(tasks.classId[slot], now - tasks.runnableSince[slot]);
        cpus.stopAt[cpu] = now + Math.min(tasks.sliceNs[slot], tasks.burstLeft[slot]);
        events.push(cpus.stopAt[cpu], EventQueue.STOP, cpu);
    }

    /** The running task's slice or burst ended, or ({@code preempted}) another task took its CPU. */
    private void stop(int cpu, boolean preempted) {
        int slot = cpus.running[cpu];
        long ran = now - cpus.runStart[cpu];
        cpus.running[cpu] = -1;
        tasks.cpuTimeNs[slot] += ran;
        classes.cpuTimeNs[tasks.classId[slot]] += ran;
        tasks.runtimeSinceSleep[slot] += ran;
        if (tasks.burstLeft[slot] != Tasks.ENDLESS) {
            tasks.burstLeft[slot] -= ran;
        }
        if (tasks.burstLeft[slot] <= 0) {
            finishBurst(slot);
        } else {
            if (!preempted) {
                counters.increment(Counters.SLICE_EXPIRIES);
            }
            tasks.runnableSince[slot] = now;
            boolean last = cpus.ownQueuesEmpty(cpu) && shared.isEmpty() && fallback.isEmpty();
            enqueue(slot, last ? EnqueueFlags.LAST : 0L);
        }
        pickNext(cpu);
    }

    private void finishBurst(int slot) {
        classes.bursts[tasks.classId[slot]]++;
        switch (tasks.behaviour[slot]) {
            case WorkloadModel.FORK_CHILD -> exit(slot);
            case WorkloadModel.FORKER -> {
                int group = tasks.group[slot];
                for (int k = 0; k < model.children[group]; k++) {
                    int child = newTask(group, WorkloadModel.FORK_CHILD, tasks.prevCpu[slot], -1);
                    becomeRunnable(child, EnqueueFlags.CPU_SELECTED);
                }
                sleep(slot);
            }
            default -> sleep(slot);
        }
    }

    private void sleep(int slot) {
        tasks.state[slot] = Tasks.SLEEPING;
        tasks.nvcsw[slot]++;
        events.push(now + model.drawSleep(tasks.group[slot]), EventQueue.WAKE, slot);
    }

    private void exit(int slot) {
        pids.remove(tasks.pid[slot]);
        tasks.free(slot);
        counters.increment(Counters.EXITS);
        counters.set(Counters.LIVE_TASKS, tasks.live());
    }

    /** Schedules the next stall check for the oldest hand-over still waiting, if any. */
    private void armStallCheck() {
        while (!stallWatch.isEmpty() && !stillWaiting(stallWatch.headSlot(), stallWatch.headGeneration())) {
            stallWatch.pop();
        }
        stallCheckArmed = !stallWatch.isEmpty();
        if (stallCheckArmed) {
            events.push(stallWatch.headSince() + budgetNs(headRead()), EventQueue.STALL_CHECK, 0);
        }
    }

    /** The safety net: dispatch to the fallback queue every task user space has sat on for the whole budget. */
    private void checkStalls() {
        while (!stallWatch.isEmpty()) {
            int slot = stallWatch.headSlot();
            if (!stillWaiting(slot, stallWatch.headGeneration())) {
                stallWatch.pop();
                continue;
            }
            boolean held = headRead();
            if (stallWatch.headSince() + budgetNs(held) > now) {
                break;
            }
            stallWatch.pop();
            counters.increment(Counters.DISPATCHED_BY_FALLBACK);
            if (held) {
                counters.increment(Counters.HELD_STALLS);
            }
            counters.add(Counters.OUTSTANDING, -1);
            toFallback(slot);
        }
        armStallCheck();
    }

    /** Whether user space has read the head record (its policy holds the task). */
    private boolean headRead() {
        return stallWatch.headRecordNumber() <= queued.pushed() - queued.size();
    }

    /**
     * The stall budget for a record user space has not read yet (it is late), the held budget for one it read
     * and holds (its policy orders it behind others), as the BPF side judges them. Unlike the BPF side, which
     * gives every record the stall budget once user space has finished no round for that long, the held budget
     * here lasts while user space is stuck too.
     */
    private long budgetNs(boolean read) {
        return read ? Math.max(stallBudgetNs, SimKernel.HELD_BUDGET_NS) : stallBudgetNs;
    }

    private boolean stillWaiting(int slot, long generation) {
        return tasks.state[slot] == Tasks.WAITING_USER && tasks.generation[slot] == generation;
    }
}
