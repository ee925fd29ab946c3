package org.hotsched.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.hotsched.api.CpuTopology;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.SimConfig;
import org.hotsched.sim.SimKernel;

/**
 * The simulated kernel as a backend. Virtual time follows the wall clock times {@code speed}, so the
 * embedded demo runs at a believable pace; the simulation itself stays deterministic for a given sequence
 * of decisions.
 */
final class SimBackend implements SchedulerBackend {

    /** Most records taken from the simulated ring per batch, as a BPF consumer would. */
    private static final int MAX_BATCH = 512;
    /**
     * How far virtual time may jump in one poll after the dispatch thread was held up: well under the stall
     * budget, so a host hiccup slows the simulated machine down instead of timing its tasks out.
     */
    private static final long MAX_CATCH_UP_NS = 10_000_000L;
    private static final long IDLE_PARK_NS = 500_000L;
    /** Bounds {@link #catchUp}: each step runs to the target or to the next moment user space has work. */
    private static final int MAX_CATCH_UP_STEPS = 1_000;
    private static final long SNAPSHOT_WAIT_NS = 200_000_000L;

    private final SimKernel kernel;
    private final double speed;
    private final TaskBuffer batch;
    private final long wallStart = System.nanoTime();
    /** No decision reached the kernel since the last poll: the next one first brings its clock up to date. */
    private boolean clockBehind;
    private volatile boolean snapshotWanted;
    private volatile Map<String, Long> snapshot;
    private final PollWake wake = new PollWake();

    SimBackend(SimConfig config, double speed) {
        this.kernel = new SimKernel(config);
        this.speed = speed;
        this.batch = new TaskBuffer(MAX_BATCH, kernel.topology().nrCpus());
    }

    SimKernel kernel() {
        return kernel;
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public CpuTopology topology() {
        return kernel.topology();
    }

    @Override
    public long nowNs() {
        return kernel.nowNs();
    }

    @Override
    public boolean isCpuIdle(int cpu) {
        return kernel.isCpuIdle(cpu);
    }

    @Override
    public long[] cgroupIdsUnder(String path) {
        return kernel.cgroupIdsUnder(path);
    }

    @Override
    public int backlog() {
        return kernel.backlog();
    }

    @Override
    public int queuedInKernel() {
        return kernel.queuedInKernel();
    }

    @Override
    public TaskBatch poll(long timeoutNs) {
        long deadline = System.nanoTime() + timeoutNs;
        wake.polling();
        batch.clear();
        clockBehind = true;
        while (true) {
            if (snapshotWanted) {
                snapshot = kernel.counters();
                snapshotWanted = false;
            }
            // Records left in the ring by the previous batch go first; the simulator only reports new ones.
            boolean userWork = kernel.backlog() == 0
                    && kernel.advance(Math.min(virtualTarget(), kernel.nowNs() + MAX_CATCH_UP_NS));
            if (kernel.drainQueued(batch, MAX_BATCH) > 0 || userWork) {
                return batch;
            }
            long left = deadline - System.nanoTime();
            if (wake.take() || left <= 0) {
                return batch;
            }
            // Until the next event at most, as the BPF side wakes the dispatch thread as soon as a record is queued
            // or a CPU wants work: a fixed nap instead would leave a CPU idle until it ended, and count that time
            // as waiting for user space.
            long untilEvent = wallNsUntil(kernel.nextEventNs());
            if (untilEvent > 0) {
                wake.park(Math.min(Math.min(left, IDLE_PARK_NS), untilEvent));
            }
        }
    }

    /** Wall-clock time until virtual time reaches {@code virtualNs}; 0 or less once it has. */
    private long wallNsUntil(long virtualNs) {
        if (virtualNs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return (long) ((virtualNs - virtualTarget()) / speed);
    }

    @Override
    public void wakeUp() {
        wake.wake();
    }

    private long virtualTarget() {
        return (long) ((System.nanoTime() - wallStart) * speed);
    }

    @Override
    public boolean dispatch(int pid, long generation, int cpu, long sliceNs, long vtime, int flags) {
        if (clockBehind) {
            catchUp();
        }
        return kernel.dispatch(pid, generation, cpu, sliceNs, vtime, flags);
    }

    /**
     * Brings the simulated clock to the wall clock's before the first decision of a round: the kernel stopped when
     * it gave the bridge work, and the bridge then took real time to decide; on a real machine the CPUs ran (or
     * waited idle) meanwhile. Without this the simulator would apply every decision at the instant its task was
     * queued, as if user space decided in no time, and no CPU would ever be seen waiting for one.
     */
    private void catchUp() {
        clockBehind = false;
        long target = Math.min(virtualTarget(), kernel.nowNs() + MAX_CATCH_UP_NS);
        for (int steps = 0; steps < MAX_CATCH_UP_STEPS && kernel.nowNs() < target; steps++) {
            kernel.advance(target);
        }
    }

    @Override
    public long stallFallbacks() {
        return kernel.stallFallbacks();
    }

    @Override
    public long heldStalls() {
        return kernel.heldStalls();
    }

    @Override
    public void starvedWaits(long[] into) {
        kernel.starvedWaits(into);
    }

    @Override
    public int dispatchRoom() {
        return kernel.dispatchRoom();
    }

    @Override
    public void notifyPending(int heldByUserSpace) {
        kernel.notifyPending(heldByUserSpace);
    }

    @Override
    public Map<String, String> kernelState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("model", kernel.describe());
        state.put("speed", speed + "x wall clock");
        return state;
    }

    /**
     * The simulator's counters taken between two batches by the dispatch thread, so that they add up
     * (every enqueue dispatched or outstanding); read directly when that thread does not answer in time.
     */
    @Override
    public synchronized Map<String, Long> counters() {
        snapshot = null;
        snapshotWanted = true;
        long deadline = System.nanoTime() + SNAPSHOT_WAIT_NS;
        while (snapshot == null && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000);
        }
        Map<String, Long> taken = snapshot;
        snapshotWanted = false;
        return taken != null ? taken : kernel.counters();
    }

    @Override
    public void close() {
        // The simulator holds no native resources.
    }
}
