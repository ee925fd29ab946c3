package org.hotsched.libbpf;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.util.List;

import org.junit.Test;

/**
 * Proves the drift check fails for each kind of drift: bindings with one deliberate mistake each must not
 * compile, and the compiler must name the mistake.
 */
public class DriftCheckCatchesMismatchTest {

    @Test
    public void everyKindOfDriftFailsTheBuild() {
        CCompiler cc = CCompiler.findOrSkip(HeaderDriftTest.WORK_DIR);
        BindingsModel wrong = new BindingsModel(
                List.of(
                        new BindingsModel.Struct("hotsched_dispatch", 32, false, List.of(
                                new BindingsModel.Field("pid", 0, JAVA_INT),
                                new BindingsModel.Field("vtime", 16, JAVA_LONG),
                                new BindingsModel.Field("cpu", 4, JAVA_LONG))),
                        new BindingsModel.Struct("hotsched_stats", 72, false, List.of()),
                        new BindingsModel.Struct("hotsched_queued_task", 208, false, List.of(
                                new BindingsModel.Field("cpumask", 64, MemoryLayout.sequenceLayout(8, JAVA_INT))))),
                List.of(
                        new BindingsModel.Function("bpf_object__open_mem",
                                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS)),
                        new BindingsModel.Function("bpf_map__set_map_flags",
                                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG)),
                        new BindingsModel.Function("bpf_map__fd", FunctionDescriptor.of(ADDRESS, ADDRESS)),
                        new BindingsModel.Function("bpf_link__fd", FunctionDescriptor.of(JAVA_INT, JAVA_INT)),
                        new BindingsModel.Function("ring_buffer__consume",
                                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)),
                        new BindingsModel.Function("user_ring_buffer__submit", FunctionDescriptor.ofVoid(ADDRESS))),
                List.of(new BindingsModel.Callback("ring_buffer_sample_fn",
                        FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT))),
                List.of(new BindingsModel.Constant("HOTSCHED_MAX_CPUS", 512, false)));
        String source = DriftCheckSource.of(wrong, HeaderDriftTest.INCLUDES);
        CCompiler.Result result = cc.syntaxCheck(HeaderDriftTest.WORK_DIR, "deliberate_drift.c", source,
                HeaderDriftTest.INCLUDE_DIRS);

        assertFalse("bindings with deliberate mistakes compiled", result.ok());
        String out = result.output();
        for (String expected : List.of(
                "hotsched_dispatch.vtime: offset differs",
                "hotsched_dispatch.cpu: size differs",
                "struct hotsched_stats: size is not == 72",
                "hotsched_queued_task.cpumask: size differs",
                "hotsched_queued_task.cpumask[]: element kind differs",
                "argument 2 of 'bpf_object__open_mem' with different width",
                "argument 2 of 'bpf_map__set_map_flags' with different width",
                "bpf_map__fd: return type differs",
                "argument 1 of 'bpf_link__fd' makes pointer from integer",
                "too many arguments to function 'ring_buffer__consume'",
                "too few arguments to function 'user_ring_buffer__submit'",
                "argument 3 of 'hs_ring_buffer_sample_fn' with different width",
                "HOTSCHED_MAX_CPUS: value differs")) {
            assertTrue("the drift check did not report \"" + expected + "\"; compiler output:\n" + out,
                    out.replace('\u2018', '\'').replace('\u2019', '\'').contains(expected));
        }
    }
}
