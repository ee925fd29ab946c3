package org.hotsched.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotsched.core.PolicyFault;

/**
 * Recent policy faults, per release, for {@code sched:errors}: a count and the latest fault of each, for at most
 * {@link #MAX_RELEASES} releases (the one that first faulted longest ago is dropped first). Recording stores references and
 * counts only, so a policy that throws on every call costs no allocation per fault after its first; the text is
 * made when someone reads it. Thread-safe: the dispatch, preparing and supervisor threads record.
 */
final class FaultLog {

    static final int MAX_RELEASES = 32;
    /** Frames of the policy's own code shown for an exception. */
    static final int FRAMES = 3;

    private static final class Faults {
        final PolicyHandle handle;
        long count;
        long lastAtMs;
        String method;
        String detail;
        Throwable thrown;

        Faults(PolicyHandle handle) {
            this.handle = handle;
        }
    }

    private final Map<String, Faults> byRelease = new LinkedHashMap<>();
    /** The same entries by handle, so a repeated fault finds its entry without building the release string. */
    private final Map<PolicyHandle, Faults> byHandle = new IdentityHashMap<>();

    /**
     * {@code policy} faulted in {@code method}: it threw {@code thrown}, or (thrown null) {@code detail} says what
     * it did, e.g. an invalid decision. Constant strings from the hot path keep this allocation-free.
     */
    synchronized void record(PolicyHandle policy, String method, Throwable thrown, String detail) {
        Faults f = byHandle.get(policy);
        if (f == null) {
            f = byRelease.computeIfAbsent(policy.release(), r -> new Faults(policy));
            if (byRelease.size() > MAX_RELEASES) {
                byRelease.remove(byRelease.keySet().iterator().next());
                byHandle.clear();
            }
            if (byHandle.size() >= 2 * MAX_RELEASES) {
                byHandle.clear();
            }
            byHandle.put(policy, f);
        }
        f.count++;
        f.lastAtMs = System.currentTimeMillis();
        f.method = method;
        f.thrown = thrown;
        f.detail = detail;
    }

    /** Every release with faults, the most recent fault first. */
    synchronized List<PolicyFault> faults() {
        List<PolicyFault> out = new ArrayList<>();
        for (Faults f : byRelease.values()) {
            String last = f.thrown != null ? "threw " + f.thrown + " in " + f.method : f.detail;
            out.add(new PolicyFault(f.handle.name(), f.handle.bundle(), f.handle.version(), f.count,
                    Instant.ofEpochMilli(f.lastAtMs), last, ownFrames(f.thrown, FRAMES)));
        }
        out.sort(Comparator.comparing(PolicyFault::lastAt).reversed());
        return out;
    }

    /**
     * The first {@code n} frames of {@code thrown} that are not the JDK's or the bridge's, newest first: where in
     * the policy it went wrong. Empty for no exception.
     */
    static String ownFrames(Throwable thrown, int n) {
        if (thrown == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String module = frame.getModuleName();
            boolean jdk = module != null && (module.startsWith("java.") || module.startsWith("jdk."));
            if (shown == n || frame.getClassName().startsWith(PolicyCalls.class.getName())) {
                break;
            }
            if (!jdk) {
                out.append(shown++ == 0 ? "" : " ← ").append(frame);
            }
        }
        return out.toString();
    }
}
