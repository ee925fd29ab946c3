package org.hotsched.deploy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DeployGuardTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final List<String> lines = new ArrayList<>();
    private Path deploy;
    private DeployGuard guard;

    @Before
    public void setUp() throws IOException {
        deploy = tmp.newFolder("deploy").toPath();
        guard = new DeployGuard(tmp.getRoot().toPath(), lines::add, new DeployTrust(null, "root"));
    }

    @Test
    public void claimsOnlyJarsThatAreNotBundles() throws IOException {
        assertTrue(guard.canHandle(TestJars.garbage(deploy.resolve("broken.jar")).toFile()));
        assertTrue(guard.canHandle(TestJars.plainJar(deploy.resolve("library.JAR")).toFile()));
        assertFalse(guard.canHandle(TestJars.bundle(deploy.resolve("policy.jar"), "org.example.policy").toFile()));
        assertFalse(guard.canHandle(TestJars.garbage(deploy.resolve("notes.txt")).toFile()));
        assertFalse(guard.canHandle(TestJars.garbage(deploy.resolve("org.hotsched.core.cfg")).toFile()));
    }

    /** A jar another user owns, or one in a folder others may write to, is code anyone could have put there. */
    @Test
    public void refusesJarsThatCannotBeTrustedInOneLineSayingWhatToDo() throws IOException {
        Path policy = TestJars.bundle(deploy.resolve("policy.jar"), "org.example.policy");
        Files.setPosixFilePermissions(deploy, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertFalse(guard.canHandle(policy.toFile()));
        Files.setOwner(policy, policy.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        assertTrue(guard.canHandle(policy.toFile()));
        guard.install(policy.toFile());
        assertEquals(List.of("hotsched: deploy/policy.jar is refused: it belongs to nobody, not to root: chown it and"
                + " touch it, or set hotsched.deploy.trust=any"), lines);
        assertFalse("trust=any turns the check off", new DeployGuard(tmp.getRoot().toPath(), lines::add,
                new DeployTrust("any", "root")).canHandle(policy.toFile()));

        Files.setOwner(policy, policy.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"));
        Files.setPosixFilePermissions(deploy, PosixFilePermissions.fromString("rwxrwxrwx"));
        lines.clear();
        guard.install(policy.toFile());
        assertEquals(List.of("hotsched: deploy/policy.jar is refused: its folder deploy is writable by others"
                + " (rwxrwxrwx), so anyone could put code into hotsched: chmod go-w it and touch the jar, or set"
                + " hotsched.deploy.trust=any"), lines);
    }

    @Test
    public void installSaysInOneLineWhatIsWrongAndWhatToDo() throws IOException {
        File broken = TestJars.garbage(deploy.resolve("broken.jar")).toFile();
        guard.install(broken);
        assertEquals(List.of("hotsched: deploy/broken.jar is not an OSGi bundle (zip END header not found): "
                + "replace it with a policy bundle jar or remove it"), lines);
    }

    @Test
    public void anUpdateThatIsStillBrokenIsReportedAgain() throws IOException {
        File broken = TestJars.garbage(deploy.resolve("broken.jar")).toFile();
        guard.install(broken);
        TestJars.plainJar(broken.toPath());
        guard.update(broken);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1), lines.get(1).contains("(its manifest has no Bundle-SymbolicName)"));
    }

    @Test
    public void aFileReplacedByABundleIsTouchedSoThatFileInstallLooksAgain() throws IOException {
        Path jar = TestJars.bundle(deploy.resolve("broken.jar"), "org.example.policy");
        FileTime before = Files.getLastModifiedTime(jar);
        guard.uninstall(jar.toFile());
        assertNotEquals(before, Files.getLastModifiedTime(jar));
        assertEquals(List.of(), lines);
    }

    @Test
    public void aDeletedFileNeedsNothing() {
        guard.uninstall(deploy.resolve("gone.jar").toFile());
        assertEquals(List.of(), lines);
    }

    @Test
    public void pathsOutsideTheWorkingFolderStayAbsolute() throws IOException {
        Path elsewhere = tmp.newFolder("elsewhere").toPath();
        DeployGuard farAway = new DeployGuard(deploy, lines::add, new DeployTrust(null, "root"));
        File broken = TestJars.garbage(elsewhere.resolve("broken.jar")).toFile();
        farAway.install(broken);
        assertTrue(lines.get(0), lines.get(0).startsWith("hotsched: " + elsewhere.toRealPath() + "/broken.jar "));
    }
}
