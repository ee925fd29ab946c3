package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class ExecScriptTest {

    @Test
    public void splitsAtSemicolonsAndDropsBlanks() {
        assertEquals(List.of("sched:status", "sched:use fifo", "lb"),
                ExecScript.commands(" sched:status; sched:use fifo ;; lb ;"));
    }

    @Test
    public void aBlankScriptHasNoCommands() {
        assertEquals(List.of(), ExecScript.commands("  "));
    }
}
