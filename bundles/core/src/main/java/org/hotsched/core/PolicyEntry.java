package org.hotsched.core;

/**
 * One installed policy service.
 *
 * @param name the policy's name
 * @param description what it is good for
 * @param bundle symbolic name of the bundle that registered it
 * @param version that bundle's version
 * @param ranking its {@code service.ranking}
 * @param active whether it is the policy deciding now
 */
public record PolicyEntry(String name, String description, String bundle, String version, int ranking, boolean active) {
}
