package org.hotsched.sim.internal;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.Test;

public class PidIndexTest {

    @Test
    public void agreesWithHashMapThroughPutsRemovesAndGrowth() {
        PidIndex index = new PidIndex(4);
        Map<Integer, Integer> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 200_000; round++) {
            int pid = 1 + random.nextInt(3000);
            if (random.nextBoolean()) {
                index.put(pid, round);
                reference.put(pid, round);
            } else {
                index.remove(pid);
                reference.remove(pid);
            }
            int probe = 1 + random.nextInt(3000);
            assertEquals(reference.getOrDefault(probe, -1).intValue(), index.get(probe));
        }
        assertEquals(reference.size(), index.size());
        assertEquals(-1, index.get(0));
        assertEquals(-1, index.get(-3));
    }
}
