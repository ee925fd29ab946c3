package org.hotsched.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * A logger that passes everything on and keeps the last lines, so a failed BPF load can quote the end
 * of the verifier's log in its error.
 */
final class LogTail implements System.Logger {

    private final System.Logger delegate;
    private final int keep;
    private final Deque<String> lines = new ArrayDeque<>();

    LogTail(System.Logger delegate, int keep) {
        this.delegate = delegate;
        this.keep = keep;
    }

    /** The last lines seen, oldest first, joined with " | ". */
    synchronized String tail(int n) {
        return String.join(" | ", lines.stream().skip(Math.max(0, lines.size() - n)).toList());
    }

    private synchronized void remember(String message) {
        for (String line : message.split("\n")) {
            if (!line.isBlank()) {
                lines.addLast(line.strip());
                if (lines.size() > keep) {
                    lines.removeFirst();
                }
            }
        }
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        remember(msg);
        delegate.log(level, bundle, msg, thrown);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        String msg = params == null || params.length == 0 ? format : java.text.MessageFormat.format(format, params);
        remember(msg);
        delegate.log(level, bundle, msg);
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
        log(level, (ResourceBundle) null, msgSupplier.get(), (Throwable) null);
    }
}
