package org.hotsched.core.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What attaching a sched_ext scheduler needs from the machine, checked in the order a user fixes them.
 * Each problem is one line naming the fix.
 */
final class BpfPrerequisites {

    static final Path SCHED_EXT = Path.of("/sys/kernel/sched_ext");
    private static final int CAP_SYS_ADMIN = 21;
    private static final int CAP_BPF = 39;

    private BpfPrerequisites() {
    }

    /** Empty when sched_ext can be tried here, else why not. */
    static Optional<String> missing() {
        if (!Files.isDirectory(SCHED_EXT)) {
            return Optional.of("this kernel has no sched_ext (" + SCHED_EXT + " is missing): boot a kernel built "
                    + "with CONFIG_SCHED_CLASS_EXT, e.g. Debian's 6.17 or newer");
        }
        if (!privileged()) {
            return Optional.of("attaching a sched_ext scheduler needs CAP_SYS_ADMIN and CAP_BPF: run hotsched as root");
        }
        String state = sysfs("state");
        if ("enabled".equals(state) || "enabling".equals(state)) {
            return Optional.of("another sched_ext scheduler is attached (" + sysfs("root/ops")
                    + "): stop it first (cat " + SCHED_EXT.resolve("root/ops") + " names it)");
        }
        return Optional.empty();
    }

    /** A line of {@code /sys/kernel/sched_ext/NAME}, or "?" when it cannot be read. */
    static String sysfs(String name) {
        try {
            return Files.readString(SCHED_EXT.resolve(name)).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static boolean privileged() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    BigInteger caps = new BigInteger(line.substring(7).trim(), 16);
                    return caps.testBit(CAP_SYS_ADMIN) && caps.testBit(CAP_BPF);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }
}
