package org.hotsched.core.internal;

/** A step of loading or attaching the BPF scheduler failed; the message is one line naming the fix. */
public final class BpfLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    BpfLoadException(String message) {
        super(message);
    }
}
