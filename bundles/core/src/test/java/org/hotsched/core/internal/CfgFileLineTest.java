package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** One key of a .cfg file set in place: comments and other keys kept, the file replaced whole. */
public class CfgFileLineTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void replacesTheKeysLineAndKeepsEverythingElse() throws Exception {
        Path etc = folder.newFolder("etc").toPath();
        Path cfg = etc.resolve("org.hotsched.core.cfg");
        Files.write(cfg, List.of("# the policy", "policy = fifo", "", "# slice", "slice.ns=5000000"));
        assertTrue(CfgFileLine.set(cfg, "policy", "fair"));
        assertEquals(List.of("# the policy", "policy=fair", "", "# slice", "slice.ns=5000000"), Files.readAllLines(cfg));
        assertFalse("already set", CfgFileLine.set(cfg, "policy", "fair"));
        try (var files = Files.list(folder.getRoot().toPath())) {
            assertEquals("no temporary file is left beside etc/", List.of(etc), files.toList());
        }
    }

    @Test
    public void appendsAMissingKey() throws Exception {
        Path cfg = folder.newFolder("etc").toPath().resolve("x.cfg");
        Files.write(cfg, List.of("slice.ns=1"));
        assertTrue(CfgFileLine.set(cfg, "policy", "edf"));
        assertEquals(List.of("slice.ns=1", "policy=edf"), Files.readAllLines(cfg));
    }

    @Test
    public void fileInstallNamesTheFileAsAUrl() {
        assertEquals(Path.of("/opt/hotsched/etc/a.cfg"), CfgFileLine.fileOf("file:/opt/hotsched/etc/a.cfg"));
        assertNull(CfgFileLine.fileOf(null));
    }
}
