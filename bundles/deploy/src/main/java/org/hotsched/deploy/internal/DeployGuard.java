package org.hotsched.deploy.internal;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Claims the jars in FileInstall's folders that are not bundles, or that cannot be trusted ({@link DeployTrust}),
 * and says so in one line.
 *
 * <p>Left alone, FileInstall skips such a jar without a word (no installer can handle it). FileInstall asks
 * its installer services before its own bundle installer, so claiming exactly the jars it would skip gives
 * them a voice while real bundles still go to FileInstall. The line is written again each time the file
 * changes and is still not a bundle.
 */
@Component(service = ArtifactInstaller.class)
public final class DeployGuard implements ArtifactInstaller {

    private static final Logger LOG = System.getLogger("org.hotsched.deploy");

    private final ShownPath shown;
    private final Consumer<String> warn;
    private final DeployTrust trust;

    @Activate
    public DeployGuard(BundleContext context) {
        this(Path.of(System.getProperty("user.dir")), message -> LOG.log(Level.WARNING, message),
                new DeployTrust(context.getProperty(DeployTrust.PROPERTY), System.getProperty("user.name")));
    }

    DeployGuard(Path workingDir, Consumer<String> warn, DeployTrust trust) {
        this.shown = new ShownPath(workingDir);
        this.warn = warn;
        this.trust = trust;
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().toLowerCase(Locale.ROOT).endsWith(".jar")
                && problem(artifact.toPath()).isPresent();
    }

    /** Why FileInstall must not install this jar: it cannot be trusted, or it is no bundle; empty when it may. */
    private Optional<String> problem(Path jar) {
        Optional<String> distrust = trust.problem(jar, shown.of(jar.toAbsolutePath().getParent()));
        return distrust.isPresent() ? distrust.map(why -> "is refused: " + why)
                : BundleJarCheck.problem(jar).map(why -> "is not an OSGi bundle (" + why
                        + "): replace it with a policy bundle jar or remove it");
    }

    @Override
    public void install(File artifact) {
        report(artifact);
    }

    @Override
    public void update(File artifact) {
        report(artifact);
    }

    /**
     * Called when the file was deleted, or replaced by a real bundle. In the second case FileInstall has
     * already recorded the new file as seen, so it would not look at it again; touching it makes the next
     * scan offer it to FileInstall's bundle installer.
     */
    @Override
    public void uninstall(File artifact) {
        Path path = artifact.toPath();
        if (!Files.isRegularFile(path)) {
            return;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            Files.setLastModifiedTime(path, FileTime.fromMillis(modified.toMillis() + 1000));
        } catch (IOException e) {
            warn.accept("hotsched: " + shown.of(path) + " was replaced but could not be touched (" + e.getMessage()
                    + "): touch it or copy it in again so that it is installed");
        }
    }

    private void report(File artifact) {
        Path path = artifact.toPath();
        problem(path).ifPresent(why -> warn.accept("hotsched: " + shown.of(path) + " " + why));
    }

}
