package org.hotsched.deploy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BundleJarCheckTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void aBundleHasNoProblem() throws IOException {
        Path jar = TestJars.bundle(tmp.getRoot().toPath().resolve("policy.jar"), "org.example.policy");
        assertEquals(Optional.empty(), BundleJarCheck.problem(jar));
    }

    @Test
    public void garbageIsNotAZip() throws IOException {
        Path jar = TestJars.garbage(tmp.getRoot().toPath().resolve("broken.jar"));
        assertEquals(Optional.of("zip END header not found"), BundleJarCheck.problem(jar));
    }

    @Test
    public void anEmptyFileIsNotAZip() throws IOException {
        Path jar = Files.createFile(tmp.getRoot().toPath().resolve("empty.jar"));
        assertTrue(BundleJarCheck.problem(jar).isPresent());
    }

    @Test
    public void aZipWithoutManifestIsNamedSo() throws IOException {
        Path jar = TestJars.zipWithoutManifest(tmp.getRoot().toPath().resolve("plain.jar"));
        assertEquals(Optional.of("no META-INF/MANIFEST.MF"), BundleJarCheck.problem(jar));
    }

    @Test
    public void aPlainJarLacksTheSymbolicName() throws IOException {
        Path jar = TestJars.plainJar(tmp.getRoot().toPath().resolve("library.jar"));
        assertEquals(Optional.of("its manifest has no Bundle-SymbolicName"), BundleJarCheck.problem(jar));
    }

    @Test
    public void aFolderWithoutManifestIsNotABundle() throws IOException {
        Path dir = tmp.newFolder("exploded").toPath();
        assertEquals(Optional.of("no META-INF/MANIFEST.MF"), BundleJarCheck.problem(dir));
    }

    @Test
    public void aMissingFileCannotBeRead() {
        Path gone = tmp.getRoot().toPath().resolve("gone.jar");
        assertEquals(Optional.of("it cannot be read"), BundleJarCheck.problem(gone));
    }
}
