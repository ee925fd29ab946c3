package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.apache.felix.service.command.Converter;
import org.junit.Test;

public class SchedConverterTest {

    private final SchedConverter converter = new SchedConverter();

    @Test
    public void inspectGivesTheFullViewWithoutTheLastLineBreak() {
        assertEquals(SchedText.stats(Samples.stats()).stripTrailing(),
                converter.format(Samples.stats(), Converter.INSPECT, converter));
    }

    @Test
    public void insideListsEachRecordTakesOneLine() {
        assertEquals("sim, policy fifo, 1230 dispatched",
                converter.format(Samples.status(""), Converter.LINE, converter));
        assertEquals("fifo (active)  org.hotsched.policy.fifo 0.1.0.SNAPSHOT",
                converter.format(Samples.policies().get(0), Converter.LINE, converter));
        assertEquals("#1 fifo 0.1.0.SNAPSHOT (start): replaced",
                converter.format(Samples.history().get(0), Converter.LINE, converter));
        assertEquals("3 activations", converter.format(new PolicyHistory(Samples.history()), Converter.LINE, converter));
    }

    @Test
    public void historyAndRollbackHaveAFullView() {
        String history = converter.format(new PolicyHistory(Samples.history()), Converter.INSPECT, converter).toString();
        assertTrue(history, history.startsWith("#  WHEN "));
        assertEquals(4, history.lines().count());
        assertEquals(SchedText.rollback(new PolicyRollback(Samples.status(""))).stripTrailing(),
                converter.format(new PolicyRollback(Samples.status("")), Converter.INSPECT, converter));
    }

    @Test
    public void otherObjectsAreLeftToGogo() {
        assertNull(converter.format("text", Converter.INSPECT, converter));
        assertNull(converter.format(null, Converter.INSPECT, converter));
    }
}
