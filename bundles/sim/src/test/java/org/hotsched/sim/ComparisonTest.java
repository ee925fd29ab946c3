package org.hotsched.sim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;

public class ComparisonTest {

    private static final AtomicInteger FIFO_INSTANCES = new AtomicInteger();
    private static Comparison.Result result;

    @BeforeClass
    public static void runOnce() {
        result = Comparison.builder()
                .policy("fifo", () -> {
                    FIFO_INSTANCES.incrementAndGet();
                    return new FifoTestPolicy();
                })
                .policy("weighted-vtime", WeightedVtimePolicy::new)
                .build().run();
    }

    @Test
    public void rowsForEveryPolicyWorkloadAndClass() {
        assertEquals(List.of("fifo", "weighted-vtime", Comparison.BASELINE), result.policies());
        assertTrue(result.failures().toString(), result.failures().isEmpty());
        assertEquals("a fresh instance per run", 3, FIFO_INSTANCES.get());
        for (String p : result.policies()) {
            for (Comparison.Mix mix : result.mixes()) {
                Comparison.Row focus = result.row(p, mix.name(), mix.focusClass());
                assertNotNull(p + " on " + mix.name(), focus);
                assertTrue(p + " on " + mix.name(), focus.balanced());
                assertTrue(focus.toString(), focus.waitP99Ns() >= focus.waitP50Ns());
            }
        }
        assertNotNull(result.row(Comparison.BASELINE, "mixed-weights", "hog-nice5"));
        assertEquals(List.of("interactive+hogs", "short-tasks", "mixed-weights"),
                result.mixes().stream().map(Comparison.Mix::name).toList());
    }

    @Test
    public void sameSeedSameRows() {
        Comparison.Result again = Comparison.builder().policy("fifo", FifoTestPolicy::new)
                .policy("weighted-vtime", WeightedVtimePolicy::new).build().run();
        assertEquals(result.rows(), again.rows());
    }

    @Test
    public void baselineSharesCpuByWeight() {
        Comparison.Row heavy = result.row(Comparison.BASELINE, "mixed-weights", "hog-nice-5");
        Comparison.Row light = result.row(Comparison.BASELINE, "mixed-weights", "hog-nice5");
        assertTrue(result.toTable(), heavy.cpuShare() > 5 * light.cpuShare());
        assertTrue(result.toTable(), heavy.fairness() > 0.9);
    }

    @Test
    public void tableNamesEveryPolicy() {
        String table = result.toTable();
        assertTrue(table, table.startsWith("workload"));
        for (String p : result.policies()) {
            assertTrue(table, table.contains(p));
        }
        assertTrue(table, table.contains("p99.9"));
    }

    @Test
    public void csvHasHeaderAndOneLinePerRow() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "compare-test"));
        Path csv = dir.resolve("compare.csv");
        result.writeCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("policy,workload,class,bursts_per_s,cpu_share,wait_p50_ns,wait_p99_ns,wait_p999_ns,fairness,balanced",
                lines.get(0));
        assertEquals(result.rows().size() + 1, lines.size());
        for (String line : lines) {
            assertEquals(line, 10, line.split(",", -1).length);
        }
    }

    @Test
    public void svgIsWellFormedWithBarsAxisAndLegend() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "compare-test"));
        Path svg = dir.resolve("compare.svg");
        result.writeSvg(svg);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        int bars = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength();
        assertEquals(result.policies().size() * result.mixes().size(), bars);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("p99 wait (ms)"));
        for (String p : result.policies()) {
            assertTrue(p, text.contains(">" + p + "</text>"));
        }
    }

    @Test
    public void niceSteps() {
        assertEquals(1.0, SvgChart.niceStep(0.7), 1e-9);
        assertEquals(2.0, SvgChart.niceStep(1.3), 1e-9);
        assertEquals(50.0, SvgChart.niceStep(31), 1e-9);
    }
}
