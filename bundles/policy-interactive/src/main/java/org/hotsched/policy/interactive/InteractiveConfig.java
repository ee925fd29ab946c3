package org.hotsched.policy.interactive;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the interactive policy (PID {@code org.hotsched.policy.interactive}); they apply to the running policy. */
@ObjectClassDefinition(id = InteractiveConfig.PID, name = "hotsched policy: interactive",
        description = "scx_rustland's ordering: deadline = vruntime + min(runtime since last sleep, k × slice.ns);"
                + " tasks that sleep often run first. The slice shrinks as the queue grows.")
@interface InteractiveConfig {

    String PID = "org.hotsched.policy.interactive";
    long MIN_SLICE_NS = 10_000L;
    long MAX_SLICE_NS = 1_000_000_000L;
    int MAX_RUNTIME_CAP = 10_000;
    long DEFAULT_SLICE_NS = 5_000_000L;
    long DEFAULT_SLICE_MIN_NS = 500_000L;
    int DEFAULT_RUNTIME_CAP_SLICES = 100;

    @AttributeDefinition(name = "slice.ns",
            description = "Base slice in ns (10000..1000000000): divided by the tasks waiting + 1. Also how much credit"
                    + " a waking task keeps (it starts at most one slice behind).")
    long slice_ns() default DEFAULT_SLICE_NS;

    @AttributeDefinition(name = "slice.min.ns",
            description = "Shortest slice in ns (10000..1000000000, at most slice.ns), however long the queue.")
    long slice_min_ns() default DEFAULT_SLICE_MIN_NS;

    @AttributeDefinition(name = "runtime.cap.slices",
            description = "k (1..10000): the runtime since last sleep added to the deadline is capped at k × slice.ns,"
                    + " so a CPU-bound task is not pushed back without bound.")
    int runtime_cap_slices() default DEFAULT_RUNTIME_CAP_SLICES;

    @AttributeDefinition(name = "preempt.wakeups",
            description = "true: a task that wakes when no CPU is idle preempts a running one (at most one per"
                    + " slice.min.ns). Off by default: on the emulated real kernel it made a sleeper's p99 wake-up"
                    + " 24 times worse, not better (see the policy's README).")
    boolean preempt_wakeups() default false;
}
