package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.hotsched.core.PolicyFault;
import org.junit.Test;

public class FaultLogTest {

    private static PolicyHandle handle(String name, String version) {
        return new PolicyHandle(new HoldingPolicy(name), name, "", "org.example." + name, version, 0, 1, 1, Map.of());
    }

    @Test
    public void eachReleaseCountsItsFaultsAndKeepsTheLatestWithThePolicysOwnFrames() {
        FaultLog log = new FaultLog();
        PolicyHandle swappy = handle("swappy", "2.0.0");
        IllegalStateException boom = new IllegalStateException("boom");
        for (int i = 0; i < 1_000; i++) {
            log.record(swappy, "dispatch", boom, null);
        }
        PolicyHandle sameRelease = handle("swappy", "2.0.0");
        log.record(sameRelease, "enqueue", null, "made a decision for pid 7, which it was never given");
        log.record(handle("slow", "1.0.0"), "dispatch", null, "did not return from dispatch within 1000 ms");
        List<PolicyFault> faults = log.faults();
        assertEquals(2, faults.size());
        PolicyFault s = faults.stream().filter(f -> f.policy().equals("swappy")).findFirst().orElseThrow();
        assertEquals(1_001, s.count());
        assertEquals("made a decision for pid 7, which it was never given", s.last());
        log.record(swappy, "dispatch", boom, null);
        s = log.faults().stream().filter(f -> f.policy().equals("swappy")).findFirst().orElseThrow();
        assertEquals("threw java.lang.IllegalStateException: boom in dispatch", s.last());
        assertTrue(s.where(), s.where().startsWith(FaultLogTest.class.getName() + "."));
    }

    @Test
    public void atMostSoManyReleasesAreKept() {
        FaultLog log = new FaultLog();
        for (int i = 0; i < FaultLog.MAX_RELEASES + 5; i++) {
            log.record(handle("p" + i, "1.0.0"), "dispatch", null, "x");
        }
        assertEquals(FaultLog.MAX_RELEASES, log.faults().size());
    }
}
