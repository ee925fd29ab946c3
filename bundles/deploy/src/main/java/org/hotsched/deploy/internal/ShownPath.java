package org.hotsched.deploy.internal;

import java.io.IOException;
import java.nio.file.Path;

/** Paths as the user knows them: relative to the folder hotsched runs in, else absolute. */
final class ShownPath {

    private final Path workingDir;

    ShownPath(Path workingDir) {
        this.workingDir = real(workingDir);
    }

    String of(Path path) {
        Path absolute = real(path);
        return absolute.startsWith(workingDir) ? workingDir.relativize(absolute).toString() : absolute.toString();
    }

    /** FileInstall hands over canonical paths, so compare canonical with canonical. */
    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
