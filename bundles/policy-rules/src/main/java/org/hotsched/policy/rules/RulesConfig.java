package org.hotsched.policy.rules;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the rules policy (PID {@code org.hotsched.policy.rules}); they apply to the running policy. */
@ObjectClassDefinition(id = RulesConfig.PID, name = "hotsched policy: rules",
        description = "Ordered rules put tasks in the classes latency-critical, normal and batch; each class has its own"
                + " slice, weight and CPUs. Tasks no rule matches are normal.")
@interface RulesConfig {

    String PID = "org.hotsched.policy.rules";

    @AttributeDefinition(name = "rules",
            description = "Comma-separated CLASS:comm=REGEX, CLASS:tgid=N or CLASS:cgroup=PATH, first match wins; CLASS is"
                    + " latency-critical, normal or batch. REGEX is searched in the command name (find, so anchor it) and"
                    + " may not contain a comma. PATH is a cgroup v2 path from the root (as in /proc/PID/cgroup) and"
                    + " matches the tasks in that cgroup and every cgroup below it. Example: 'latency-critical:comm=^(nginx|redis),"
                    + " batch:tgid=1234, batch:cgroup=/user.slice'.")
    String rules() default "";

    @AttributeDefinition(name = "latency.critical.slice.ns",
            description = "Slice of latency-critical tasks in ns (10000..1000000000; 0 = the bridge's default). A shorter"
                    + " slice also moves a task's turn earlier (its deadline is vruntime + slice × 100 / weight).")
    long latency_critical_slice_ns() default 1_000_000L;

    @AttributeDefinition(name = "latency.critical.weight",
            description = "Weight of latency-critical tasks (1..10000, 100 = nice 0); 0 keeps each task's own weight.")
    int latency_critical_weight() default 0;

    @AttributeDefinition(name = "latency.critical.cpus",
            description = "CPUs latency-critical tasks run on, e.g. '0-3,6'; empty = all. Ignored for a task allowed none of them.")
    String latency_critical_cpus() default "";

    @AttributeDefinition(name = "normal.slice.ns",
            description = "Slice of normal tasks in ns (10000..1000000000; 0 = the bridge's default). Also how far behind"
                    + " the others a waking task may start.")
    long normal_slice_ns() default 0L;

    @AttributeDefinition(name = "normal.weight", description = "Weight of normal tasks (1..10000); 0 keeps each task's own.")
    int normal_weight() default 0;

    @AttributeDefinition(name = "normal.cpus", description = "CPUs normal tasks run on, e.g. '0-3,6'; empty = all.")
    String normal_cpus() default "";

    @AttributeDefinition(name = "batch.slice.ns",
            description = "Slice of batch tasks in ns (10000..1000000000; 0 = the bridge's default): long, for throughput.")
    long batch_slice_ns() default 20_000_000L;

    @AttributeDefinition(name = "batch.weight", description = "Weight of batch tasks (1..10000); 0 keeps each task's own.")
    int batch_weight() default 0;

    @AttributeDefinition(name = "batch.cpus", description = "CPUs batch tasks run on, e.g. '4-7'; empty = all.")
    String batch_cpus() default "";
}
