package org.hotsched.core.internal;

import org.hotsched.api.SchedulerPolicy;

/**
 * A policy the bridge can use, with where it came from.
 *
 * @param serviceId the service's id; 0 for the built-in policy
 */
record PolicyHandle(SchedulerPolicy policy, String name, String description, String bundle, String version,
                    int ranking, long serviceId) {

    /** The order in which policies of one name, or with no name configured, are preferred. */
    static int preference(PolicyHandle a, PolicyHandle b) {
        if (a.ranking != b.ranking) {
            return Integer.compare(b.ranking, a.ranking);
        }
        return Long.compare(b.serviceId, a.serviceId);
    }
}
