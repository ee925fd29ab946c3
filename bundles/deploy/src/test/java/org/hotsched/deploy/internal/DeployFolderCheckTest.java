package org.hotsched.deploy.internal;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DeployFolderCheckTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final List<String> lines = new ArrayList<>();
    private Path deploy;
    private DeployFolderCheck check;

    @Before
    public void setUp() throws IOException {
        deploy = tmp.newFolder("deploy").toPath();
        check = new DeployFolderCheck(List.of(deploy), tmp.getRoot().toPath(), lines::add);
    }

    @Test
    public void saysOnceThatLinksToFoldersAndFoldersAreIgnored() throws IOException {
        Files.createSymbolicLink(deploy.resolve("a"), Path.of("."));
        Files.createSymbolicLink(deploy.resolve("b"), Path.of("."));
        Files.createDirectory(deploy.resolve("old"));
        Files.writeString(deploy.resolve("policy.jar"), "a file");

        check.check();
        check.check();

        assertEquals(List.of(
                "hotsched: deploy/a is a link to a folder: only the files in deploy/ are read, so it is ignored; remove it",
                "hotsched: deploy/b is a link to a folder: only the files in deploy/ are read, so it is ignored; remove it",
                "hotsched: deploy/old is a folder: only the files in deploy/ are read, so it is ignored; remove it"),
                lines.stream().sorted().toList());
    }

    @Test
    public void saysAFindingAgainOnlyAfterItWentAway() throws IOException {
        Files.createDirectory(deploy.resolve("old"));
        check.check();
        Files.delete(deploy.resolve("old"));
        check.check();
        Files.createDirectory(deploy.resolve("old"));
        check.check();

        assertEquals(2, lines.size());
    }

    @Test
    public void saysWhenTheFolderIsGoneAndWhatToDo() throws IOException {
        Files.delete(deploy);
        check.check();

        assertEquals(List.of("hotsched: deploy/ is missing: the bundles installed from it stay, and nothing new is"
                + " installed until it is back (mkdir deploy)"), lines);
    }

    @Test
    public void watchesEveryFolderFileInstallIsGiven() {
        assertEquals(List.of(Path.of("deploy").toAbsolutePath(), Path.of("etc").toAbsolutePath()),
                DeployFolderCheck.watched("deploy, etc"));
        assertEquals(List.of(), DeployFolderCheck.watched(null));
    }
}
