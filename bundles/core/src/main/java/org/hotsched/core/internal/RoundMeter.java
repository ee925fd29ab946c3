package org.hotsched.core.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * Measures what a dispatch round costs the thread that runs it ({@link RoundCost}). Linux keeps, per thread, the
 * time it ran and the time it waited runnable for a CPU ({@code /proc/thread-self/schedstat}: on-CPU ns, run-queue
 * wait ns, timeslices); the wall time of a round less those two, less the JVM's collection time meanwhile, is the
 * time the thread was blocked: what a policy that sleeps, waits on a lock or does I/O costs every task waiting for
 * a decision, which CPU time alone does not show. A busy machine (run-queue wait) and a GC pause are not the
 * policy's doing and are not counted. Where the file cannot be read, CPU time comes from the JVM and time blocked
 * is not measured (said once in the log).
 *
 * <p>Made on the thread it measures, which keeps the file open ({@code thread-self} names the thread that opened
 * it); a new dispatch thread makes its own. Allocates nothing per round: two system calls per reading (a seek and
 * a read), as many as the JVM's thread CPU clock took for the same figure.
 */
final class RoundMeter {

    private static final Logger LOG = System.getLogger(RoundMeter.class.getName());
    static final String SCHEDSTAT = "/proc/thread-self/schedstat";

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final GarbageCollectorMXBean[] collectors =
            ManagementFactory.getGarbageCollectorMXBeans().toArray(GarbageCollectorMXBean[]::new);
    private RandomAccessFile schedstat;
    private final byte[] line = new byte[96];
    private long onCpuNs;
    private long runnableNs;

    private long wallAt;
    private long onCpuAt;
    private long runnableAt;
    private long gcMsAt;
    private long allocatedAt;

    private RoundMeter(RandomAccessFile schedstat) {
        this.schedstat = schedstat;
    }

    /** A meter for the calling thread; an unusable file is said here, once, not in a round. */
    static RoundMeter ofCurrentThread() {
        RandomAccessFile file = null;
        try {
            file = new RandomAccessFile(SCHEDSTAT, "r");
        } catch (IOException e) {
            unreadable(e);
        }
        RoundMeter meter = new RoundMeter(file);
        meter.sample();
        return meter;
    }

    /** Whether time blocked is measured (else it reads 0). */
    boolean measuresBlocked() {
        return schedstat != null;
    }

    /** A round starts at {@code nowNs} (System.nanoTime). */
    void begin(long nowNs) {
        sample();
        wallAt = nowNs;
        onCpuAt = onCpuNs;
        runnableAt = runnableNs;
        gcMsAt = gcMillis();
        allocatedAt = threads.getCurrentThreadAllocatedBytes();
    }

    /** The round begun last ended at {@code nowNs}: its cost into {@code cost}. */
    void end(long nowNs, RoundCost cost) {
        sample();
        long cpu = onCpuNs - onCpuAt;
        long blocked = 0;
        if (schedstat != null) {
            long gcNs = TimeUnit.MILLISECONDS.toNanos(gcMillis() - gcMsAt);
            blocked = Math.max(0, nowNs - wallAt - cpu - (runnableNs - runnableAt) - gcNs);
        }
        cost.set(cpu, blocked, threads.getCurrentThreadAllocatedBytes() - allocatedAt);
    }

    private void sample() {
        if (schedstat == null || !read()) {
            onCpuNs = threads.getCurrentThreadCpuTime();
            runnableNs = 0;
        }
    }

    /** Reads the thread's schedstat line; false (and measures without it from then on) when that fails. */
    private boolean read() {
        try {
            schedstat.seek(0);
            int n = schedstat.read(line, 0, line.length);
            int at = 0;
            long cpu = 0;
            for (; at < n && line[at] >= '0' && line[at] <= '9'; at++) {
                cpu = cpu * 10 + line[at] - '0';
            }
            long runnable = 0;
            int from = ++at;
            for (; at < n && line[at] >= '0' && line[at] <= '9'; at++) {
                runnable = runnable * 10 + line[at] - '0';
            }
            if (at == from || at >= n || cpu == 0) {
                // "0 0 0": the kernel keeps no scheduler statistics (CONFIG_SCHED_INFO off).
                throw new IOException("no per-thread scheduler statistics in it");
            }
            onCpuNs = cpu;
            runnableNs = runnable;
            return true;
        } catch (IOException e) {
            unreadable(e);
            close();
            return false;
        }
    }

    private static void unreadable(IOException e) {
        LOG.log(Level.WARNING, "hotsched: cannot read " + SCHEDSTAT + " (" + e.getMessage() + "): a policy's time"
                + " blocked per batch is not judged, only its CPU time");
    }

    private long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            ms += Math.max(0, collector.getCollectionTime());
        }
        return ms;
    }

    private void close() {
        try {
            if (schedstat != null) {
                schedstat.close();
            }
        } catch (IOException ignored) {
            // Nothing was written; the meter goes on without the file.
        }
        schedstat = null;
    }
}
