package org.hotsched.sim;

import java.time.Duration;
import java.util.List;

/** Ready-made workloads, sized by the number of CPUs the simulation has. */
public final class Workloads {

    /** The names {@link #named(String)} accepts. */
    public static final List<String> NAMES = List.of("demo", "mix", "hogs", "interactive", "fork");

    private Workloads() {
    }

    /**
     * The workload called {@code name}:
     * <ul>
     *   <li>{@code demo}: a lively mix per CPU: one hog, two interactive tasks, one forker and a kernel thread;
     *   <li>{@code mix}: per CPU one hog and two interactive tasks;
     *   <li>{@code hogs}: two CPU hogs per CPU;
     *   <li>{@code interactive}: four interactive tasks per CPU (about 80% load);
     *   <li>{@code fork}: one forker per CPU, each forking four 1 ms children every 5 ms on average.
     * </ul>
     *
     * @throws IllegalArgumentException listing the valid names when there is no such workload
     */
    public static Workload named(String name) {
        return switch (name == null ? "" : name) {
            case "demo" -> demo();
            case "mix" -> mix();
            case "hogs" -> hogs();
            case "interactive" -> interactive();
            case "fork" -> fork();
            default -> throw new IllegalArgumentException("unknown workload '" + name + "'; valid names: "
                    + String.join(", ", NAMES));
        };
    }

    public static Workload demo() {
        return Workload.of("demo",
                TaskGroup.hogs(1).withCountPerCpu(),
                TaskGroup.interactive(2, micros(200), millis(4)).withCountPerCpu(),
                TaskGroup.forkers(1, millis(20), 3, micros(500)).withCountPerCpu(),
                TaskGroup.kthreads(millis(10), micros(50)));
    }

    public static Workload mix() {
        return Workload.of("mix",
                TaskGroup.hogs(1).withCountPerCpu(),
                TaskGroup.interactive(2, micros(500), millis(5)).withCountPerCpu());
    }

    public static Workload hogs() {
        return Workload.of("hogs", TaskGroup.hogs(2).withCountPerCpu());
    }

    public static Workload interactive() {
        return Workload.of("interactive", TaskGroup.interactive(4, millis(1), millis(4)).withCountPerCpu());
    }

    public static Workload fork() {
        return Workload.of("fork", TaskGroup.forkers(1, millis(5), 4, millis(1)).withCountPerCpu());
    }

    private static Duration millis(long ms) {
        return Duration.ofMillis(ms);
    }

    private static Duration micros(long us) {
        return Duration.ofNanos(us * 1_000);
    }
}
