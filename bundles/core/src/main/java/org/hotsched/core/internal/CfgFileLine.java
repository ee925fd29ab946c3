package org.hotsched.core.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sets one key of a FileInstall {@code .cfg} file, keeping its comments and every other line, and replaces
 * the file in one atomic rename. FileInstall's own write-back truncates the file and then fills it, and its
 * watcher can read the empty file in between and apply it, wiping the configuration (FELIX-6515); so the
 * distribution turns that write-back off and the bridge writes its one key itself. The temporary file lies
 * beside the watched folder, not in it, so FileInstall never sees it.
 */
final class CfgFileLine {

    private CfgFileLine() {
    }

    /** The file FileInstall read a configuration from ({@code felix.fileinstall.filename}), or {@code null}. */
    static Path fileOf(Object fileInstallFilename) {
        if (fileInstallFilename == null) {
            return null;
        }
        try {
            String name = fileInstallFilename.toString();
            return name.startsWith("file:") ? Path.of(URI.create(name)) : Path.of(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Sets {@code key=value} in {@code file} (a plain value: letters, digits, '-', '_', '.'); returns whether it changed. */
    static boolean set(Path file, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        Pattern keyLine = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        String wanted = key + "=" + value;
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (keyLine.matcher(lines.get(i)).matches()) {
                at = i;
            }
        }
        if (at >= 0 && lines.get(at).equals(wanted)) {
            return false;
        }
        if (at >= 0) {
            lines.set(at, wanted);
        } else {
            lines.add(wanted);
        }
        replace(file, lines);
        return true;
    }

    private static void replace(Path file, List<String> lines) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path beside = folder.getParent() != null ? folder.getParent() : folder;
        Path tmp = Files.createTempFile(beside, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
