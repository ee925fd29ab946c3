package org.hotsched.libbpf;

/** libbpf cannot be used on this machine; the message says what to install. */
public final class LibbpfUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LibbpfUnavailableException(String message) {
        super(message);
    }
}
