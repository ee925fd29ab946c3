package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Test;

public class FaultTextTest {

    @Test
    public void faultsAreATableMostRecentFirstWithWhereInThePolicy() {
        assertEquals("""
                POLICY  BUNDLE              VERSION  FAULTS  LAST                 LATEST                                                                                    WHERE
                swappy  org.example.swappy  2.0.0    70000   14:03:41             threw java.lang.IllegalStateException: boom in dispatch                                   org.example.Swappy.pick(Swappy.java:40) ← org.example.Swappy.dispatch(Swappy.java:31)
                slow    org.example.slow    1.0.0    1       2026-11-24 09:20:00  did not return from dispatch within 1000 ms (at org.example.Slow.dispatch(Slow.java:12))  -
                """, FaultText.faults(new PolicyFaults(Samples.faults()), ZoneOffset.UTC, LocalDate.parse("2026-11-25")));
    }

    @Test
    public void noFaultsSaySo() {
        assertEquals("no policy faults since hotsched started\n",
                FaultText.faults(new PolicyFaults(List.of()), ZoneOffset.UTC, LocalDate.parse("2026-11-25")));
    }
}
