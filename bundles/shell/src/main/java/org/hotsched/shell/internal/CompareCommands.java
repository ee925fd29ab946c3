package org.hotsched.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.felix.service.command.Descriptor;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.sim.Comparison;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code sched:compare}: runs the simulator's standard mixes against a fresh instance of every installed policy
 * and the EEVDF baseline model, prints the table, and writes it as CSV and an SVG chart.
 */
@Component(service = CompareCommands.class)
@GogoCommand(scope = "sched", function = {"compare"})
public final class CompareCommands {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BundleContext context;

    @Activate
    public CompareCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("runs the standard workload mixes (interactive+hogs, short-tasks, mixed-weights) on the simulator "
            + "against every installed policy and the EEVDF baseline model, same seed; writes compare.csv and "
            + "compare.svg to ./compare-<timestamp>/")
    public CompareReport compare() throws CommandFailure {
        return compare(Path.of("compare-" + LocalDateTime.now().format(STAMP)).toString());
    }

    @Descriptor("as sched:compare, writing compare.csv and compare.svg to DIR (created if missing)")
    public CompareReport compare(@Descriptor("directory for compare.csv and compare.svg") String dir)
            throws CommandFailure {
        Collection<ServiceReference<SchedulerPolicy>> refs;
        try {
            refs = context.getServiceReferences(SchedulerPolicy.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Supplier<SchedulerPolicy>> policies = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        List<Runnable> releases = new ArrayList<>();
        try {
            for (ServiceReference<SchedulerPolicy> ref : refs) {
                ServiceObjects<SchedulerPolicy> objects = context.getServiceObjects(ref);
                SchedulerPolicy probe = objects == null ? null : objects.getService();
                if (probe == null) {
                    continue;
                }
                String name;
                try {
                    name = probe.info().name();
                } finally {
                    objects.ungetService(probe);
                }
                if (!Constants.SCOPE_PROTOTYPE.equals(ref.getProperty(Constants.SERVICE_SCOPE))) {
                    skipped.add(name + " (bundle " + ref.getBundle().getSymbolicName()
                            + "): not prototype scope, so it has no fresh instance to spare");
                    continue;
                }
                String key = policies.containsKey(name) || name.equals(Comparison.BASELINE)
                        ? name + "@" + ref.getBundle().getVersion() : name;
                policies.put(key, () -> {
                    SchedulerPolicy p = objects.getService();
                    releases.add(() -> objects.ungetService(p));
                    return p;
                });
            }
            return run(policies, Path.of(dir), skipped);
        } finally {
            for (Runnable r : releases) {
                try {
                    r.run();
                } catch (RuntimeException ignored) {
                    // the service went away meanwhile
                }
            }
        }
    }

    /** Runs the comparison for {@code policies} and writes the files into {@code dir}. */
    static CompareReport run(Map<String, ? extends Supplier<? extends SchedulerPolicy>> policies, Path dir,
                             List<String> skipped) throws CommandFailure {
        Comparison.Result result = Comparison.builder().policies(new LinkedHashMap<>(policies)).build().run();
        Path csv = dir.resolve("compare.csv");
        Path svg = dir.resolve("compare.svg");
        try {
            Files.createDirectories(dir);
            result.writeCsv(csv);
            result.writeSvg(svg);
        } catch (IOException e) {
            throw new CommandFailure("sched:compare: cannot write to " + dir.toAbsolutePath() + ": " + e);
        }
        return new CompareReport(result.describe(), result.toTable(), csv.toAbsolutePath(), svg.toAbsolutePath(),
                skipped);
    }
}
