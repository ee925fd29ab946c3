package org.hotsched.policy.fifo;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import org.hotsched.api.DispatchSink;
import org.hotsched.api.PolicyContext;
import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.api.StartupSettings;
import org.hotsched.api.TaskBatch;
import org.hotsched.api.TaskBuffer;
import org.hotsched.api.TaskQueue;
import org.hotsched.api.TaskView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Global FIFO, as scx_rlfifo does it: tasks run in the order they became runnable, on an idle CPU near
 * their last one when there is one, else on the first CPU free; each gets the base slice divided by the
 * number of tasks waiting + 1, so a crowded machine rotates faster.
 *
 * <p>A template for policy authors: one component, one config annotation, no allocation on the hot path.
 */
@Component(configurationPid = FifoConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        scope = ServiceScope.PROTOTYPE)
@Designate(ocd = FifoConfig.class)
public final class FifoPolicy implements SchedulerPolicy {

    static final String NAME = "fifo";
    private static final Logger LOG = System.getLogger("org.hotsched.policy.fifo");
    private static final PolicyInfo INFO = new PolicyInfo(NAME,
            "Global FIFO, slice shrinks as the queue grows (rlfifo); simple and fair for equal tasks.");

    private volatile long baseSliceNs;
    private PolicyContext context;
    private TaskQueue queue;
    private long sequence;

    /** For tests and plain use: {@code baseSliceNs} 0 means the bridge's default slice. */
    public FifoPolicy(long baseSliceNs) {
        this.baseSliceNs = checkedSlice(baseSliceNs);
    }

    /** An invalid configuration at start leaves the defaults in force ({@link StartupSettings}). */
    @Activate
    public FifoPolicy(FifoConfig config) {
        this(StartupSettings.orDefaults(() -> checkedSlice(config.slice_ns()), () -> 0L, LOG));
    }

    @Modified
    void modified(FifoConfig config) {
        try {
            baseSliceNs = checkedSlice(config.slice_ns());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the previous slice stays in force");
        }
    }

    private static long checkedSlice(long ns) {
        if (ns != 0 && (ns < FifoConfig.MIN_SLICE_NS || ns > FifoConfig.MAX_SLICE_NS)) {
            throw new IllegalArgumentException("configuration " + FifoConfig.PID + ": slice.ns=" + ns
                    + " is invalid; use 0 or a whole number from " + FifoConfig.MIN_SLICE_NS + " to " + FifoConfig.MAX_SLICE_NS);
        }
        return ns;
    }

    @Override
    public PolicyInfo info() {
        return INFO;
    }

    @Override
    public void attach(PolicyContext ctx) {
        this.context = ctx;
        this.queue = new TaskQueue(1024, ctx.topology().nrCpus());
    }

    @Override
    public void enqueue(TaskBatch tasks) {
        for (int i = 0, n = tasks.size(); i < n; i++) {
            queue.offer(tasks.task(i), sequence++);
        }
    }

    @Override
    public void dispatch(DispatchSink sink) {
        long base = baseSliceNs == 0 ? context.defaultSliceNs() : baseSliceNs;
        // Every task waiting for a CPU, the one being dispatched included: held here, not yet delivered, or
        // already in the kernel's queues. Dispatching moves a task between these, so the sum holds for the round.
        int waiting = queue.size() + context.backlog() + context.queuedInKernel();
        long slice = Math.max(FifoConfig.MIN_SLICE_NS, base / Math.max(1, waiting));
        while (!queue.isEmpty() && sink.remaining() > 0) {
            TaskView task = queue.peek();
            if (!sink.dispatch(task, context.pickIdleCpu(task), slice, queue.peekKey())) {
                return;
            }
            queue.remove();
        }
    }

    @Override
    public int pending() {
        return queue == null ? 0 : queue.size();
    }

    @Override
    public void handOver(TaskBuffer successor) {
        queue.drainTo(successor);
    }

    @Override
    public void handOver(TaskBuffer successor, int max) {
        queue.drainTo(successor, max);
    }
}
