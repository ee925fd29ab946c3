package org.hotsched.core.internal;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;

import org.hotsched.libbpf.LibbpfLoader;
import org.hotsched.libbpf.LibbpfLog;
import org.junit.Test;

/**
 * The loader's failure paths on a kernel without sched_ext (our build machines): the embedded scheduler
 * object opens, the kernel refuses it, the error is one line with the end of libbpf's log, and nothing
 * stays attached. On a sched_ext kernel the VM test (itests/vm) covers the success path.
 */
public class BpfSchedulerTest {

    /** Skips the test, saying why on the console, when a prerequisite is missing here. */
    private static void skipUnless(boolean present, String why) {
        if (!present) {
            System.out.println("SKIPPED: " + why);
        }
        assumeTrue(why, present);
    }

    private static byte[] embeddedObject() throws Exception {
        try (InputStream in = BpfBackend.class.getResourceAsStream(BpfBackend.OBJECT_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Test
    public void aKernelWithoutSchedExtRefusesTheSchedulerWithOneClearLine() throws Exception {
        byte[] image = embeddedObject();
        Prerequisite.require(image != null,
                "no embedded BPF object (clang was missing at build time: apt-get install clang libbpf-dev)");
        skipUnless("root".equals(System.getProperty("user.name")), "loading BPF needs root");
        skipUnless(!Files.isDirectory(BpfPrerequisites.SCHED_EXT),
                "this kernel has sched_ext; the refusal path needs one without");
        LibbpfLoader.Version version = LibbpfLoader.load();
        LogTail log = new LogTail(System.getLogger("org.hotsched.libbpf"), 64);
        LibbpfLog.install(log);
        try {
            BpfScheduler.attach(image, new BpfScheduler.Knobs(1, 5_000_000L, 50_000_000L, 100_000_000L), log, version)
                    .close();
            fail("a kernel without sched_ext accepted the scheduler");
        } catch (BpfLoadException e) {
            String message = e.getMessage();
            System.out.println("refused as expected: " + message);
            assertTrue(message, message.startsWith("load: the kernel refused the BPF scheduler"));
            assertTrue("quotes libbpf's log: " + message, message.contains("sched_ext_ops"));
            assertTrue("one line: " + message, !message.contains("\n"));
        }
    }

    @Test
    public void theMissingPrerequisiteIsNamedWithItsFix() {
        skipUnless(!Files.isDirectory(BpfPrerequisites.SCHED_EXT), "this kernel has sched_ext");
        String why = BpfPrerequisites.missing().orElseThrow();
        assertTrue(why, why.contains("CONFIG_SCHED_CLASS_EXT") && why.contains("/sys/kernel/sched_ext"));
        BackendFactory.Choice choice = BackendFactory.open(BridgeSettings.DEFAULTS);
        try {
            assertTrue(choice.reason(), choice.reason().startsWith("sim: this kernel has no sched_ext"));
        } finally {
            choice.backend().close();
        }
    }
}
