package org.hotsched.policy.fifo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the FIFO policy (PID {@code org.hotsched.policy.fifo}); they apply to the running policy. */
@ObjectClassDefinition(id = FifoConfig.PID, name = "hotsched policy: fifo",
        description = "Global FIFO; each task gets the base slice divided by the number of waiting tasks + 1.")
@interface FifoConfig {

    String PID = "org.hotsched.policy.fifo";
    long MIN_SLICE_NS = 10_000L;
    long MAX_SLICE_NS = 1_000_000_000L;

    @AttributeDefinition(name = "slice.ns", description = "Base slice in ns (10000..1000000000); 0 uses the bridge's default slice.")
    long slice_ns() default 0L;
}
