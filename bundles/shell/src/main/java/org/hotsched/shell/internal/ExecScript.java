package org.hotsched.shell.internal;

import java.util.Arrays;
import java.util.List;

/** The commands of an exec run: {@code hotsched.exec} split at {@code ;}, blanks dropped. */
final class ExecScript {

    private ExecScript() {
    }

    static List<String> commands(String script) {
        return Arrays.stream(script.split(";"))
                .map(String::strip)
                .filter(command -> !command.isEmpty())
                .toList();
    }
}
