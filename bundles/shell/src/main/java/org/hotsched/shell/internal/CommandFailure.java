package org.hotsched.shell.internal;

/**
 * A command that could not do what was asked. Gogo prints a failed command's exception with
 * {@code toString()}; this one shows only its message, which says what is wrong and what to do.
 */
public final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
