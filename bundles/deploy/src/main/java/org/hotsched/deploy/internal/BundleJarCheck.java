package org.hotsched.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Tells whether a file in a watched folder is something FileInstall can install as a bundle, by the same
 * test FileInstall applies: a readable jar whose manifest names a {@code Bundle-SymbolicName}.
 */
final class BundleJarCheck {

    private static final String SYMBOLIC_NAME = "Bundle-SymbolicName";

    private BundleJarCheck() {
    }

    /** Why {@code path} is not a bundle, in a few words; empty when it is one. */
    static Optional<String> problem(Path path) {
        if (!Files.isReadable(path)) {
            return Optional.of("it cannot be read");
        }
        try {
            Manifest manifest = Files.isDirectory(path) ? directoryManifest(path) : jarManifest(path);
            if (manifest == null) {
                return Optional.of("no META-INF/MANIFEST.MF");
            }
            if (manifest.getMainAttributes().getValue(SYMBOLIC_NAME) == null) {
                return Optional.of("its manifest has no " + SYMBOLIC_NAME);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    private static Manifest jarManifest(Path path) throws IOException {
        try (JarFile jar = new JarFile(path.toFile(), false)) {
            return jar.getManifest();
        }
    }

    /** FileInstall also installs folders as exploded bundles. */
    private static Manifest directoryManifest(Path dir) throws IOException {
        Path file = dir.resolve(JarFile.MANIFEST_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in);
        }
    }
}
