package org.hotsched.itests;

import static org.hotsched.itests.PolicyBundle.SWAPPY_1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.itests.policy.SwappyPolicy;
import org.hotsched.sim.Comparison;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * {@code sched:history}, {@code sched:rollback}, {@code sched:config} and {@code sched:compare} in a real
 * Gogo runtime with Configuration Admin, as the shell prints them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class ShellIT extends HotSwapTestSupport {

    @Inject
    private CommandProcessor processor;

    private CommandSession session;

    @Override
    @Configuration
    public Option[] config() {
        return OptionUtils.combine(super.config(),
                mavenBundle("org.apache.felix", "org.apache.felix.gogo.runtime", System.getProperty("gogo.runtime.version")),
                ours("hotsched-shell"));
    }

    @Before
    public void openSession() {
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        session = processor.createSession(InputStream.nullInputStream(), discard, discard);
        await("the sched commands registered", SWAP_TIMEOUT_MS,
                () -> session.get(".commands") instanceof Set<?> names && names.contains("sched:rollback")
                        && names.contains("sched:history") && names.contains("sched:config")
                        && names.contains("sched:compare"));
    }

    @After
    public void closeSession() {
        session.close();
    }

    @Test
    public void rollbackWithNothingToReturnToFailsWithOneLineSayingWhy() {
        awaitActive("fifo");
        try {
            session.execute("sched:rollback");
            fail("sched:rollback must fail when fifo is the only policy activated so far: " + history());
        } catch (Exception e) {
            String message = e.getMessage();
            assertTrue(message, message.startsWith("nothing to roll back to"));
            assertEquals("one line: " + message, 1, message.lines().count());
        }
    }

    @Test
    public void historyListsTheSwapsAndRollbackReturnsToThePreviousPolicy() throws Exception {
        awaitActive("fifo");
        installAndStart(SWAPPY_1);
        awaitActive(SwappyPolicy.NAME, "1.0.0");

        List<String> before = run("sched:history").lines().toList();
        assertTrue(String.join("\n", before), before.getFirst().startsWith("#  WHEN "));
        assertRow(before.getLast(), SwappyPolicy.NAME, "1.0.0", "policy installed", "active");

        String rolledBack = run("sched:rollback");
        assertTrue(rolledBack, rolledBack.startsWith("rolled back to fifo  ("));
        assertTrue(rolledBack, rolledBack.contains("\nactive policy      fifo  ("));

        List<String> after = run("sched:history").lines().toList();
        assertEquals(String.join("\n", after), before.size() + 1, after.size());
        assertRow(after.get(after.size() - 2), SwappyPolicy.NAME, "1.0.0", "policy installed", "rolled back: ");
        assertRow(after.getLast(), "fifo", "0.1.0.SNAPSHOT", "rollback", "active");
        assertEveryTaskAccountedFor();
    }

    @Test
    public void configChangesTheRunningPolicyLiveWithoutASwapAndABadValueChangesNothing() throws Exception {
        awaitActive("fifo");
        long swaps = bridge.stats().swaps();
        String changed = run("sched:config org.hotsched.policy.fifo slice.ns=2000000");
        assertTrue(changed, changed.startsWith("org.hotsched.policy.fifo updated:"));
        assertTrue(changed, changed.contains("slice.ns  2000000"));
        await("the fifo policy service shows slice.ns=2000000", SWAP_TIMEOUT_MS,
                () -> "2000000".equals(String.valueOf(fifoReference().getProperty("slice.ns"))));
        try {
            session.execute("sched:config org.hotsched.policy.fifo slice.ns=fast");
            fail("slice.ns=fast must be refused");
        } catch (Exception e) {
            String message = e.getMessage();
            assertEquals("sched:config org.hotsched.policy.fifo: slice.ns=fast is not a whole number (now 2000000)",
                    message);
        }
        String now = run("sched:config org.hotsched.policy.fifo");
        assertTrue(now, now.contains("slice.ns  2000000"));
        assertEquals("fifo", bridge.status().activePolicy());
        assertEquals("a configuration change is not a swap", swaps, bridge.stats().swaps());
        awaitDispatches(500);
    }

    /** The bridge checks a change to its own configuration before it is stored: a value it refuses is never written. */
    @Test
    public void configOfTheBridgeRefusesWhatTheBridgeWouldAndStoresNothing() throws Exception {
        awaitActive("fifo");
        String before = run("sched:config org.hotsched.core");
        try {
            session.execute("sched:config org.hotsched.core slice.ns=1 probation.ms=7000");
            fail("slice.ns=1 must be refused");
        } catch (Exception e) {
            assertEquals("sched:config org.hotsched.core: configuration org.hotsched.core: slice.ns=1 is invalid; use a"
                    + " whole number from 1000 to 1000000000; nothing was stored", e.getMessage());
        }
        assertEquals("neither key was stored", before, run("sched:config org.hotsched.core"));
        assertEquals("fifo", bridge.status().activePolicy());
    }

    @Test
    public void compareRunsTheInstalledPoliciesAgainstTheBaselineAndWritesTheTableAndChart() throws Exception {
        awaitActive("fifo");
        installAndStart(SWAPPY_1);
        Path dir = Files.createTempDirectory("hotsched-compare");
        String report = run("sched:compare " + dir);
        assertTrue(report, report.contains("fifo") && report.contains(Comparison.BASELINE));
        assertTrue("a singleton policy has no fresh instance to spare: " + report,
                report.contains("skipped: " + SwappyPolicy.NAME + " (bundle "));
        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"));
        assertTrue(String.join("\n", csv), csv.size() > 2
                && csv.stream().anyMatch(l -> l.contains("fifo"))
                && csv.stream().anyMatch(l -> l.contains(Comparison.BASELINE)));
        assertTrue(Files.readString(dir.resolve("compare.svg")).contains("<svg"));
        assertTrue(report, report.contains("csv: " + dir.resolve("compare.csv")));
    }

    private ServiceReference<SchedulerPolicy> fifoReference() {
        try {
            return context.getServiceReferences(SchedulerPolicy.class, "(component.name=org.hotsched.policy.fifo.FifoPolicy)")
                    .iterator().next();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full view of a command's result, as the Gogo shell prints it. */
    private String run(String command) throws Exception {
        return session.format(session.execute(command), Converter.INSPECT).toString();
    }

    private static void assertRow(String row, String policy, String version, String trigger, String outcome) {
        for (String cell : List.of("  " + policy + "  ", "  " + version + "  ", "  " + trigger + "  ", "  " + outcome)) {
            assertTrue("'" + cell + "' in: " + row, row.contains(cell));
        }
    }
}
