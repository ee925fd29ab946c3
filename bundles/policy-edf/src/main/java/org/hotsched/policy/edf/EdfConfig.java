package org.hotsched.policy.edf;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the EDF policy (PID {@code org.hotsched.policy.edf}); they apply to the running policy. */
@ObjectClassDefinition(id = EdfConfig.PID, name = "hotsched policy: edf",
        description = "Earliest deadline first for tasks the rules give a period and a runtime; FIFO after them for the rest.")
@interface EdfConfig {

    String PID = "org.hotsched.policy.edf";
    long MIN_SLICE_NS = 10_000L;
    long MAX_SLICE_NS = 1_000_000_000L;
    long MIN_PERIOD_NS = 100_000L;
    long MAX_PERIOD_NS = 10_000_000_000L;

    @AttributeDefinition(name = "tasks",
            description = "Deadline tasks, first match wins: comma-separated comm-regex:period-ns:runtime-ns, e.g."
                    + " '^(audio|jackd):5000000:1000000, ^ctl-loop$:10000000:2000000'. The regex is searched in the command"
                    + " name (find, so anchor it) and may not contain a comma; period 100000..10000000000 ns, runtime"
                    + " 10000..period ns. Every wake-up starts a job due one period later; a job that runs past its runtime"
                    + " is served best-effort until the task sleeps. Empty: every task is best-effort.")
    String tasks() default "";

    @AttributeDefinition(name = "slice.ns",
            description = "Base slice of best-effort tasks in ns (10000..1000000000), divided by the tasks waiting + 1;"
                    + " 0 uses the bridge's default slice. A deadline task waits at most about one such slice for a CPU.")
    long slice_ns() default 0L;
}
