package org.hotsched.itests;

import static org.hotsched.itests.PolicyBundle.SWAPPY_1;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2;
import static org.hotsched.itests.PolicyBundle.SYMBOLIC_NAME;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarInputStream;

import org.hotsched.core.BridgeStatus;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Constants;

/**
 * Policy releases through the deploy folder, as users of the distribution ship them: a real Felix
 * FileInstall installs a dropped jar, updates the bundle when a newer jar replaces it, and a rollback
 * writes the kept older jar back over the file.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class DeployFolderIT extends HotSwapTestSupport {

    @After
    public void emptyTheDeployFolder() throws IOException {
        emptyFolder(deployFolder());
    }

    @Test
    public void droppedJarsAreInstalledAndUpdatedAndRollbackPutsTheOldJarBack() throws Exception {
        Path deployed = deployFolder().resolve("swappy.jar");

        drop(SWAPPY_1, deployed);
        awaitActive(SWAPPY, "1.0.0");
        assertEntry(lastEntry(), SWAPPY, "1.0.0", INSTALLED, ACTIVE);
        awaitDispatches(200);

        drop(SWAPPY_2, deployed);
        awaitActive(SWAPPY, "2.0.0");
        awaitDispatches(200);
        assertOneSwapPerUpdate();

        BridgeStatus after = bridge.rollback();

        assertRolledBackTo(after, "1.0.0");
        assertEquals("the deploy folder holds 1.0.0 again", "1.0.0", bundleVersionOf(deployed));
        assertEntry(lastEntry(), SWAPPY, "1.0.0", "rollback", ACTIVE);
        assertEquals("FileInstall updated the one bundle, it did not add one", List.of("1.0.0"), installedVersions());
        awaitDispatches(500);
        assertEquals("FileInstall leaves it at 1.0.0", SWAPPY + " 1.0.0", describe(bridge.status()));
        assertEveryTaskAccountedFor();
    }

    /** Replaces the file in one step, as a copy over it looks to FileInstall once complete. */
    private static void drop(PolicyBundle policy, Path deployed) throws IOException {
        Path staged = Files.createTempFile(deployed.getParent().getParent(), "staged-", ".jar");
        Files.copy(policy.jar(), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, deployed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String bundleVersionOf(Path jar) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            return in.getManifest().getMainAttributes().getValue(Constants.BUNDLE_VERSION);
        }
    }

    private List<String> installedVersions() {
        return Arrays.stream(context.getBundles())
                .filter(b -> SYMBOLIC_NAME.equals(b.getSymbolicName()))
                .map(b -> b.getVersion().toString())
                .toList();
    }
}
