package org.hotsched.libbpf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The host C compiler, for syntax-only checks against the libbpf headers. It must be GCC: the drift check
 * relies on GCC's {@code -Wtraditional-conversion} to see argument widths. {@code cc} is used when it is GCC,
 * else {@code gcc}.
 */
final class CCompiler {

    /** The result of one compiler run. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private final String command;

    private CCompiler(String command) {
        this.command = command;
    }

    /** The compiler, or a skipped test naming the package to install when it or the libbpf headers are missing. */
    static CCompiler findOrSkip(Path workDir) {
        Optional<String> gcc = Stream.of("cc", "gcc").filter(CCompiler::isGcc).findFirst();
        Skips.unless(gcc.isPresent(), "no GCC found as cc or gcc: install the gcc package");
        CCompiler compiler = new CCompiler(gcc.get());
        Result headers = compiler.syntaxCheck(workDir, "probe_libbpf_headers.c",
                "#include <bpf/libbpf.h>\n#include <bpf/bpf.h>\n", List.of());
        Skips.unless(headers.ok(), "the libbpf headers (<bpf/libbpf.h>) are missing: install the libbpf-dev package");
        return compiler;
    }

    /** Writes {@code source} to {@code dir/fileName} and compiles it with {@code -fsyntax-only -Werror}. */
    Result syntaxCheck(Path dir, String fileName, String source, List<Path> includeDirs) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName);
            Files.writeString(file, source, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(command, "-std=gnu11", "-fsyntax-only", "-Werror", "-Wall",
                    "-Wtraditional-conversion"));
            includeDirs.forEach(d -> cmd.add("-I" + d));
            cmd.add(file.toString());
            return run(cmd);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + fileName + " into " + dir + ": " + e, e);
        }
    }

    private static boolean isGcc(String command) {
        try {
            Result r = run(List.of(command, "-dM", "-E", "-x", "c", "/dev/null"));
            return r.ok() && r.output().contains("__GNUC__") && !r.output().contains("__clang__");
        } catch (IllegalStateException notInstalled) {
            return false;
        }
    }

    private static Result run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", cmd) + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd.getFirst(), e);
        }
    }
}
