package org.hotsched.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The cgroup v2 hierarchy under the ids the kernel side reports: a cgroup's id is its kernfs node id, which
 * on 64-bit kernels is the inode number of its directory in the cgroup file system.
 */
final class CgroupFs {

    /** Where cgroup v2 is mounted: {@code /sys/fs/cgroup}, or {@code /sys/fs/cgroup/unified} on a hybrid v1/v2 system. */
    static final Path ROOT = mountPoint(Path.of("/proc/self/mounts"));

    private CgroupFs() {
    }

    /**
     * The ids of the cgroup at {@code path} (from the root of {@code root}) and of every cgroup below it,
     * ascending; empty when there is no such directory, the path leaves the hierarchy, or it cannot be read.
     */
    static long[] idsUnder(Path root, String path) {
        Path dir = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!dir.startsWith(root) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new long[0];
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            return tree.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).mapToLong(CgroupFs::inode)
                    .filter(id -> id > 0).sorted().toArray();
        } catch (IOException | UncheckedIOException e) {
            return new long[0];
        }
    }

    /** The first cgroup2 mount listed in {@code mounts}; {@code /sys/fs/cgroup} when none is. */
    static Path mountPoint(Path mounts) {
        try (Stream<String> lines = Files.lines(mounts)) {
            return lines.map(l -> l.split(" ")).filter(f -> f.length > 2 && f[2].equals("cgroup2"))
                    .map(f -> Path.of(f[1])).findFirst().orElse(Path.of("/sys/fs/cgroup"));
        } catch (IOException | UncheckedIOException e) {
            return Path.of("/sys/fs/cgroup");
        }
    }

    /** A directory's inode number; 0 when it went away meanwhile (cgroups come and go). */
    private static long inode(Path dir) {
        try {
            return ((Number) Files.getAttribute(dir, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (IOException e) {
            return 0;
        }
    }
}
