package org.hotsched.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hotsched.libbpf.LibbpfLoader;

/**
 * The ring-path bench: ns per task of the Java path (ring buffer, TaskBuffer copy, FIFO decision, user ring
 * buffer; {@link JavaRingPath}) against bpf/test/bench_consumer.c doing the same in C, on the same
 * bench_rings.bpf.o, in the same run: rounds alternate between the two, and the ratio Java/C is the median
 * of the rounds' ratios, so a noisy neighbour skews both sides of a round alike. Also prints the bytes the
 * Java thread allocated per decision over the measured iterations.
 *
 * <p>Run by {@code mvn -pl bundles/core -Pbench verify}, as root. Settings (system properties):
 * {@code bench.batch} tasks per test run (64), {@code bench.rounds} (7), {@code bench.iterations} measured
 * per round and consumer (20000), {@code bench.warmup} untimed before each round (2000),
 * {@code bench.jitWarmup} untimed Java iterations before the first round (50000).
 * Without root, gcc, libbpf or the BPF object it prints why and exits 0.
 */
public final class RingPathBench {

    /** Issue 8's goal for the whole path, Java over C, the median of the rounds (it was 1.25 before). */
    private static final double RATIO_GOAL = 1.10;

    private RingPathBench() {
    }

    public static void main(String[] args) throws IOException {
        Optional<String> missing = BenchPrerequisites.missing();
        if (missing.isPresent()) {
            System.out.println("ring-path bench skipped: " + missing.get());
            return;
        }
        int batch = Integer.getInteger("bench.batch", 64);
        int rounds = Integer.getInteger("bench.rounds", 7);
        int iterations = Integer.getInteger("bench.iterations", 20_000);
        int warmUp = Integer.getInteger("bench.warmup", 2_000);
        int jitWarmUp = Integer.getInteger("bench.jitWarmup", 50_000);
        // The queued ring (HOTSCHED_QUEUED_RING_BYTES, 1 MiB) holds ~4680 records of 216 + 8 bytes: a batch must fit.
        if (batch < 1 || batch > 4096 || rounds < 1 || iterations < 1 || warmUp < 0 || jitWarmUp < 0) {
            throw new IllegalArgumentException("bench.batch must be 1..4096, bench.rounds and bench.iterations"
                    + " positive, the warm-ups not negative");
        }
        Path bpfDir = Path.of(System.getProperty("hotsched.bpf.dir", "../../bpf"));
        Path workDir = Path.of(System.getProperty("bench.workDir", "target/bench"));
        int nrCpus = Runtime.getRuntime().availableProcessors();
        byte[] elf = BenchPrerequisites.object();

        CConsumer c;
        try {
            c = CConsumer.build(bpfDir, workDir, elf);
        } catch (CConsumer.Unavailable e) {
            System.out.println("ring-path bench skipped: " + e.getMessage());
            return;
        }

        StringBuilder report = new StringBuilder();
        print(report, header(batch, rounds, iterations, warmUp, jitWarmUp, nrCpus));
        print(report, BenchReport.COLUMNS);
        List<PathTimes> javaTimes = new ArrayList<>();
        List<PathTimes> cTimes = new ArrayList<>();
        double[] bytesPerDecision = new double[rounds];
        try (JavaRingPath java = new JavaRingPath(elf, batch, nrCpus)) {
            java.warmUp(jitWarmUp);
            for (int r = 0; r < rounds; r++) {
                // Alternate who goes first, so a slow stretch of the machine does not always hit one side.
                if (r % 2 == 0) {
                    java.warmUp(warmUp);
                    JavaRingPath.Round round = java.measure(iterations);
                    PathTimes cRound = c.run(batch, warmUp, iterations, nrCpus);
                    record(report, javaTimes, cTimes, bytesPerDecision, r, round, cRound);
                } else {
                    PathTimes cRound = c.run(batch, warmUp, iterations, nrCpus);
                    java.warmUp(warmUp);
                    JavaRingPath.Round round = java.measure(iterations);
                    record(report, javaTimes, cTimes, bytesPerDecision, r, round, cRound);
                }
            }
        }
        print(report, BenchReport.summary(javaTimes, cTimes, bytesPerDecision, RATIO_GOAL));
        Path saved = Files.writeString(workDir.resolve("ring-path-bench.txt"), report);
        System.out.println("(saved in " + saved + ")");
    }

    private static void print(StringBuilder report, String lines) {
        System.out.println(lines);
        report.append(lines).append(System.lineSeparator());
    }

    private static void record(StringBuilder report, List<PathTimes> javaTimes, List<PathTimes> cTimes,
                               double[] bytesPerDecision, int r, JavaRingPath.Round java, PathTimes c) {
        javaTimes.add(java.times());
        cTimes.add(c);
        bytesPerDecision[r] = java.bytesPerDecision();
        print(report, BenchReport.row("round " + (r + 1) + " java", java.times(), java.bytesPerDecision()));
        print(report, BenchReport.row("round " + (r + 1) + " c", c, Double.NaN));
    }

    private static String header(int batch, int rounds, int iterations, int warmUp, int jitWarmUp, int nrCpus) {
        return String.format(Locale.ROOT, "ring-path bench, %s, %s (%d CPUs), kernel %s, libbpf %s, %s %s%n"
                        + "batch %d tasks per test run; each round: %d warm-up + %d measured iterations (%d tasks) per"
                        + " consumer; %d rounds, Java and C alternating; Java warmed up by %d iterations first",
                LocalDate.now(), cpuModel(), nrCpus, System.getProperty("os.version"), LibbpfLoader.load(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), batch, warmUp, iterations,
                (long) iterations * batch, rounds, jitWarmUp);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
