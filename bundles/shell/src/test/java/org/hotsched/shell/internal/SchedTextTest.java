package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.hotsched.core.BridgeStatus;

import org.junit.Test;

public class SchedTextTest {

    @Test
    public void statusShowsBackendKernelPolicyAndCounters() {
        assertEquals("""
                backend            sim: backend=auto and this kernel has no sched_ext
                kernel             cpus      4
                                   workload  demo
                active policy      fifo  (org.hotsched.policy.fifo 0.1.0.SNAPSHOT)
                configured policy  none: the policy with the highest service.ranking decides
                counters           queued 1234, dispatched 1230, batches 300, swaps 1, policy errors 0
                """, SchedText.status(Samples.status("")));
    }

    @Test
    public void theBackendIsNamedOnceWhenTheReasonStartsWithIt() {
        BridgeStatus sample = Samples.status("");
        BridgeStatus status = new BridgeStatus("sim", "sim: this kernel has no sched_ext", sample.kernel(),
                sample.activePolicy(), sample.activeBundle(), sample.activeVersion(), "", "", sample.stats());
        assertTrue(SchedText.status(status).startsWith("backend            sim: this kernel has no sched_ext\n"));
    }

    @Test
    public void statusShowsTheNoteWhenThereIsOne() {
        String text = SchedText.status(Samples.status("configured policy 'lag' is not installed; using fifo"));
        assertTrue(text, text.contains("\nnote               configured policy 'lag' is not installed; using fifo\n"));
    }

    @Test
    public void policiesAreATableWithTheActiveOneMarked() {
        assertEquals("""
                   NAME          RANKING  BUNDLE                    VERSION         DESCRIPTION
                *  fifo          10       org.hotsched.policy.fifo  0.1.0.SNAPSHOT  global FIFO, a template
                   builtin-fifo  0        org.hotsched.core         0.1.0.SNAPSHOT  used while no policy is installed
                * active
                """, SchedText.policies(new PolicyList(Samples.policies())));
    }

    @Test
    public void noPoliciesSaysSo() {
        assertEquals("no policies installed\n", SchedText.policies(new PolicyList(List.of())));
    }

    @Test
    public void statsShowLatencyInMicrosecondsAndCountsPerPolicy() {
        assertEquals("""
                queued             1234
                dispatched         1230  (40 by the built-in FIFO, while no policy was present)
                batches            300
                swaps              1
                tasks handed over  3
                policy errors      0

                decision latency  p50 12.3 µs  p99 45.6 µs  p99.9 80.1 µs  max 120.0 µs  (300 batches)

                dispatched by policy
                  builtin-fifo  40
                  fifo          1190

                backend counters
                  safety_net  2

                policy counters
                  none
                """, SchedText.stats(Samples.stats()));
    }

    @Test
    public void aSwitchNamesThePolicyNowInUse() {
        assertEquals("now using fifo  (org.hotsched.policy.fifo 0.1.0.SNAPSHOT)\n",
                SchedText.policySwitch(new PolicySwitch(Samples.status(""))));
    }

    @Test
    public void aRollbackNamesThePolicyReturnedToAndShowsTheStatus() {
        assertEquals("rolled back to fifo  (org.hotsched.policy.fifo 0.1.0.SNAPSHOT)\n\n" + SchedText.status(Samples.status("")),
                SchedText.rollback(new PolicyRollback(Samples.status(""))));
    }
}
