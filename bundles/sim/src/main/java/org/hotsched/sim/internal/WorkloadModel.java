package org.hotsched.sim.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.hotsched.api.TaskBuffer;
import org.hotsched.sim.TaskGroup;
import org.hotsched.sim.Workload;

/**
 * A {@link Workload} resolved for one machine: per group, its behaviour, class, weight, allowed-CPU mask and
 * command name as primitives, plus the seeded random stream every duration is drawn from.
 */
final class WorkloadModel {

    static final byte HOG = 0;
    static final byte INTERACTIVE = 1;
    static final byte FORKER = 2;
    static final byte FORK_CHILD = 3;
    static final byte KTHREAD = 4;

    final int groups;
    final int maskWords;
    final byte[] behaviour;
    final int[] classOf;
    final int[] weight;
    final long[] burstMeanNs;
    final long[] sleepMeanNs;
    final int[] children;
    final long[] childBurstMeanNs;
    /** Allowed CPUs of each group, {@code maskWords} words per group. */
    final long[][] mask;
    /** The CPUs each group may use, ascending. */
    final int[][] cpus;
    final boolean[] perCpu;
    final int[] count;
    final byte[][] comm;
    /** Each group's cgroup id: the root {@code /} is 1, other paths count up from 2 in order of appearance. */
    final long[] cgroupId;
    final List<String> classNames = new ArrayList<>();
    private final List<String> cgroupPaths = new ArrayList<>(List.of("/"));

    private final SplittableRandom random;

    WorkloadModel(Workload workload, int nrCpus, long seed) {
        List<TaskGroup> list = workload.groups();
        groups = list.size();
        maskWords = (nrCpus + 63) >>> 6;
        behaviour = new byte[groups];
        classOf = new int[groups];
        weight = new int[groups];
        burstMeanNs = new long[groups];
        sleepMeanNs = new long[groups];
        children = new int[groups];
        childBurstMeanNs = new long[groups];
        mask = new long[groups][maskWords];
        cpus = new int[groups][];
        perCpu = new boolean[groups];
        count = new int[groups];
        comm = new byte[groups][];
        cgroupId = new long[groups];
        for (int g = 0; g < groups; g++) {
            TaskGroup group = list.get(g);
            behaviour[g] = switch (group.kind()) {
                case HOG -> HOG;
                case INTERACTIVE -> INTERACTIVE;
                case FORKER -> FORKER;
                case KTHREAD -> KTHREAD;
            };
            int cls = classNames.indexOf(group.label());
            if (cls < 0) {
                cls = classNames.size();
                classNames.add(group.label());
            }
            classOf[g] = cls;
            weight[g] = group.weight();
            burstMeanNs[g] = group.burstNs();
            sleepMeanNs[g] = group.sleepNs();
            children[g] = group.children();
            childBurstMeanNs[g] = group.childBurstNs();
            perCpu[g] = group.perCpu() || group.kind() == TaskGroup.Kind.KTHREAD;
            count[g] = group.count();
            cpus[g] = group.cpus().isEmpty()
                    ? IntStream.range(0, nrCpus).toArray()
                    : group.cpus().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int cpu : cpus[g]) {
                mask[g][cpu >>> 6] |= 1L << (cpu & 63);
            }
            byte[] name = group.label().getBytes(StandardCharsets.UTF_8);
            comm[g] = name.length <= TaskBuffer.COMM_LEN ? name : Arrays.copyOf(name, TaskBuffer.COMM_LEN);
            if (!cgroupPaths.contains(group.cgroup())) {
                cgroupPaths.add(group.cgroup());
            }
            cgroupId[g] = cgroupPaths.indexOf(group.cgroup()) + 1;
        }
        random = new SplittableRandom(seed);
    }

    /** The ids of the workload's cgroups at {@code path} or below it, ascending. */
    long[] cgroupIdsUnder(String path) {
        String prefix = path.endsWith("/") ? path : path + "/";
        return IntStream.range(0, cgroupPaths.size())
                .filter(i -> path.equals("/") || cgroupPaths.get(i).equals(path) || cgroupPaths.get(i).startsWith(prefix))
                .mapToLong(i -> i + 1L).toArray();
    }

    /** CPU time of the next burst of a task behaving as {@code kind} in {@code group}. */
    long drawBurst(byte kind, int group) {
        return switch (kind) {
            case HOG -> Tasks.ENDLESS;
            case FORK_CHILD -> exponential(childBurstMeanNs[group]);
            default -> exponential(burstMeanNs[group]);
        };
    }

    /** Time asleep until the next wake-up of a task in {@code group}. */
    long drawSleep(int group) {
        return exponential(sleepMeanNs[group]);
    }

    /** When a task of {@code group} first becomes runnable: hogs at once, others after a first sleep. */
    long drawStart(int group) {
        return behaviour[group] == HOG ? 0 : drawSleep(group);
    }

    /** An exponential draw, at least 1 ns so that every new event lies strictly in the future. */
    private long exponential(long meanNs) {
        // StrictMath: the same draws on every platform, so a seed reproduces a run anywhere.
        double draw = -meanNs * StrictMath.log(1.0 - random.nextDouble());
        return Math.max(1L, draw >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) draw);
    }
}
