package org.hotsched.shell.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code sched:compare} returns.
 *
 * @param description what was run (policies, workloads, CPUs, seed, duration)
 * @param table the comparison as an aligned text table
 * @param csv where the CSV was written
 * @param svg where the SVG chart was written
 * @param skipped policies left out, each with the reason
 */
public record CompareReport(String description, String table, Path csv, Path svg, List<String> skipped) {

    public CompareReport {
        skipped = List.copyOf(skipped);
    }
}
