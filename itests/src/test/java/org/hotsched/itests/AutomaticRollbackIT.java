package org.hotsched.itests;

import static org.hotsched.itests.PolicyBundle.SWAPPY_1;
import static org.hotsched.itests.PolicyBundle.SWAPPY_1_THROWING_HAND_OVER;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_ALLOCATING;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_BLOCKING;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_DROPPING;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_DUPLICATE;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_FAILING_START;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_HANGING;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_NEGATIVE_SLICE;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_PENDING_THROWING;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_SLOW;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_SPINNING;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_STRAY_PID;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_THROWING;
import static org.hotsched.itests.PolicyBundle.SWAPPY_2_THROWING_ADOPT;
import static org.hotsched.itests.PolicyBundle.SYMBOLIC_NAME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Locale;

import javax.inject.Inject;

import org.hotsched.core.HistoryEntry;
import org.hotsched.core.PolicyFault;
import org.hotsched.itests.policy.FailingStartSwappyPolicy;
import org.hotsched.itests.policy.HangingSwappyPolicy;
import org.hotsched.itests.policy.NegativeSliceSwappyPolicy;
import org.hotsched.itests.policy.PendingThrowingSwappyPolicy;
import org.hotsched.itests.policy.SpinningSwappyPolicy;
import org.hotsched.itests.policy.ThrowingAdoptSwappyPolicy;
import org.hotsched.itests.policy.ThrowingHandOverSwappyPolicy;
import org.hotsched.itests.policy.ThrowingSwappyPolicy;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Broken releases: the bridge rolls them back by itself, straight to the release that decided before, and says
 * in the history which bundle did what. Every test ends with the simulator's accounting.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class AutomaticRollbackIT extends HotSwapTestSupport {

    /** {@code probation.ms}, left at its default. */
    private static final long PROBATION_MS = 5_000;
    private static final String BUILTIN_FIFO = "builtin-fifo";

    @Inject
    private ConfigurationAdmin configAdmin;

    @Test
    public void aVersionThatThrowsDuringProbationIsRolledBackAutomatically() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_THROWING, ThrowingSwappyPolicy.MESSAGE);
        assertEquals("the broken version is not chosen again by itself", SWAPPY + " 1.0.0", describe(bridge.status()));
        assertFault("2.0.0", ThrowingSwappyPolicy.class);
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
        PolicyFault fault = bridge.faults().stream().filter(f -> f.version().equals("2.0.0")).findFirst()
                .orElseThrow(() -> new AssertionError("sched:errors lists swappy 2.0.0: " + bridge.faults()));
        assertTrue("its latest fault is the invalid decision: " + fault,
                fault.last().startsWith("made a decision for pid") && fault.where().isEmpty());
    }

    @Test
    public void aVersionThatDecidesTwiceForATaskIsRolledBackAutomatically() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_DUPLICATE, "had decided on already");
    }

    @Test
    public void aVersionThatGivesANegativeSliceIsRolledBackAutomatically() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_NEGATIVE_SLICE,
                "with a slice of " + NegativeSliceSwappyPolicy.SLICE_NS + " ns");
    }

    @Test
    public void aVersionThatDropsTasksIsRolledBackAutomatically() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_DROPPING, "dropped tasks");
    }

    @Test
    public void aVersionThatIsSlowIsRolledBackAutomatically() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_SLOW, "of CPU over one batch");
    }

    /** It sleeps, so its CPU time is nothing: the time it was blocked is what is judged. */
    @Test
    public void aVersionThatBlocksInEveryRoundIsRolledBackAutomatically() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_BLOCKING, "µs over one batch (off the CPU, not waiting for one");
    }

    @Test
    public void aVersionThatAllocatesAStormIsRolledBackAutomatically() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_ALLOCATING, "KiB over one batch, over its budget of 1024 KiB");
    }

    /** A loop on the CPU, not a sleep: the supervisor does not need the thread to block to give up on it. */
    @Test
    public void aVersionThatSpinsInDispatchIsAbandonedAndRolledBack() throws Exception {
        assertRolledBackStraightToTheReleaseBefore(SWAPPY_2_SPINNING, "did not return from dispatch within 1000 ms");
        assertTrue("the reason says where it spun: " + bridge.history(), bridge.history().stream().anyMatch(
                e -> e.outcome().contains(SpinningSwappyPolicy.class.getName())));
    }

    /** After probation a policy is judged by its faults within a sliding window (3 within 10 s), pending() included. */
    @Test
    public void aVersionThatThrowsInPendingAfterProbationIsRolledBack() throws Exception {
        HistoryEntry bad = rolledBackStraightToTheReleaseBefore(SWAPPY_2_PENDING_THROWING);
        HistoryEntry back = lastEntry();
        assertTrue("the reason names what it threw where, and the window: " + bad.outcome(),
                bad.outcome().contains(PendingThrowingSwappyPolicy.MESSAGE) && bad.outcome().contains("in pending")
                        && bad.outcome().contains("3 faults within 10 s"));
        assertTrue("rolled back after its probation: " + Duration.between(bad.at(), back.at()),
                Duration.between(bad.at(), back.at()).toMillis() >= PROBATION_MS);
        awaitDispatches(500);
        assertEveryTaskAccountedFor();
    }

    /**
     * A release that throws when it is given its predecessor's first tasks, within the swap's gap: refused, and the
     * swap undone: the predecessor takes those tasks back and goes on deciding, with no activation of its own or of
     * the built-in FIFO in between.
     */
    @Test
    public void aVersionThatThrowsTakingOverIsRefusedAndThePreviousReleaseStays() throws Exception {
        installAndStart(SWAPPY_1);
        awaitActive(SWAPPY, "1.0.0");
        awaitDispatches(200);

        installAndStart(SWAPPY_2_THROWING_ADOPT);

        HistoryEntry bad = awaitEntry("swappy 2.0.0 refused", e -> e.version().equals("2.0.0")
                && (e.outcome().startsWith(REFUSED) || e.outcome().startsWith(ROLLED_BACK)));
        awaitActive(SWAPPY, "1.0.0");
        assertTrue("the reason says it threw taking over: " + bad.outcome(),
                bad.outcome().contains("while taking over") && bad.outcome().contains(ThrowingAdoptSwappyPolicy.MESSAGE));
        assertTrue("refused, never active: " + bad, bad.outcome().startsWith(REFUSED));
        HistoryEntry before = entryBefore(bad);
        assertEquals("1.0.0's activation goes on: " + before, "1.0.0", before.version());
        assertEquals("1.0.0's activation goes on: " + before, ACTIVE, before.outcome());
        assertEquals("nothing activated after the refusal: " + history(), bad.sequence(), lastEntry().sequence());
        assertFault("2.0.0", ThrowingAdoptSwappyPolicy.class);
        awaitDispatches(500);
        assertEveryTaskAccountedFor();
    }

    /**
     * A release that throws when it is to give up its tasks: its successor is not blamed for them (the kernel
     * side's stall net runs them) and stays active past its probation; sched:errors names the one that threw.
     */
    @Test
    public void aSuccessorIsNotBlamedForTheTasksItsPredecessorKept() throws Exception {
        installAndStart(SWAPPY_1_THROWING_HAND_OVER);
        awaitActive(SWAPPY, "1.0.0");
        // Its good batches, the warm-up's included, are over well within this.
        Thread.sleep(2_000);

        installAndStart(SWAPPY_2);
        awaitActive(SWAPPY, "2.0.0");
        HistoryEntry v2 = lastEntry();
        Thread.sleep(PROBATION_MS + 1_000);

        assertEquals("2.0.0 came through its probation: " + entry(v2.sequence()), ACTIVE, entry(v2.sequence()).outcome());
        assertEquals(SWAPPY + " 2.0.0", describe(bridge.status()));
        assertFault("1.0.0", ThrowingHandOverSwappyPolicy.class);
        assertEveryTaskAccountedFor();
    }

    /** Asserts that sched:errors lists {@code version} with a fault it threw from {@code policy}'s own code. */
    private void assertFault(String version, Class<?> policy) {
        PolicyFault fault = bridge.faults().stream().filter(f -> f.version().equals(version)).findFirst()
                .orElseThrow(() -> new AssertionError("sched:errors lists swappy " + version + ": " + bridge.faults()));
        assertTrue("its latest fault is what it threw, with where in the policy: " + fault,
                fault.last().startsWith("threw ") && fault.where().contains(policy.getName()));
    }

    /**
     * What every release that goes wrong during probation comes to: rolled back for {@code why}, the bundle named,
     * straight to the release before it with no policy in between, scheduling going on, and no task lost (the
     * simulator's accounting; tasks a release dropped were run by the kernel side's stall net).
     */
    private void assertRolledBackStraightToTheReleaseBefore(PolicyBundle broken, String why) throws Exception {
        HistoryEntry bad = rolledBackStraightToTheReleaseBefore(broken);
        assertTrue("the reason names the bundle and what it did (" + why + "): " + bad.outcome(),
                bad.outcome().contains(SYMBOLIC_NAME) && bad.outcome().contains(why));
        assertWithinProbation(bad, lastEntry());
        awaitDispatches(500);
        assertEveryTaskAccountedFor();
    }

    /**
     * Installs swappy 1.0.0, then {@code broken}; waits until {@code broken} is rolled back and 1.0.0 is active
     * again, activated right after it; returns the entry of {@code broken}.
     */
    private HistoryEntry rolledBackStraightToTheReleaseBefore(PolicyBundle broken) throws Exception {
        installAndStart(SWAPPY_1);
        awaitActive(SWAPPY, "1.0.0");

        installAndStart(broken);

        HistoryEntry bad = awaitEntry("swappy 2.0.0 rolled back",
                e -> e.version().equals("2.0.0") && e.outcome().startsWith(ROLLED_BACK));
        awaitActive(SWAPPY, "1.0.0");
        HistoryEntry back = lastEntry();
        assertEquals("straight back, nothing in between", bad.sequence() + 1, back.sequence());
        assertEntry(back, SWAPPY, "1.0.0", "automatic rollback", ACTIVE);
        return bad;
    }

    /**
     * A release that sleeps in dispatch after its probation is abandoned on its thread after {@code policy.timeout.ms}
     * (1 s by default): a new dispatch thread rolls back to the release before it, with no policy in between, and
     * decides while the old thread still sleeps.
     */
    @Test
    public void aVersionThatHangsAfterProbationIsAbandonedAndRolledBack() throws Exception {
        HistoryEntry bad = rolledBackStraightToTheReleaseBefore(SWAPPY_2_HANGING);
        HistoryEntry back = lastEntry();
        assertTrue("the reason says where the policy was stuck: " + bad.outcome(),
                bad.outcome().contains("did not return from dispatch within 1000 ms")
                        && bad.outcome().contains(HangingSwappyPolicy.class.getName()));
        assertTrue("sched:errors lists the hang: " + bridge.faults(), bridge.faults().stream().anyMatch(
                f -> f.version().equals("2.0.0") && f.last().startsWith("did not return from dispatch")));
        long hungFor = Duration.between(bad.at(), back.at()).toMillis();
        assertTrue("rolled back " + hungFor + " ms after activation: after the good stretch, well before the hang ends",
                hungFor >= HangingSwappyPolicy.GOOD_FOR_MS && hungFor < HangingSwappyPolicy.HANG_MS);
        awaitDispatches(500);
        assertEveryTaskAccountedFor();
    }

    /**
     * A policy saved as the choice once past its probation and rolled back later: the saved choice becomes the
     * policy the rollback returned to, or a restart would bring the rolled-back one back.
     */
    @Test
    public void aRollbackAfterProbationSavesThePolicyItReturnedTo() throws Exception {
        fifoSavedThenInstall(SWAPPY_2_HANGING);
        bridge.use(SWAPPY);
        await("policy=swappy saved after its probation", PROBATION_MS + 5_000, () -> SWAPPY.equals(savedPolicy()));

        awaitEntry("swappy 2.0.0 rolled back", e -> e.version().equals("2.0.0") && e.outcome().startsWith(ROLLED_BACK));
        awaitActive(FIFO);
        await("policy=fifo saved again", 5_000, () -> FIFO.equals(savedPolicy()));
        assertEquals(FIFO, bridge.status().configuredPolicy());
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
    }

    /**
     * {@code sched:use} of a release that cannot start fails with the reason, leaves the active policy deciding,
     * and saves nothing (a choice is saved only once its policy is past probation).
     */
    @Test
    public void usingAVersionThatCannotStartFailsAndSavesNothing() throws Exception {
        fifoSavedThenInstall(SWAPPY_2_FAILING_START);

        try {
            bridge.use(SWAPPY);
            fail("sched:use of a policy that cannot start succeeded: " + describe(bridge.status()));
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("policy swappy (" + SYMBOLIC_NAME + " 2.0.0) did not "
                    + "become active: refused: ") && e.getMessage().contains(FailingStartSwappyPolicy.MESSAGE)
                    && e.getMessage().endsWith("fifo decides, and the saved choice is unchanged (policy=fifo)"));
        }
        assertEquals(FIFO, bridge.status().activePolicy());
        assertEquals("the configured choice in memory is back to fifo", FIFO, bridge.status().configuredPolicy());
        Thread.sleep(PROBATION_MS + 500);
        assertEquals("the saved choice", FIFO, savedPolicy());
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
    }

    /**
     * Automatic rollbacks and refusals coming too fast (five within 30 s: here the same broken release, named again
     * by {@code sched:use} after each) mean the cause is not the releases: the bridge stops walking back, and the
     * built-in FIFO decides, saved as the choice, until {@code sched:use} names a policy.
     */
    @Test
    public void rollbacksComingTooFastLeaveTheBuiltinFifoDecidingAndSaved() throws Exception {
        fifoSavedThenInstall(SWAPPY_2_THROWING);
        // Five are enough when each comes within 6 s of the one before; a few more tries for a slow machine.
        for (int tries = 1; tries <= 8 && !BUILTIN_FIFO.equals(bridge.status().activePolicy()); tries++) {
            try {
                bridge.use(SWAPPY);
            } catch (IllegalStateException refused) {
                // After its first rollback the release throws from its first batch on, so it is refused while it
                // is prepared: that counts as much as a rollback.
            }
            long faults = tries;
            await("rollback or refusal #" + tries, PROBATION_MS + 5_000, () -> turnedAway() >= faults);
            await("back on fifo or builtin-fifo", SWAP_TIMEOUT_MS,
                    () -> !SWAPPY.equals(bridge.status().activePolicy()));
        }
        assertEquals(BUILTIN_FIFO, bridge.status().activePolicy());
        HistoryEntry last = lastEntry();
        assertEquals("" + last, BUILTIN_FIFO + " automatic rollback " + ACTIVE,
                last.policy() + " " + last.trigger() + " " + last.outcome());
        await("policy=builtin-fifo saved", 5_000, () -> BUILTIN_FIFO.equals(savedPolicy()));
        assertEquals(BUILTIN_FIFO, bridge.status().configuredPolicy());
        awaitDispatches(300);
        assertEveryTaskAccountedFor();
    }

    /** How often swappy 2.0.0 was rolled back or refused, as the history says. */
    private long turnedAway() {
        return history().stream().filter(e -> e.version().equals("2.0.0")
                && (e.outcome().startsWith(ROLLED_BACK) || e.outcome().startsWith(REFUSED))).count();
    }

    /** {@code sched:use fifo} until {@code policy=fifo} is saved, then {@code release} installed beside it. */
    private void fifoSavedThenInstall(PolicyBundle release) throws Exception {
        awaitActive(FIFO);
        bridge.use(FIFO);
        await("policy=fifo saved", 5_000, () -> FIFO.equals(savedPolicy()));
        installAndStart(release);
        awaitActive(FIFO);
    }

    private Object savedPolicy() {
        try {
            Dictionary<String, Object> props = configAdmin.getConfiguration("org.hotsched.core", "?").getProperties();
            return props == null ? null : props.get("policy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertWithinProbation(HistoryEntry bad, HistoryEntry rollback) {
        Duration taken = Duration.between(bad.at(), rollback.at());
        assertTrue("rolled back " + taken.toMillis() + " ms after activation, within the probation of "
                + PROBATION_MS + " ms", taken.toMillis() <= PROBATION_MS);
    }
}
