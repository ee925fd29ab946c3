package org.hotsched.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The C baseline, bpf/test/bench_consumer.c: compiled with gcc once per bench run, run as a process per round. */
final class CConsumer {

    private static final Pattern RESULT = Pattern.compile(
            "bench_consumer: tasks=\\d+ kernel=([\\d.]+) consume=([\\d.]+) decide=([\\d.]+) total=[\\d.]+");

    /** gcc could not build the consumer for a reason the machine, not the code, is to blame for. */
    static final class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason);
        }
    }

    private final Path binary;
    private final Path object;

    private CConsumer(Path binary, Path object) {
        this.binary = binary;
        this.object = object;
    }

    /**
     * Compiles {@code bpfDir/test/bench_consumer.c} into {@code workDir}, next to a copy of the BPF object
     * the Java path loads, so both run the same bytes.
     */
    static CConsumer build(Path bpfDir, Path workDir, byte[] elf) throws Unavailable {
        try {
            Files.createDirectories(workDir);
            Path object = Files.write(workDir.resolve("bench_rings.bpf.o"), elf);
            Path binary = workDir.resolve("bench_consumer");
            List<String> cmd = List.of("gcc", "-O2", "-std=gnu11", "-Wall", "-Wextra", "-Werror",
                    "-I" + bpfDir, "-o", binary.toString(), bpfDir.resolve("test/bench_consumer.c").toString(),
                    "-lbpf");
            Output out = run(cmd);
            if (out.exitCode() != 0) {
                if (out.text().contains("bpf/libbpf.h")) {
                    throw new Unavailable("the libbpf headers are missing: install the libbpf-dev package");
                }
                throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out.text());
            }
            return new CConsumer(binary, object);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + workDir + ": " + e.getMessage(), e);
        }
    }

    /** One round: {@code warmUp} untimed iterations then {@code iterations} timed ones, in a fresh process. */
    PathTimes run(int batchSize, int warmUp, int iterations, int nrCpus) {
        List<String> cmd = List.of(binary.toString(), object.toString(), Integer.toString(batchSize),
                Integer.toString(warmUp), Integer.toString(iterations), Integer.toString(nrCpus));
        Output out = run(cmd);
        Matcher m = RESULT.matcher(out.text());
        if (out.exitCode() != 0 || !m.find()) {
            throw new IllegalStateException("bench_consumer failed (exit " + out.exitCode() + "):\n" + out.text());
        }
        return new PathTimes(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)));
    }

    private record Output(int exitCode, String text) {
    }

    private static Output run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd.getFirst() + " did not finish in 300 s");
            }
            return new Output(p.exitValue(), text);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd.getFirst(), e);
        }
    }
}
