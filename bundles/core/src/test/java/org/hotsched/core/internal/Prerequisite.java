package org.hotsched.core.internal;

import static org.junit.Assume.assumeTrue;

/**
 * A package the build machine must have (clang, libbpf): a test without it is skipped, saying why, on a
 * developer's machine, and fails under CI ({@code CI=true}, set by {@code .ci/run}, which installs them all).
 */
final class Prerequisite {

    private Prerequisite() {
    }

    static void require(boolean present, String why) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("a prerequisite is missing under CI (CI=true), which installs them all: " + why);
        }
        System.out.println("SKIPPED: " + why);
        assumeTrue(why, false);
    }
}
