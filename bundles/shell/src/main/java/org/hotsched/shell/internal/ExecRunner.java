package org.hotsched.shell.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/** Runs commands in a Gogo session one after the other, and prints each result as the Gogo shell would. */
final class ExecRunner {

    private final PrintStream out;
    private final PrintStream err;

    ExecRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs every command, even after one failed; true when none failed. */
    boolean run(CommandSession session, List<String> commands) {
        boolean ok = true;
        for (String command : commands) {
            try {
                Object result = session.execute(command);
                if (result != null) {
                    out.println(session.format(result, Converter.INSPECT));
                }
            } catch (Exception e) {
                err.println("ERROR: " + command + ": " + oneLine(e));
                ok = false;
            }
            out.flush();
            err.flush();
        }
        return ok;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.toString() : message;
        return text.lines().findFirst().orElse(text).strip();
    }
}
