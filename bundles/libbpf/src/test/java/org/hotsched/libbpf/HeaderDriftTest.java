package org.hotsched.libbpf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

/**
 * The build-time drift check: C generated from the Java bindings must compile against the headers jextract
 * reads (bpf/jextract/hotsched_libbpf.h: libbpf.h, bpf.h, libc, bpf/intf.h). The generated file stays in
 * target/drift-check for inspection.
 */
public class HeaderDriftTest {

    static final Path BPF_DIR = Path.of(System.getProperty("hotsched.bpf.dir", "../../bpf"));
    static final Path WORK_DIR = Path.of(System.getProperty("hotsched.drift.dir", "target/drift-check"));
    static final List<String> INCLUDES = List.of("\"hotsched_libbpf.h\"");
    static final List<Path> INCLUDE_DIRS = List.of(BPF_DIR.resolve("jextract"), BPF_DIR);

    @Test
    public void bindingsMatchTheCHeaders() {
        Skips.requireLibbpf();
        CCompiler cc = CCompiler.findOrSkip(WORK_DIR);
        String source = DriftCheckSource.of(BindingsModel.read(), INCLUDES);
        CCompiler.Result result = cc.syntaxCheck(WORK_DIR, "hotsched_drift_check.c", source, INCLUDE_DIRS);
        assertTrue("the Java bindings in bundles/libbpf drifted from the C headers (regenerate them with"
                + " bpf/jextract/regenerate.sh or fix them by hand); the compiler says:\n" + result.output()
                + "\ncheck source: " + WORK_DIR.resolve("hotsched_drift_check.c").toAbsolutePath(), result.ok());
    }

    /** Guards the check itself: reflection must see every binding, or the C above would check nothing. */
    @Test
    public void theCheckCoversEveryBinding() {
        Skips.requireLibbpf();
        BindingsModel model = BindingsModel.read();
        assertEquals(Set.of("hotsched_queued_task", "hotsched_dispatch", "hotsched_stats", "hotsched_config",
                "hotsched_exit_info", "hotsched_bridge", "bpf_test_run_opts", "bpf_object_open_opts"),
                model.structs().stream().map(BindingsModel.Struct::cName).collect(Collectors.toSet()));
        assertEquals(Set.of("ring_buffer_sample_fn", "libbpf_print_fn_t"),
                model.callbacks().stream().map(BindingsModel.Callback::typedefName).collect(Collectors.toSet()));
        assertEquals(36, model.functions().size());
        assertEquals(37, model.constants().size());
        assertTrue(model.structs().stream().filter(BindingsModel.Struct::extensible)
                .allMatch(s -> s.cName().endsWith("_opts")));
    }
}
