package org.hotsched.core.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class PolicyRegistryTest {

    private final PolicyHandle builtin = handle("builtin-fifo", 0, 0);
    private final PolicyRegistry registry = new PolicyRegistry(builtin);

    private static PolicyHandle handle(String name, int ranking, long serviceId) {
        return new PolicyHandle(new BuiltinFifoPolicy(), name, "", "b-" + name, "1.0." + serviceId, ranking, serviceId,
                serviceId, java.util.Map.of());
    }

    @Test
    public void withNoServiceTheBuiltinDecides() {
        assertEquals(builtin, registry.choose(""));
        assertEquals(builtin, registry.choose("fifo"));
    }

    @Test
    public void highestRankingWinsThenNewestService() {
        PolicyHandle low = handle("a", 1, 10);
        PolicyHandle high = handle("b", 5, 11);
        PolicyHandle highNewer = handle("c", 5, 12);
        registry.add(low);
        registry.add(high);
        assertEquals(high, registry.choose(""));
        registry.add(highNewer);
        assertEquals(highNewer, registry.choose(""));
        assertEquals(List.of(highNewer, high, low), registry.services());
    }

    /** Releases of one name dropped in at once: the newest version decides, whichever service registered last. */
    @Test
    public void betweenReleasesOfOneNameTheNewestVersionWins() {
        PolicyHandle v110 = new PolicyHandle(new BuiltinFifoPolicy(), "swappy", "", "b-swappy", "1.10.0", 0, 20, 20,
                java.util.Map.of());
        PolicyHandle v19 = new PolicyHandle(new BuiltinFifoPolicy(), "swappy", "", "b-swappy", "1.9.0", 0, 21, 21,
                java.util.Map.of());
        registry.add(v110);
        registry.add(v19);
        assertEquals(v110, registry.choose("swappy"));
        assertEquals(v110, registry.choose(""));
        PolicyHandle other = handle("other", 0, 22);
        registry.add(other);
        assertEquals("between names the newest service still wins", other, registry.choose(""));
    }

    @Test
    public void aRejectedReleaseIsPassedOverUntilForgiven() {
        PolicyHandle v1 = handle("swappy", 0, 10);
        PolicyHandle v2 = handle("swappy", 0, 11);
        registry.add(v1);
        registry.add(v2);
        assertEquals(v2, registry.choose("swappy"));
        registry.reject(v2);
        assertEquals(v1, registry.choose("swappy"));
        assertEquals(v1, registry.choose(""));
        registry.forgive("swappy");
        assertEquals(v2, registry.choose("swappy"));
    }

    @Test
    public void theConfiguredNameWinsWhenPresent() {
        PolicyHandle a = handle("a", 1, 10);
        registry.add(a);
        registry.add(handle("b", 9, 11));
        assertEquals(a, registry.choose("a"));
        assertEquals(builtin, registry.choose("builtin-fifo"));
        assertEquals("b", registry.choose("missing").name());
        registry.remove(11);
        assertEquals(a, registry.choose("missing"));
        assertEquals(List.of("a", "builtin-fifo"), registry.names());
    }
}
