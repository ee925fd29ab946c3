package org.hotsched.shell.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The process's own standard output and error. Once the Gogo runtime runs, {@code System.out} and
 * {@code System.err} send each thread's output to its command session; a session that wrote to them
 * would write to itself, round and round.
 */
final class ConsoleStreams {

    private ConsoleStreams() {
    }

    static PrintStream out() {
        return open(FileDescriptor.out, "stdout.encoding");
    }

    static PrintStream err() {
        return open(FileDescriptor.err, "stderr.encoding");
    }

    private static PrintStream open(FileDescriptor fd, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return new PrintStream(new FileOutputStream(fd), true, charset);
    }
}
