package org.hotsched.api;

/** The default idle-CPU choice of {@link PolicyContext#pickIdleCpu}: nearest idle allowed CPU first. */
final class IdleCpuPicker {

    private IdleCpuPicker() {
    }

    static int pick(PolicyContext ctx, TaskView task) {
        CpuTopology topo = ctx.topology();
        int prev = task.prevCpu();
        if (prev >= 0 && prev < topo.nrCpus() && task.cpuAllowed(prev) && ctx.isCpuIdle(prev)) {
            return prev;
        }
        if (prev < 0 || prev >= topo.nrCpus()) {
            return firstIdle(ctx, task, topo, Integer.MIN_VALUE, null);
        }
        int found = firstIdle(ctx, task, topo, topo.coreOf(prev), Level.CORE);
        if (found == DispatchSink.CPU_ANY) {
            found = firstIdle(ctx, task, topo, topo.llcOf(prev), Level.LLC);
        }
        if (found == DispatchSink.CPU_ANY) {
            found = firstIdle(ctx, task, topo, topo.nodeOf(prev), Level.NODE);
        }
        if (found == DispatchSink.CPU_ANY) {
            found = firstIdle(ctx, task, topo, Integer.MIN_VALUE, null);
        }
        return found;
    }

    private enum Level { CORE, LLC, NODE }

    private static int firstIdle(PolicyContext ctx, TaskView task, CpuTopology topo, int id, Level level) {
        for (int cpu = 0; cpu < topo.nrCpus(); cpu++) {
            if (level != null && idAt(topo, cpu, level) != id) {
                continue;
            }
            if (task.cpuAllowed(cpu) && ctx.isCpuIdle(cpu)) {
                return cpu;
            }
        }
        return DispatchSink.CPU_ANY;
    }

    private static int idAt(CpuTopology topo, int cpu, Level level) {
        return switch (level) {
            case CORE -> topo.coreOf(cpu);
            case LLC -> topo.llcOf(cpu);
            case NODE -> topo.nodeOf(cpu);
        };
    }
}
