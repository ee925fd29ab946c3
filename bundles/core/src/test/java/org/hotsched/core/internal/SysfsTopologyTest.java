package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hotsched.api.CpuTopology;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SysfsTopologyTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private void cpu(Path root, int cpu, int pkg, int core, int llc, int node) throws Exception {
        Path dir = root.resolve("cpu" + cpu);
        Files.createDirectories(dir.resolve("topology"));
        Files.createDirectories(dir.resolve("cache/index3"));
        Files.createDirectories(dir.resolve("node" + node));
        Files.writeString(dir.resolve("topology/physical_package_id"), pkg + "\n");
        Files.writeString(dir.resolve("topology/core_id"), core + "\n");
        Files.writeString(dir.resolve("cache/index3/id"), llc + "\n");
    }

    @Test
    public void readsSmtSiblingsCachesAndNodes() throws Exception {
        Path root = tmp.getRoot().toPath();
        Files.writeString(root.resolve("possible"), "0-3\n");
        cpu(root, 0, 0, 0, 0, 0);
        cpu(root, 1, 0, 1, 0, 0);
        cpu(root, 2, 0, 0, 0, 0);
        cpu(root, 3, 1, 0, 1, 1);
        CpuTopology t = SysfsTopology.read(root);
        assertEquals(4, t.nrCpus());
        assertTrue("cpu0 and cpu2 share a core", t.smtSiblings(0, 2));
        assertFalse("core ids repeat across packages", t.smtSiblings(0, 3));
        assertEquals(t.llcOf(0), t.llcOf(1));
        assertEquals(1, t.nodeOf(3));
    }

    @Test
    public void parsesCpuLists() {
        assertEquals(3, SysfsTopology.lastOfRange("0-3"));
        assertEquals(5, SysfsTopology.lastOfRange("0,2-5"));
        assertEquals(0, SysfsTopology.lastOfRange("0"));
    }

    @Test
    public void readsThisMachine() {
        assertTrue(SysfsTopology.read().nrCpus() >= 1);
    }
}
