package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;

/** The bookkeeping of an update in place; which bundle stops count as updates is checked in Felix (HotSwapIT, BridgeIT). */
public class PolicyUpdatesTest {

    private final PolicyUpdates updates = new PolicyUpdates();

    private static PolicyHandle release(String name, String version, long serviceId, long bundleId) {
        return new PolicyHandle(new BuiltinFifoPolicy(), name, "", "b-" + name, version, 0, serviceId, bundleId, Map.of());
    }

    @Test
    public void theNewVersionFromTheSameBundleEndsTheUpdate() {
        PolicyHandle v1 = release("swappy", "1.0.0", 10, 7);
        updates.begin(v1);
        assertTrue(updates.pending());
        assertTrue(updates.waitsFor(7));

        assertNull("another bundle's policy of the same name is not the update", updates.arrived(release("swappy", "2.0.0", 11, 8)));
        assertNull("another policy of the bundle is not either", updates.arrived(release("other", "2.0.0", 12, 7)));
        assertSame(v1, updates.arrived(release("swappy", "2.0.0", 13, 7)).replaced());
        assertFalse("ended", updates.pending());
        assertNull("and ends once", updates.arrived(release("swappy", "2.0.0", 14, 7)));
    }

    @Test
    public void anUpdateExpiresOnlyIfItStillWaits() {
        PolicyHandle v1 = release("swappy", "1.0.0", 10, 7);
        updates.begin(v1);
        updates.arrived(release("swappy", "2.0.0", 11, 7));
        assertFalse("the new version arrived: nothing to expire", updates.expire(v1));

        PolicyHandle v2 = release("swappy", "2.0.0", 11, 7);
        updates.begin(v2);
        assertFalse("an earlier update's timer does not end a later one", updates.expire(v1));
        assertTrue(updates.expire(v2));
        assertFalse(updates.pending());
    }

    @Test
    public void theTriggerNamesBothVersionsOrTheRestart() {
        assertEquals("updated 1.0.0 → 2.0.0",
                PolicyUpdates.trigger(release("swappy", "1.0.0", 1, 7), release("swappy", "2.0.0", 2, 7)));
        assertEquals("restarted 2.0.0",
                PolicyUpdates.trigger(release("swappy", "2.0.0", 1, 7), release("swappy", "2.0.0", 2, 7)));
    }
}
