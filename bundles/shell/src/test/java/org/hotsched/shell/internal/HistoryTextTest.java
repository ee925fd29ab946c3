package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Test;

public class HistoryTextTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Test
    public void historyIsATableNewestLastWithTheDateOnlyForEarlierDaysAndTheSettingsWithoutBookkeeping() {
        assertEquals("""
                #  WHEN                 POLICY  BUNDLE                    VERSION         TRIGGER             PREPARE µs  OLD DECIDED  GAP µs  BLACKOUT µs  HANDED OVER  CONFIGURATION                    OUTCOME
                1  2026-11-24 09:15:02  fifo    org.hotsched.policy.fifo  0.1.0.SNAPSHOT  start               0.0         0            0.0     -            0            base.ns=100000,slice.ns=2000000  replaced
                2  14:03:41             swappy  org.example.swappy        2.0.0           policy installed    8012.4      41           84.3    ≤320.0       7            -                                rolled back: org.example.swappy 2.0.0 threw IllegalStateException in enqueue
                3  14:03:42             fifo    org.hotsched.policy.fifo  0.1.0.SNAPSHOT  automatic rollback  1250.0      3            61.0    -            12           base.ns=100000,slice.ns=2000000  active
                """, HistoryText.history(new PolicyHistory(Samples.history()), ZoneOffset.UTC, TODAY));
    }

    @Test
    public void timesAreShownInTheGivenZone() {
        String text = HistoryText.history(new PolicyHistory(Samples.history().subList(1, 2)),
                ZoneId.of("Europe/Berlin"), TODAY);
        assertEquals("2  15:03:41  ", text.lines().toList().get(1).substring(0, 13));
    }

    @Test
    public void anEmptyHistorySaysSo() {
        assertEquals("no policy activations yet\n", HistoryText.history(new PolicyHistory(List.of()), ZoneOffset.UTC, TODAY));
    }

    @Test
    public void insideListsAnEntryTakesOneLine() {
        assertEquals("#3 fifo 0.1.0.SNAPSHOT (automatic rollback): active",
                HistoryText.historyLine(Samples.history().get(2)));
    }
}
