package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotsched.api.SchedulerPolicy;
import org.hotsched.core.HistoryEntry;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class HistoryFileTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static HistoryEntry entry(long sequence, String policy, String version, String trigger, String outcome) {
        return new HistoryEntry(sequence, Instant.parse("2026-12-06T01:00:00Z").plusSeconds(sequence), policy,
                "org.example." + policy, version, Map.of("slice.ns", "2000000", "odd key", "a=b&c\td"), trigger,
                8_000_000, 41, 12_500, 40_000, 7, outcome);
    }

    @Test
    public void whatIsSavedIsReadBackEvenWithTabsAndLineBreaksInTheTexts() throws Exception {
        HistoryFile file = new HistoryFile(folder.getRoot().toPath().resolve("data/history.tsv"));
        assertEquals(List.of(), file.load());
        List<HistoryEntry> entries = List.of(entry(1, "fifo", "1.0.0", "start", "replaced"),
                entry(2, "swappy", "2.0.0", "sched:use", "rolled back: threw\tX\nin dispatch"));
        file.save(entries);
        assertEquals(entries, file.load());
    }

    @Test
    public void aDamagedLineIsSkippedAndTheOthersRead() throws Exception {
        Path path = folder.getRoot().toPath().resolve("history.tsv");
        HistoryFile file = new HistoryFile(path);
        file.save(List.of(entry(1, "fifo", "1.0.0", "start", "replaced"), entry(2, "fair", "1.0.0", "sched:use", "active")));
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        lines.set(0, lines.get(0).substring(0, 20));
        Files.write(path, lines, StandardCharsets.UTF_8);
        assertEquals(List.of(entry(2, "fair", "1.0.0", "sched:use", "active")), file.load());
    }

    /**
     * A new run starts after the earlier runs' entries: the one active at the stop counts as replaced, numbering
     * goes on, and a rollback finds an earlier run's release (by bundle and version) to return to.
     */
    @Test
    public void theHistoryOfEarlierRunsIsWhereARollbackLooks() {
        ActivationHistory history = new ActivationHistory(List.of(entry(1, "fifo", "1.0.0", "start", "replaced"),
                entry(2, "fair", "1.0.0", "sched:use", "active")));
        PolicyHandle fair = handle("fair", "1.0.0", 11);
        PolicyHandle builtin = handle("builtin-fifo", "0", -1);
        history.activated(fair, "start", DispatchLoop.SwapFigures.NONE);
        List<HistoryEntry> entries = history.entries();
        assertEquals(3, entries.size());
        assertEquals("replaced", entries.get(1).outcome());
        assertEquals(3, entries.get(2).sequence());
        PolicyHandle previous = history.previous(fair, builtin, h -> false).orElseThrow();
        assertEquals("org.example.fifo 1.0.0", previous.release());
        assertEquals(ActivationHistory.EARLIER_RUN, previous.bundleId());
    }

    @Test
    public void theHistoryKeepsItsNewestEntriesOnly() {
        List<HistoryEntry> earlier = new ArrayList<>();
        for (int i = 1; i <= ActivationHistory.MAX_ENTRIES + 10; i++) {
            earlier.add(entry(i, "fifo", "1.0." + i, "sched:use", "replaced"));
        }
        ActivationHistory history = new ActivationHistory(earlier);
        history.activated(handle("fair", "1.0.0", 11), "start", DispatchLoop.SwapFigures.NONE);
        List<HistoryEntry> entries = history.entries();
        assertEquals(ActivationHistory.MAX_ENTRIES, entries.size());
        assertEquals(ActivationHistory.MAX_ENTRIES + 11, entries.getLast().sequence());
        assertTrue(entries.getFirst().sequence() > 11);
    }

    private static PolicyHandle handle(String name, String version, long bundleId) {
        SchedulerPolicy policy = new HoldingPolicy(name);
        return new PolicyHandle(policy, name, "", "org.example." + name, version, 0, bundleId, bundleId, Map.of());
    }
}
