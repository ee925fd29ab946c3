package org.hotsched.core.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Cgroup paths to the ids the kernel side reports: directories' inode numbers, the path and all below it. */
public class CgroupFsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static long inode(Path p) throws Exception {
        return ((Number) Files.getAttribute(p, "unix:ino")).longValue();
    }

    @Test
    public void aPathAndEveryDirectoryBelowIt() throws Exception {
        Path root = folder.getRoot().toPath();
        Path slice = Files.createDirectories(root.resolve("system.slice"));
        Path nginx = Files.createDirectories(slice.resolve("nginx.service"));
        Files.createDirectories(root.resolve("user.slice"));
        Files.writeString(nginx.resolve("cgroup.procs"), "1\n");
        long[] expected = {inode(slice), inode(nginx)};
        Arrays.sort(expected);
        assertArrayEquals(expected, CgroupFs.idsUnder(root, "/system.slice"));
        assertArrayEquals(new long[] {inode(nginx)}, CgroupFs.idsUnder(root, "/system.slice/nginx.service/"));
        assertEquals(4, CgroupFs.idsUnder(root, "/").length);
    }

    @Test
    public void aMissingPathOrOneLeavingTheHierarchyHasNoIds() {
        Path root = folder.getRoot().toPath();
        assertEquals(0, CgroupFs.idsUnder(root, "/no/such.slice").length);
        assertEquals(0, CgroupFs.idsUnder(root, "/../..").length);
    }

    @Test
    public void theCgroup2MountIsFoundInTheMountTable() throws Exception {
        Path mounts = folder.newFile("mounts").toPath();
        Files.writeString(mounts, "cgroup /sys/fs/cgroup/cpu cgroup rw 0 0\ncgroup2 /sys/fs/cgroup/unified cgroup2 rw 0 0\n");
        assertEquals(Path.of("/sys/fs/cgroup/unified"), CgroupFs.mountPoint(mounts));
        Files.writeString(mounts, "proc /proc proc rw 0 0\n");
        assertEquals(Path.of("/sys/fs/cgroup"), CgroupFs.mountPoint(mounts));
    }

    /** On this machine's own cgroup v2 hierarchy: the test's own cgroup, as /proc/self/cgroup names it. */
    @Test
    public void thisProcessesOwnCgroupIsFound() throws Exception {
        Path self = Path.of("/proc/self/cgroup");
        assumeTrue("no cgroup v2 hierarchy mounted (looked at " + CgroupFs.ROOT + ")",
                Files.exists(CgroupFs.ROOT.resolve("cgroup.controllers")) && Files.exists(self));
        String line = Files.readAllLines(self).stream().filter(l -> l.startsWith("0::")).findFirst().orElse(null);
        assumeTrue("no cgroup v2 line in /proc/self/cgroup", line != null);
        String path = line.substring(3);
        long own = inode(CgroupFs.ROOT.resolve(path.substring(1)));
        assertTrue(path, Arrays.binarySearch(CgroupFs.idsUnder(CgroupFs.ROOT, path), own) >= 0);
        assertTrue(Arrays.binarySearch(CgroupFs.idsUnder(CgroupFs.ROOT, "/"), own) >= 0);
    }
}
