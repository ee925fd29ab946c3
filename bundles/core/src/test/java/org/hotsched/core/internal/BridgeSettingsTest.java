package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;

import org.junit.Test;

public class BridgeSettingsTest {

    @Test
    public void missingKeysTakeDefaults() {
        assertEquals(BridgeSettings.DEFAULTS, BridgeSettings.parse(Map.of()));
    }

    @Test
    public void stringsFromCfgFilesAreParsed() {
        BridgeSettings s = BridgeSettings.parse(Map.of("policy", "fifo", "backend", "SIM", "slice.ns", "2_000_000",
                "stall.budget.ns", "20000000", "sim.cpus", "8", "sim.speed", "2.5", "sim.seed", "-3",
                "swap.handover.chunk", "64", "policy.timeout.ms", "250", "probation.blocked.ns", "20000000"));
        assertEquals(new BridgeSettings("fifo", "sim", 2_000_000L, 20_000_000L, 5_000L, 50_000_000L, 20_000_000L, 100, 64,
                250L, 8, "demo", -3L, 2.5), s);
    }

    @Test
    public void badValuesNameTheKeyAndTheAllowedRange() {
        assertRejected(Map.of("slice.ns", "fast"), "slice.ns=fast is invalid; use a whole number from 1000 to 1000000000");
        assertRejected(Map.of("slice.ns", "10"), "slice.ns=10 is invalid");
        assertRejected(Map.of("backend", "gpu"), "backend=gpu is invalid; use auto, sim or bpf");
        assertRejected(Map.of("stall.budget.ns", "5"), "stall.budget.ns=5 is invalid; use a whole number from 1000000");
        assertRejected(Map.of("probation.ms", "-1"), "probation.ms=-1 is invalid; use a whole number from 0 to 600000");
        assertRejected(Map.of("policy.timeout.ms", "5"), "policy.timeout.ms=5 is invalid; use a whole number from 10 to 60000");
        assertRejected(Map.of("swap.handover.chunk", "0"), "swap.handover.chunk=0 is invalid; use a whole number from 1 to 1000000");
        assertRejected(Map.of("sim.cpus", "0"), "sim.cpus=0 is invalid; use a whole number from 1 to 1024");
        assertRejected(Map.of("sim.speed", "NaN"), "sim.speed=NaN is invalid");
        assertRejected(Map.of("policy", "two words"), "policy=two words is invalid");
        assertRejected(Map.of("sim.workload", "chaos"), "sim.workload=chaos is invalid; use one of demo, mix");
    }

    @Test
    public void aBadKeyKeepsItsValueAndTheOtherKeysApply() {
        BridgeSettings inForce = BridgeSettings.DEFAULTS.withPolicy("fair");
        BridgeSettings.Parsed parsed = BridgeSettings.parse(Map.of("policy", "fifo", "slice.ns", "fast",
                "sim.cpus", "0"), inForce);
        assertEquals("fifo", parsed.settings().policy());
        assertEquals(inForce.sliceNs(), parsed.settings().sliceNs());
        assertEquals(inForce.simCpus(), parsed.settings().simCpus());
        assertEquals(2, parsed.refused().size());
        assertTrue(parsed.refused().get(0), parsed.refused().get(0).contains("slice.ns=fast is invalid"));
    }

    /** A deleted, emptied or truncated file: what is in force stays, policy included. */
    @Test
    public void missingKeysKeepTheValuesInForce() {
        BridgeSettings inForce = BridgeSettings.parse(Map.of("policy", "fair", "sim.cpus", "8"));
        BridgeSettings.Parsed parsed = BridgeSettings.parse(Map.of(), inForce);
        assertEquals(inForce, parsed.settings());
        assertTrue(parsed.refused().isEmpty());
    }

    @Test
    public void onlyBackendSettingsCountAsBackendChanges() {
        BridgeSettings base = BridgeSettings.DEFAULTS;
        assertFalse(base.withPolicy("fifo").backendSettingsDiffer(base));
        assertTrue(BridgeSettings.parse(Map.of("sim.cpus", "2")).backendSettingsDiffer(base));
    }

    private static void assertRejected(Map<String, String> props, String expected) {
        try {
            BridgeSettings.parse(props);
            fail("accepted " + props);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(expected));
            assertFalse("one line: " + e.getMessage(), e.getMessage().contains("\n"));
        }
    }
}
