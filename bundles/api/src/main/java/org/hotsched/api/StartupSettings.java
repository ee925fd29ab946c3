package org.hotsched.api;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * A policy's settings when it is activated. A bad value changed later is refused and the last good
 * settings stay; a bad value present from the start has no good settings before it, so the defaults stand
 * in, and the policy says so in one line instead of failing to start.
 */
public final class StartupSettings {

    private StartupSettings() {
    }

    /**
     * {@code checked.get()}, or, when it throws {@link IllegalArgumentException} (whose message names the key
     * and the allowed values), {@code defaults.get()} after logging that message on {@code log}.
     */
    public static <T> T orDefaults(Supplier<T> checked, Supplier<T> defaults, Logger log) {
        try {
            return checked.get();
        } catch (IllegalArgumentException e) {
            log.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the defaults are in force until it is fixed");
            return defaults.get();
        }
    }
}
