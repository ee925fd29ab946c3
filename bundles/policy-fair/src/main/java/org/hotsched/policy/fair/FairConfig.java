package org.hotsched.policy.fair;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the fair policy (PID {@code org.hotsched.policy.fair}); they apply to the running policy. */
@ObjectClassDefinition(id = FairConfig.PID, name = "hotsched policy: fair",
        description = "Weighted fair sharing: CPU time in proportion to weight (nice), smallest virtual runtime first.")
@interface FairConfig {

    String PID = "org.hotsched.policy.fair";
    long MIN_SLICE_NS = 10_000L;
    long MAX_SLICE_NS = 1_000_000_000L;

    @AttributeDefinition(name = "slice.ns",
            description = "Slice every task gets, in ns (10000..1000000000); 0 uses the bridge's default slice. It is also"
                    + " how far behind the smallest virtual runtime a waking task may start, so sleeping banks at most one slice.")
    long slice_ns() default 0L;
}
