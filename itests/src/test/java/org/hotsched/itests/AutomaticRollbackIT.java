package org.hotsched.itests;

import static org.hotsched.itests.PolicyBundle.SWAPPY_1;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_STRAY_PID;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_THROWING;
import static org.hotsched.itests.PolicyBundle.SYMBOLIC_NAME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Locale;

import org.hotsched.core.HistoryEntry;
import org.hotsched.itests.policy.ThrowingSwappyPolicy;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

/**
 * Broken releases on probation: the bridge rolls them back by itself, to the policy that decided before,
 * and says in the history which bundle did what. Every test ends with the simulator's accounting.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class AutomaticRollbackIT extends HotSwapTestSupport {

    /** {@code probation.ms}, left at its default. */
    private static final long PROBATION_MS = 5_000;

    @Test
    public void aVersionThatThrowsDuringProbationIsRolledBackAutomatically() throws Exception {
        installAndStart(SWAPPY_1);
        awaitActive(SWAPPY, "1.0.0");

        installAndStart(SWAPPY_2_THROWING);

        HistoryEntry bad = awaitEntry("swappy 2.0.0 rolled back",
                e -> e.version().equals("2.0.0") && e.outcome().startsWith(ROLLED_BACK));
        awaitActive(SWAPPY, "1.0.0");
        assertTrue("the reason names the bundle and what it did: " + bad.outcome(),
                bad.outcome().contains(SYMBOLIC_NAME)
                        && (bad.outcome().contains(ThrowingSwappyPolicy.MESSAGE)
                            || bad.outcome().contains(IllegalStateException.class.getSimpleName())));
        HistoryEntry back = lastEntry();
        assertEquals(SWAPPY + " 1.0.0 " + ACTIVE, back.policy() + " " + back.version() + " " + back.outcome());
        assertWithinProbation(bad, back);
        awaitDispatches(500);
        assertEquals("the broken version is not chosen again by itself", SWAPPY + " 1.0.0", describe(bridge.status()));
        assertEveryTaskAccountedFor();
        assertEquals("the trigger of " + back, "automatic rollback", back.trigger());
    }

    @Test
    public void aVersionThatDecidesForAnUnknownTaskIsRolledBackAutomatically() throws Exception {
        awaitActive(FIFO);

        installAndStart(SWAPPY_2_STRAY_PID);

        HistoryEntry bad = awaitEntry("swappy 2.0.0 rolled back",
                e -> e.policy().equals(SWAPPY) && e.outcome().startsWith(ROLLED_BACK));
        awaitActive(FIFO);
        assertTrue("the reason names the bundle and the unknown pid: " + bad.outcome(),
                bad.outcome().contains(SYMBOLIC_NAME) && bad.outcome().toLowerCase(Locale.ROOT).contains("pid"));
        HistoryEntry back = lastEntry();
        assertEquals(FIFO + " " + ACTIVE, back.policy() + " " + back.outcome());
        assertWithinProbation(bad, back);
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
        assertEquals("the trigger of " + back, "automatic rollback", back.trigger());
    }

    private static void assertWithinProbation(HistoryEntry bad, HistoryEntry rollback) {
        Duration taken = Duration.between(bad.at(), rollback.at());
        assertTrue("rolled back " + taken.toMillis() + " ms after activation, within the probation of "
                + PROBATION_MS + " ms", taken.toMillis() <= PROBATION_MS);
    }
}
