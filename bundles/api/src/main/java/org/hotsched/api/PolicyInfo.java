package org.hotsched.api;

import java.util.Objects;

/**
 * What a policy calls itself. The version a user sees is the version of the bundle that registered it.
 *
 * @param name short unique name, letters, digits, '-' and '_' (used in {@code policy=NAME})
 * @param description one line saying what the policy is good for
 */
public record PolicyInfo(String name, String description) {
    public PolicyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("policy name '" + name + "' must use only letters, digits, '-' and '_'");
        }
    }
}
