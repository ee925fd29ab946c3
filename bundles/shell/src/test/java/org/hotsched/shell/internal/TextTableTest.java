package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TextTableTest {

    @Test
    public void alignsColumnsAndLeavesTheLastOneUnpadded() {
        String text = new TextTable()
                .row("NAME", "RANKING", "DESCRIPTION")
                .row("builtin-fifo", "0", "fallback")
                .row("fifo", "10", "")
                .render("  ");
        assertEquals("""
                  NAME          RANKING  DESCRIPTION
                  builtin-fifo  0        fallback
                  fifo          10
                """, text);
    }

    @Test
    public void rowsMayBeShorterThanOthers() {
        assertEquals("a     b\nlong\n", new TextTable().row("a", "b").row("long").render(""));
    }
}
