package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.hotsched.api.SchedulerPolicy;
import org.hotsched.sim.EevdfBaseline;
import org.junit.Test;

public class CompareCommandsTest {

    @Test
    public void runsWritesFilesAndFormats() throws Exception {
        Path dir = Path.of("target", "compare-cmd-test");
        Map<String, Supplier<SchedulerPolicy>> policies = Map.of("eevdf-1ms", () -> new EevdfBaseline(1_000_000));
        CompareReport report = CompareCommands.run(policies, dir, List.of("odd (bundle x): not prototype scope"));
        assertTrue(Files.size(report.csv()) > 100);
        assertTrue(Files.readString(report.svg()).startsWith("<?xml"));
        assertEquals(1 + 2 * 2 + 2 * 2 + 2 * 4, Files.readAllLines(report.csv()).size());
        String text = new SchedConverter().format(report, org.apache.felix.service.command.Converter.INSPECT, null)
                .toString();
        assertTrue(text, text.contains("eevdf-1ms"));
        assertTrue(text, text.contains("eevdf-baseline"));
        assertTrue(text, text.contains("skipped: odd"));
        assertTrue(text, text.contains("chart: " + report.svg()));
        System.out.println(text);
    }

    @Test
    public void unwritableDirectoryFailsInOneLine() throws Exception {
        Path file = Files.createDirectories(Path.of("target")).resolve("compare-not-a-dir");
        Files.writeString(file, "x");
        try {
            CompareCommands.run(Map.of(), file.resolve("sub"), List.of());
            throw new AssertionError("expected a CommandFailure");
        } catch (CommandFailure e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("sched:compare: cannot write to "));
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
