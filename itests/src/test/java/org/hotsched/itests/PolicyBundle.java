package org.hotsched.itests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.hotsched.itests.policy.AllocatingSwappyPolicy;
import org.hotsched.itests.policy.BlockingSwappyPolicy;
import org.hotsched.itests.policy.DroppingSwappyPolicy;
import org.hotsched.itests.policy.DuplicateSwappyPolicy;
import org.hotsched.itests.policy.FailingStartSwappyPolicy;
import org.hotsched.itests.policy.HangingSwappyPolicy;
import org.hotsched.itests.policy.NegativeSliceSwappyPolicy;
import org.hotsched.itests.policy.PendingThrowingSwappyPolicy;
import org.hotsched.itests.policy.SlowSwappyPolicy;
import org.hotsched.itests.policy.SpinningSwappyPolicy;
import org.hotsched.itests.policy.StrayPidSwappyPolicy;
import org.hotsched.itests.policy.SwappyPolicy;
import org.hotsched.itests.policy.ThrowingAdoptSwappyPolicy;
import org.hotsched.itests.policy.ThrowingHandOverSwappyPolicy;
import org.hotsched.itests.policy.ThrowingSwappyPolicy;

/**
 * The test policy bundles: symbolic name {@value #SYMBOLIC_NAME}, policy {@value SwappyPolicy#NAME}, each
 * version with the class DS instantiates. {@link PolicyBundleBuilder} writes them to the folder named by the
 * system property {@value #FOLDER_PROPERTY} before Felix starts; the tests install them from there.
 */
enum PolicyBundle {
    SWAPPY_1("1.0.0", SwappyPolicy.class),
    SWAPPY_2("2.0.0", SwappyPolicy.class),
    SWAPPY_2_THROWING("2.0.0", ThrowingSwappyPolicy.class),
    SWAPPY_2_STRAY_PID("2.0.0", StrayPidSwappyPolicy.class),
    SWAPPY_2_HANGING("2.0.0", HangingSwappyPolicy.class),
    SWAPPY_2_FAILING_START("2.0.0", FailingStartSwappyPolicy.class),
    SWAPPY_2_DUPLICATE("2.0.0", DuplicateSwappyPolicy.class),
    SWAPPY_2_NEGATIVE_SLICE("2.0.0", NegativeSliceSwappyPolicy.class),
    SWAPPY_2_DROPPING("2.0.0", DroppingSwappyPolicy.class),
    SWAPPY_2_SLOW("2.0.0", SlowSwappyPolicy.class),
    SWAPPY_2_BLOCKING("2.0.0", BlockingSwappyPolicy.class),
    SWAPPY_2_THROWING_ADOPT("2.0.0", ThrowingAdoptSwappyPolicy.class),
    SWAPPY_2_ALLOCATING("2.0.0", AllocatingSwappyPolicy.class),
    SWAPPY_2_SPINNING("2.0.0", SpinningSwappyPolicy.class),
    SWAPPY_2_PENDING_THROWING("2.0.0", PendingThrowingSwappyPolicy.class),
    SWAPPY_1_THROWING_HAND_OVER("1.0.0", ThrowingHandOverSwappyPolicy.class);

    static final String SYMBOLIC_NAME = "org.hotsched.itests.policy";
    static final String FOLDER_PROPERTY = "hotsched.policyBundles";

    final String version;
    final Class<? extends SwappyPolicy> implementation;

    PolicyBundle(String version, Class<? extends SwappyPolicy> implementation) {
        this.version = version;
        this.implementation = implementation;
    }

    /** {@code swappy-2-throwing.jar}. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".jar";
    }

    Path jar() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null) {
            throw new IllegalStateException("system property " + FOLDER_PROPERTY + " is not set: run the ITs through "
                    + "Maven (mvn verify -pl itests), whose failsafe configuration sets it");
        }
        return Path.of(folder, fileName());
    }

    /** A location no other bundle has, so that versions can be installed side by side. */
    String location() {
        return jar().toUri().toString();
    }

    InputStream open() throws IOException {
        return Files.newInputStream(jar());
    }
}
