package org.hotsched.core.internal;

import org.hotsched.api.TaskBuffer;

/**
 * The swap gap bench's baseline: copying n task records from one {@link TaskBuffer} to another, the bare
 * data movement a hand-over cannot go below (a swap copies each held task twice: out of the old policy's
 * queue into the hand-over buffer, then into the new policy's queue).
 */
final class TaskCopyBaseline {

    private final TaskBuffer source;
    private final TaskBuffer target;

    TaskCopyBaseline(int tasks, int nrCpus) {
        source = new TaskBuffer(tasks, nrCpus);
        target = new TaskBuffer(tasks, nrCpus);
        for (int i = 0; i < tasks; i++) {
            source.append().pid(1000 + i).tgid(1000 + i).prevCpu(i % nrCpus).allowCpus(nrCpus)
                    .runtimeNs(i * 1_000L).generation(i).vtime(i).comm("hog");
        }
    }

    /** Copies the first {@code n} records; returns the time it took, ns. */
    long copyNs(int n) {
        long start = System.nanoTime();
        target.clear();
        for (int i = 0; i < n; i++) {
            target.add(source.task(i));
        }
        return System.nanoTime() - start;
    }
}
