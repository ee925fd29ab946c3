package org.hotsched.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/**
 * A copy of every policy bundle release that was ever active, so a rollback can return to a release that
 * has since been updated away: written from the installed bundle's own entries when it is activated, and
 * put back by reinstalling it, through deploy/ when FileInstall manages the bundle.
 */
final class KeptJars {

    /** Copies kept at most: a service that runs for weeks through many updates must not fill its disk. */
    static final int MAX_KEPT = 20;

    private final Path dir;
    private final List<Path> watchedDirs;

    /**
     * @param dir where the copies live
     * @param watchedDirs FileInstall's folders ({@code felix.fileinstall.dir}, comma-separated; may be null)
     */
    KeptJars(Path dir, String watchedDirs) {
        this.dir = dir;
        this.watchedDirs = watchedDirs == null ? List.of()
                : Arrays.stream(watchedDirs.split(",")).map(String::trim).filter(d -> !d.isEmpty())
                        .map(d -> Path.of(d).toAbsolutePath().normalize()).toList();
    }

    private Path jarOf(String bsn, String version) {
        return dir.resolve(bsn + "-" + version + ".jar");
    }

    /** Keeps {@code bundle}'s current content, once per release. */
    void keep(Bundle bundle) throws IOException {
        Path jar = jarOf(bundle.getSymbolicName(), bundle.getVersion().toString());
        if (Files.exists(jar)) {
            return;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "keeping-", ".jar");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream out = new JarOutputStream(file)) {
            for (String path : entries(bundle)) {
                URL entry = bundle.getEntry(path);
                if (entry == null || path.endsWith("/")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(path));
                try (InputStream in = entry.openStream()) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
        dropOldest();
    }

    /** Keeps the newest {@link #MAX_KEPT} copies: older releases are the least likely to be rolled back to. */
    private void dropOldest() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")
                    && !p.getFileName().toString().startsWith("keeping-")).sorted(KeptJars::newestFirst).toList();
        }
        for (Path old : jars.subList(Math.min(MAX_KEPT, jars.size()), jars.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static int newestFirst(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(b).compareTo(Files.getLastModifiedTime(a));
        } catch (IOException e) {
            return 0;
        }
    }

    /** The bundle's entry paths, the manifest first as jar readers expect. */
    private static List<String> entries(Bundle bundle) {
        List<String> paths = new ArrayList<>();
        Enumeration<URL> found = bundle.findEntries("/", "*", true);
        for (URL url : found == null ? Collections.<URL>emptyList() : Collections.list(found)) {
            paths.add(url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath());
        }
        paths.remove("META-INF/MANIFEST.MF");
        paths.addFirst("META-INF/MANIFEST.MF");
        return paths;
    }

    boolean has(String bsn, String version) {
        return Files.exists(jarOf(bsn, version));
    }

    /**
     * Reinstalls a kept release: over the file FileInstall watches when the installed bundle came from one
     * (FileInstall then updates it), else by updating the installed bundle, else by installing it anew.
     */
    void restore(BundleContext context, String bsn, String version) throws IOException, BundleException {
        Path jar = jarOf(bsn, version);
        if (!Files.exists(jar)) {
            throw new IOException("no kept copy of " + bsn + " " + version);
        }
        Optional<Bundle> installed = Arrays.stream(context.getBundles())
                .filter(b -> bsn.equals(b.getSymbolicName())).findFirst();
        if (installed.isEmpty()) {
            try (InputStream in = Files.newInputStream(jar)) {
                context.installBundle("hotsched-kept:" + bsn + "/" + version, in).start();
            }
            return;
        }
        Bundle bundle = installed.get();
        Optional<Path> watched = fileOf(bundle.getLocation()).filter(this::isWatched);
        if (watched.isPresent()) {
            Path staged = Files.createTempFile(dir, "restoring-", ".jar");
            Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
            keepPermissionsOf(watched.get(), staged);
            Files.move(staged, watched.get(), StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        // No refresh afterwards: nothing wires to a policy bundle's packages, and a refresh would stop and
        // start it once more, a second swap for nothing.
        try (InputStream in = Files.newInputStream(jar)) {
            bundle.update(in);
        }
    }

    /**
     * Gives {@code replacement} the permissions of {@code original}, which it replaces: a temporary file is
     * created owner-only, and a jar written back into deploy/ must stay readable as the one a user put there.
     */
    private static void keepPermissionsOf(Path original, Path replacement) throws IOException {
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the defaults of its folder apply.
        }
    }

    /** Whether FileInstall watches the folder of {@code file}, so that writing it updates the bundle. */
    private boolean isWatched(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return watchedDirs.stream().anyMatch(folder::equals);
    }

    /** The file a bundle was installed from, when its location is a file that still exists. */
    private static Optional<Path> fileOf(String location) {
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(URI.create(location));
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
