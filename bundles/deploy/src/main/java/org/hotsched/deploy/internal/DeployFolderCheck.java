package org.hotsched.deploy.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Says in one line what FileInstall passes over in silence in the folders it watches: a folder inside one, or a
 * link to a folder (FileInstall runs with {@code felix.fileinstall.subdir.mode=skip}, so a link loop cannot make it
 * walk forever), and a watched folder that is gone (the bundles installed from it stay; FileInstall's polling
 * scanner watches it again once it is back). Looks every {@value #PERIOD_S} s on a thread of its own, and says each
 * finding once, again only if it went away and came back.
 */
@Component(immediate = true)
public final class DeployFolderCheck {

    static final long PERIOD_S = 5;
    private static final Logger LOG = System.getLogger("org.hotsched.deploy");

    private final List<Path> folders;
    private final ShownPath shown;
    private final Consumer<String> warn;
    /** The findings said and still true: bounded by what the folders hold. */
    private final Set<String> said = new HashSet<>();
    private ScheduledExecutorService timer;

    @Activate
    public DeployFolderCheck(BundleContext context) {
        this(watched(context.getProperty("felix.fileinstall.dir")), Path.of(System.getProperty("user.dir")),
                message -> LOG.log(Level.WARNING, message));
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hotsched-deploy-check");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, PERIOD_S, TimeUnit.SECONDS);
    }

    DeployFolderCheck(List<Path> folders, Path workingDir, Consumer<String> warn) {
        this.folders = folders;
        this.shown = new ShownPath(workingDir);
        this.warn = warn;
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** FileInstall's folders, as its {@code felix.fileinstall.dir} property lists them (comma-separated). */
    static List<Path> watched(String property) {
        if (property == null || property.isBlank()) {
            return List.of();
        }
        return Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath()).toList();
    }

    /** One look: says what is new since the last. */
    void check() {
        Set<String> found = new LinkedHashSet<>();
        for (Path folder : folders) {
            found.addAll(findings(folder));
        }
        for (String line : found) {
            if (said.add(line)) {
                warn.accept(line);
            }
        }
        said.retainAll(found);
    }

    private List<String> findings(Path folder) {
        String name = shown.of(folder);
        if (!Files.isDirectory(folder)) {
            return List.of("hotsched: " + name + "/ is missing: the bundles installed from it stay, and nothing new is"
                    + " installed until it is back (mkdir " + name + ")");
        }
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    found.add("hotsched: " + name + "/" + entry.getFileName() + " is "
                            + (Files.isSymbolicLink(entry) ? "a link to a folder" : "a folder") + ": only the files in "
                            + name + "/ are read, so it is ignored; remove it");
                }
            }
        } catch (IOException e) {
            found.add("hotsched: cannot read " + name + "/ (" + e.getMessage() + "): nothing new is installed from it"
                    + " until hotsched may read it");
        }
        return found;
    }
}
