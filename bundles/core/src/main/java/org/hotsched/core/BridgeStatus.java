package org.hotsched.core;

import java.util.Map;

/**
 * A snapshot of the bridge.
 *
 * @param backend the backend in use ({@code sim} or {@code bpf})
 * @param backendReason why that backend was chosen, in one line
 * @param kernel what the backend reports of the kernel (for sim: its model; for bpf: sysfs state, ops)
 * @param activePolicy name of the policy deciding now ({@code builtin-fifo} when no policy service is present)
 * @param activeBundle symbolic name of the bundle providing it ({@code org.hotsched.core} for the built-in one)
 * @param activeVersion that bundle's version
 * @param configuredPolicy the {@code policy} configuration value, empty when none is set
 * @param note a one-line remark when the configuration could not be followed, else empty
 * @param stats the counters
 */
public record BridgeStatus(
        String backend,
        String backendReason,
        Map<String, String> kernel,
        String activePolicy,
        String activeBundle,
        String activeVersion,
        String configuredPolicy,
        String note,
        BridgeStats stats) {
}
