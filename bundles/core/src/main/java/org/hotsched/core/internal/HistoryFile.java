package org.hotsched.core.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hotsched.core.HistoryEntry;

/**
 * The activation history on disk, so that {@code sched:history} and {@code sched:rollback} reach across a restart:
 * one line per activation, tab-separated, every text field URL-encoded (so no tab or line break in a name or a
 * reason can split it). Written whole to a temporary file and moved over the old one, so a crash leaves either
 * the old history or the new one; a line that does not parse is skipped, so a damaged file loses only that line.
 */
final class HistoryFile {

    private static final int FIELDS = 13;

    private final Path file;

    HistoryFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    void save(List<HistoryEntry> entries) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "history-", ".partial");
        try {
            Files.write(partial, entries.stream().map(HistoryFile::line).toList(), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** What the file holds, oldest first; empty when there is no file. Lines that do not parse are skipped. */
    List<HistoryEntry> load() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (String line : lines) {
            HistoryEntry entry = parse(line);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static String line(HistoryEntry e) {
        String configuration = e.configuration() == null ? "" : e.configuration().entrySet().stream()
                .map(c -> encode(c.getKey()) + "=" + encode(c.getValue())).collect(Collectors.joining("&"));
        return String.join("\t", Long.toString(e.sequence()), e.at().toString(), encode(e.policy()),
                encode(e.bundle()), encode(e.version()), encode(e.trigger()), Long.toString(e.prepareNs()),
                Long.toString(e.decidedWhilePreparing()), Long.toString(e.swapGapNs()), Long.toString(e.blackoutNs()),
                Integer.toString(e.tasksHandedOver()), encode(e.outcome()), encode(configuration));
    }

    private static HistoryEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            return null;
        }
        try {
            Map<String, String> configuration = new LinkedHashMap<>();
            String pairs = decode(f[12]);
            for (String pair : pairs.isEmpty() ? new String[0] : pairs.split("&")) {
                int eq = pair.indexOf('=');
                configuration.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
            return new HistoryEntry(Long.parseLong(f[0]), Instant.parse(f[1]), decode(f[2]), decode(f[3]), decode(f[4]),
                    Map.copyOf(configuration), decode(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                    Long.parseLong(f[8]), Long.parseLong(f[9]), Integer.parseInt(f[10]), decode(f[11]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
