package org.hotsched.core.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.hotsched.libbpf.LibbpfLoader;
import org.hotsched.libbpf.LibbpfUnavailableException;

/** What the ring-path bench needs from the machine; each missing piece is named with its fix. */
final class BenchPrerequisites {

    static final String OBJECT = "bench_rings.bpf.o";

    private BenchPrerequisites() {
    }

    /** Why the bench cannot run here, if it cannot. */
    static Optional<String> missing() {
        if (effectiveUid() != 0) {
            return Optional.of("loading BPF objects needs root: run the bench as root");
        }
        if (!onPath("gcc")) {
            return Optional.of("gcc not found, the C baseline cannot be built: install the gcc package");
        }
        try {
            LibbpfLoader.load();
        } catch (LibbpfUnavailableException e) {
            return Optional.of(e.getMessage());
        }
        if (BenchPrerequisites.class.getResource("/" + OBJECT) == null) {
            return Optional.of(OBJECT + " was not built (bpf/test/build.sh said why): install the clang and"
                    + " libbpf-dev packages");
        }
        return Optional.empty();
    }

    /** The bench's BPF object, from the test classpath where bpf/test/build.sh put it. */
    static byte[] object() {
        try (InputStream in = BenchPrerequisites.class.getResourceAsStream("/" + OBJECT)) {
            if (in == null) {
                throw new IllegalStateException(OBJECT + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + OBJECT + ": " + e.getMessage(), e);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static long effectiveUid() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Uid:"))
                    .map(l -> Long.parseLong(l.split("\\s+")[2]))
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
