package org.hotsched.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The policy services present, and the rule for which one should decide: the one named in configuration
 * when it is present, else the one with the highest {@code service.ranking} (newest service on a tie),
 * else the built-in FIFO. Thread-safe.
 */
final class PolicyRegistry {

    private final List<PolicyHandle> services = new CopyOnWriteArrayList<>();
    private final PolicyHandle builtin;

    PolicyRegistry(PolicyHandle builtin) {
        this.builtin = builtin;
    }

    void add(PolicyHandle handle) {
        services.add(handle);
    }

    void remove(long serviceId) {
        services.removeIf(h -> h.serviceId() == serviceId);
    }

    PolicyHandle builtin() {
        return builtin;
    }

    /** The installed policy services, best first. */
    List<PolicyHandle> services() {
        List<PolicyHandle> sorted = new ArrayList<>(services);
        sorted.sort(PolicyHandle::preference);
        return sorted;
    }

    /** The preferred policy called {@code name}: a service, or the built-in one. */
    Optional<PolicyHandle> named(String name) {
        if (builtin.name().equals(name)) {
            return Optional.of(builtin);
        }
        return services.stream().filter(h -> h.name().equals(name)).min(PolicyHandle::preference);
    }

    /** The policy that should decide, given the configured name (empty for none). */
    PolicyHandle choose(String configuredName) {
        if (!configuredName.isEmpty()) {
            Optional<PolicyHandle> named = named(configuredName);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return services.stream().min(PolicyHandle::preference).orElse(builtin);
    }

    /** Every name that can be used, sorted, the built-in one included. */
    List<String> names() {
        List<String> names = new ArrayList<>(services.stream().map(PolicyHandle::name).distinct().toList());
        names.add(builtin.name());
        names.sort(Comparator.naturalOrder());
        return names;
    }
}
