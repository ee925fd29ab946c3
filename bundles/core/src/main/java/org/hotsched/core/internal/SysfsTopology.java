package org.hotsched.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotsched.api.CpuTopology;

/** Reads the machine's CPU topology from sysfs: cores (SMT siblings), last-level caches, NUMA nodes. */
final class SysfsTopology {

    private static final Path CPUS = Path.of("/sys/devices/system/cpu");

    private SysfsTopology() {
    }

    static CpuTopology read() {
        return read(CPUS);
    }

    /** Reads from {@code root} laid out like /sys/devices/system/cpu; unknown ids count as one domain. */
    static CpuTopology read(Path root) {
        int nrCpus = lastOfRange(text(root.resolve("possible"), "0")) + 1;
        nrCpus = Math.min(nrCpus, CpuTopology.MAX_CPUS);
        int[] core = new int[nrCpus];
        int[] llc = new int[nrCpus];
        int[] node = new int[nrCpus];
        for (int cpu = 0; cpu < nrCpus; cpu++) {
            Path dir = root.resolve("cpu" + cpu);
            int pkg = number(dir.resolve("topology/physical_package_id"), 0);
            // core_id is only unique within a package.
            core[cpu] = pkg * 65_536 + number(dir.resolve("topology/core_id"), cpu);
            llc[cpu] = number(dir.resolve("cache/index3/id"), pkg);
            node[cpu] = nodeOf(dir);
        }
        return CpuTopology.of(core, llc, node);
    }

    private static int nodeOf(Path cpuDir) {
        try (var entries = Files.list(cpuDir)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("node\\d+"))
                    .mapToInt(n -> Integer.parseInt(n.substring(4)))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last number of a sysfs CPU list such as "0-3" or "0,2-5". */
    static int lastOfRange(String list) {
        String last = list.trim();
        int comma = last.lastIndexOf(',');
        if (comma >= 0) {
            last = last.substring(comma + 1);
        }
        int dash = last.indexOf('-');
        return Integer.parseInt(dash >= 0 ? last.substring(dash + 1) : last);
    }

    private static String text(Path file, String fallback) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return fallback;
        }
    }

    private static int number(Path file, int fallback) {
        try {
            return Integer.parseInt(text(file, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
