package org.hotsched.core.internal;

/** How the log and history name where a thread abandoned in a policy call was stuck. */
final class StuckStack {

    private StuckStack() {
    }

    /** Where a policy is stuck: its own newest frame, and the JDK method it is in, if any (a sleep, a wait). */
    static String stuckAt(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "no stack frames visible";
        }
        for (StackTraceElement frame : stack) {
            String module = frame.getModuleName();
            if (module == null || !module.startsWith("java.") && !module.startsWith("jdk.")) {
                return "at " + frame + (frame == stack[0] ? ""
                        : ", in " + stack[0].getClassName() + "." + stack[0].getMethodName());
            }
        }
        return "at " + stack[0];
    }

    /** The first {@code n} frames below the bridge's own, newest first, one per line, indented. */
    static String frames(StackTraceElement[] stack, int n) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (StackTraceElement frame : stack) {
            if (shown == n || frame.getClassName().startsWith(PolicyCalls.class.getName())) {
                break;
            }
            out.append(System.lineSeparator()).append("    ").append(frame);
            shown++;
        }
        return shown == 0 ? " no stack frames visible" : out.toString();
    }
}
