package org.hotsched.libbpf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Assume;

/**
 * Skips a test, saying why on the console, when this machine lacks what it needs; under CI ({@code CI=true}, set by
 * {@code .ci/run}, which installs every prerequisite) fails it instead, so the drift checks never skip there.
 */
final class Skips {

    private Skips() {
    }

    static void unless(boolean condition, String reason) {
        unless(condition, reason, System.getenv("CI"));
    }

    /** {@code ci}: the value of the CI environment variable. */
    static void unless(boolean condition, String reason, String ci) {
        if (condition) {
            return;
        }
        if ("true".equals(ci)) {
            throw new AssertionError("a prerequisite is missing under CI (CI=true), which installs them all: " + reason);
        }
        System.err.println("SKIPPED: " + reason);
        Assume.assumeTrue(reason, false);
    }

    static void requireLibbpf() {
        try {
            LibbpfLoader.load();
        } catch (LibbpfUnavailableException e) {
            unless(false, e.getMessage());
        }
    }

    /** Loading BPF programs and maps needs root (CAP_BPF and CAP_PERFMON or CAP_SYS_ADMIN). */
    static void requireRoot() {
        unless(effectiveUid() == 0, "loading BPF objects needs root (CI runs as root): run the build as root");
    }

    /** What a test that loads bpf/test/roundtrip.bpf.o on the host kernel needs: libbpf, root and the object. */
    static byte[] requireRoundTripObject() {
        requireLibbpf();
        requireRoot();
        return requireObject("roundtrip.bpf.o");
    }

    /** A BPF object that bpf/test/build.sh compiled into the test classpath. */
    static byte[] requireObject(String name) {
        try (var in = Skips.class.getResourceAsStream("/" + name)) {
            unless(in != null, name + " was not built (bpf/test/build.sh said why): install the clang and"
                    + " libbpf-dev packages");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + " from the test classpath: " + e, e);
        }
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
