package org.hotsched.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The policy services present, and the rule for which one should decide: the one named in configuration
 * when it is present, else the one with the highest {@code service.ranking} (newest service on a tie),
 * else the built-in FIFO. A release (bundle and version) that was rolled back is passed over until a user
 * names its policy again. Thread-safe.
 */
final class PolicyRegistry {

    private final List<PolicyHandle> services = new CopyOnWriteArrayList<>();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
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

    /** Passes over this release from now on. */
    void reject(PolicyHandle handle) {
        if (handle != builtin) {
            rejected.add(handle.release());
        }
    }

    /** A user named this policy: its releases may be chosen again. */
    void forgive(String name) {
        services.stream().filter(h -> h.name().equals(name)).forEach(h -> rejected.remove(h.release()));
    }

    void forgive(PolicyHandle handle) {
        rejected.remove(handle.release());
    }

    boolean isRejected(PolicyHandle handle) {
        return rejected.contains(handle.release());
    }

    /** The installed policy services, best first. */
    List<PolicyHandle> services() {
        List<PolicyHandle> sorted = new ArrayList<>(services);
        sorted.sort(PolicyHandle::preference);
        return sorted;
    }

    /** The preferred policy called {@code name}, rejected or not: a service, or the built-in one. */
    Optional<PolicyHandle> named(String name) {
        if (builtin.name().equals(name)) {
            return Optional.of(builtin);
        }
        return services.stream().filter(h -> h.name().equals(name)).min(PolicyHandle::preference);
    }

    /** The service of one release, if installed. */
    Optional<PolicyHandle> release(String bundle, String version) {
        return services.stream().filter(h -> h.bundle().equals(bundle) && h.version().equals(version))
                .min(PolicyHandle::preference);
    }

    /** The policy that should decide, given the configured name (empty for none). */
    PolicyHandle choose(String configuredName) {
        if (builtin.name().equals(configuredName)) {
            return builtin;
        }
        List<PolicyHandle> usable = services.stream().filter(h -> !isRejected(h)).toList();
        if (!configuredName.isEmpty()) {
            Optional<PolicyHandle> named = usable.stream().filter(h -> h.name().equals(configuredName))
                    .min(PolicyHandle::preference);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return usable.stream().min(PolicyHandle::preference).orElse(builtin);
    }

    /** Every name that can be used, sorted, the built-in one included. */
    List<String> names() {
        List<String> names = new ArrayList<>(services.stream().map(PolicyHandle::name).distinct().toList());
        names.add(builtin.name());
        names.sort(Comparator.naturalOrder());
        return names;
    }
}
