package org.hotsched.core.internal;

import java.util.Map;

import org.hotsched.api.SchedulerPolicy;
import org.osgi.framework.Version;

/**
 * A policy the bridge can use, with where it came from.
 *
 * @param serviceId the service's id; 0 for the built-in policy
 * @param bundleId the providing bundle's id; -1 for the built-in policy
 * @param configuration the service's own properties (its configuration), without the framework's
 */
record PolicyHandle(SchedulerPolicy policy, String name, String description, String bundle, String version,
                    int ranking, long serviceId, long bundleId, Map<String, String> configuration) {

    /**
     * The order in which policies of one name, or with no name configured, are preferred: the higher service
     * ranking; between releases of one name, the newest version (so 30 versions dropped in at once end on the
     * newest, whichever registered last); then the newest service.
     */
    static int preference(PolicyHandle a, PolicyHandle b) {
        if (a.ranking != b.ranking) {
            return Integer.compare(b.ranking, a.ranking);
        }
        if (a.name.equals(b.name)) {
            int versions = versionOf(b).compareTo(versionOf(a));
            if (versions != 0) {
                return versions;
            }
        }
        return Long.compare(b.serviceId, a.serviceId);
    }

    private static Version versionOf(PolicyHandle h) {
        try {
            return Version.parseVersion(h.version);
        } catch (IllegalArgumentException e) {
            return Version.emptyVersion;
        }
    }

    /**
     * This handle without its policy object: what the history keeps, so a release updated or uninstalled long ago
     * does not keep its bundle's class loader alive.
     */
    PolicyHandle withoutPolicy() {
        return policy == null ? this : new PolicyHandle(null, name, description, bundle, version, ranking, serviceId,
                bundleId, configuration);
    }

    /** Whether {@code other} stands for the same service: the same release, registered under the same id. */
    boolean sameService(PolicyHandle other) {
        return serviceId == other.serviceId && release().equals(other.release());
    }

    /** Bundle and version: what a rollback returns to and a rejection excludes. */
    String release() {
        return bundle + " " + version;
    }
}
