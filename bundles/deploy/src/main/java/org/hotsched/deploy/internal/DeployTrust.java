package org.hotsched.deploy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a jar in a deploy folder may be trusted with the JVM's privileges: a jar there is code hotsched runs as
 * its own user (root, to load a BPF scheduler). It must belong to root or to that user, and its folder must be
 * writable by no one else, or any local user could swap in a policy. {@code any} turns the check off, for setups
 * that guard the folder some other way.
 */
final class DeployTrust {

    /** Framework property: {@code owner} (the default) or {@code any}. */
    static final String PROPERTY = "hotsched.deploy.trust";

    private final boolean checked;
    private final String runningAs;

    DeployTrust(String setting, String runningAs) {
        this.checked = !"any".equals(setting);
        this.runningAs = runningAs;
    }

    /** Why {@code jar} is not trusted, or empty. {@code shownFolder}: how to name its folder in the reason. */
    Optional<String> problem(Path jar, String shownFolder) {
        if (!checked) {
            return Optional.empty();
        }
        try {
            String owner = Files.getOwner(jar).getName();
            if (!owner.equals("root") && !owner.equals(runningAs)) {
                return Optional.of("it belongs to " + owner + ", not to root" + (runningAs.equals("root") ? ""
                        : " or " + runningAs + " (hotsched's user)") + ": chown it and touch it, or set " + PROPERTY
                        + "=any");
            }
            Path folder = jar.toAbsolutePath().getParent();
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder);
            if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                return Optional.of("its folder " + shownFolder + " is writable by others ("
                        + PosixFilePermissions.toString(perms) + "), so anyone could put code into hotsched: chmod go-w"
                        + " it and touch the jar, or set " + PROPERTY + "=any");
            }
            return Optional.empty();
        } catch (UnsupportedOperationException notPosix) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("its owner and permissions cannot be read (" + e.getMessage() + ")");
        }
    }
}
