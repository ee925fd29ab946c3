package org.hotsched.deploy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the kinds of files people drop into deploy/. */
final class TestJars {

    private TestJars() {
    }

    static Path bundle(Path file, String symbolicName) throws IOException {
        Manifest manifest = manifest();
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        return jar(file, manifest);
    }

    static Path plainJar(Path file) throws IOException {
        return jar(file, manifest());
    }

    static Path zipWithoutManifest(Path file) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes());
            out.closeEntry();
        }
        return file;
    }

    static Path garbage(Path file) throws IOException {
        return Files.writeString(file, "this is not a jar\n");
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return manifest;
    }

    private static Path jar(Path file, Manifest manifest) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); JarOutputStream out = new JarOutputStream(raw, manifest)) {
            out.putNextEntry(new ZipEntry("org/example/Empty.txt"));
            out.closeEntry();
        }
        return file;
    }
}
