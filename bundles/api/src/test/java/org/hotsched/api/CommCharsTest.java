package org.hotsched.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.regex.Pattern;

import org.junit.Test;

public class CommCharsTest {

    private static TaskView task(byte[] comm) {
        TaskBuffer buffer = new TaskBuffer(1, 1);
        buffer.append().pid(1).comm(comm, comm.length);
        return buffer.task(0);
    }

    private static TaskView task(String comm) {
        TaskBuffer buffer = new TaskBuffer(1, 1);
        buffer.append().pid(1).comm(comm);
        return buffer.task(0);
    }

    @Test
    public void readsTheNameAndHashesItWithFnv1a() {
        CommChars comm = new CommChars();
        assertEquals(0xE40C292C, comm.load(task("a")));
        assertEquals(comm.load(task("kworker/0:1")), comm.load(task("kworker/0:1")));
        assertEquals(11, comm.length());
        assertEquals('/', comm.charAt(7));
        assertEquals("kworker/0:1", comm.toString());
        assertEquals("0:1", comm.subSequence(8, 11).toString());
        assertTrue(Pattern.compile("^kworker/\\d").matcher(comm).find());
    }

    @Test
    public void reloadingAShorterNameShortensIt() {
        CommChars comm = new CommChars();
        comm.load(task("chromium"));
        comm.load(task("sh"));
        assertEquals("sh", comm.toString());
        assertFalse(Pattern.compile("chrom").matcher(comm).find());
    }

    @Test
    public void readsOtherBytesAsLatin1() {
        CommChars comm = new CommChars();
        comm.load(task(new byte[] {'c', (byte) 0xE9}));
        assertEquals('\u00E9', comm.charAt(1));
    }

    @Test(expected = IndexOutOfBoundsException.class)
    public void rejectsAnIndexPastTheName() {
        CommChars comm = new CommChars();
        comm.load(task("sh"));
        comm.charAt(2);
    }
}
