package org.hotsched.core.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.Test;

/** Five automatic rollbacks within 30 s are a storm; the same five spread wider are not. */
public class RollbackStormTest {

    private static final long S = TimeUnit.SECONDS.toNanos(1);

    @Test
    public void theFifthWithinTheWindowIsTooMany() {
        RollbackStorm storm = new RollbackStorm();
        for (int i = 0; i < RollbackStorm.LIMIT - 1; i++) {
            assertFalse("rollback " + (i + 1), storm.tooMany(1_000 * S + i * S));
        }
        assertTrue(storm.tooMany(1_000 * S + RollbackStorm.WINDOW_S * S));
    }

    @Test
    public void rollbacksSpreadOverMoreThanTheWindowAreNot() {
        RollbackStorm storm = new RollbackStorm();
        long every = RollbackStorm.WINDOW_S * S / (RollbackStorm.LIMIT - 1) + 1;
        for (int i = 0; i < 3 * RollbackStorm.LIMIT; i++) {
            assertFalse("rollback " + (i + 1), storm.tooMany(1_000 * S + i * every));
        }
    }

    @Test
    public void onlyTheLastFiveCount() {
        RollbackStorm storm = new RollbackStorm();
        storm.tooMany(0);
        long later = 10 * RollbackStorm.WINDOW_S * S;
        for (int i = 0; i < RollbackStorm.LIMIT - 1; i++) {
            assertFalse(storm.tooMany(later + i * S));
        }
        assertTrue(storm.tooMany(later + RollbackStorm.LIMIT * S));
    }
}
