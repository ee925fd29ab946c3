package org.hotsched.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.hotsched.core.SchedulerBridge;
import org.hotsched.shell.internal.ExecReadiness.NotReady;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs the commands of the system property {@code hotsched.exec} once hotsched has started, then stops
 * the framework. Felix's launcher always exits with 0, so the run reports through the file named by
 * {@code hotsched.exec.status}: {@code running} as soon as this component starts (so the launcher
 * knows the run began), then {@code 0} when every command succeeded, else {@code 1}. Does nothing
 * when {@code hotsched.exec} is not set.
 */
@Component(immediate = true)
public final class ExecMode {

    static final String COMMANDS = "hotsched.exec";
    static final String STATUS_FILE = "hotsched.exec.status";
    private static final long TIMEOUT_MS = 30_000;

    private final Thread thread;

    @Activate
    public ExecMode(BundleContext context) {
        String script = context.getProperty(COMMANDS);
        if (script == null) {
            thread = null;
            return;
        }
        thread = Thread.ofPlatform().name("hotsched-exec").daemon()
                .unstarted(() -> runAndStop(context, script));
        thread.start();
    }

    @Deactivate
    void deactivate() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private static void runAndStop(BundleContext context, String script) {
        PrintStream out = ConsoleStreams.out();
        PrintStream err = ConsoleStreams.err();
        writeStatus(context, "running", err);
        boolean ok;
        try {
            ok = run(context, script, out, err);
        } catch (InterruptedException e) {
            return;
        } catch (NotReady e) {
            err.println("ERROR: " + e.getMessage());
            ok = false;
        }
        writeStatus(context, ok ? "0" : "1", err);
        stopFramework(context, err);
    }

    private static boolean run(BundleContext context, String script, PrintStream out, PrintStream err)
            throws InterruptedException, NotReady {
        ExecReadiness readiness = new ExecReadiness(context, TIMEOUT_MS);
        readiness.awaitStarted();
        ServiceTracker<CommandProcessor, CommandProcessor> processors =
                new ServiceTracker<>(context, CommandProcessor.class, null);
        processors.open();
        try {
            CommandProcessor processor = readiness.awaitService(processors, CommandProcessor.class,
                    "the Gogo runtime (bundle org.apache.felix.gogo.runtime)");
            readiness.awaitRegistered(SchedulerBridge.class, "the scheduler bridge (bundle org.hotsched.core)");
            try (CommandSession session = processor.createSession(InputStream.nullInputStream(), out, err)) {
                readiness.awaitCommand(session, "sched:status");
                return new ExecRunner(out, err).run(session, ExecScript.commands(script));
            }
        } finally {
            processors.close();
        }
    }

    private static void writeStatus(BundleContext context, String status, PrintStream err) {
        String file = context.getProperty(STATUS_FILE);
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), status + "\n");
        } catch (IOException e) {
            err.println("ERROR: cannot write the exec status to " + file + " (" + e.getMessage()
                    + "): check that its folder exists and is writable");
        }
    }

    private static void stopFramework(BundleContext context, PrintStream err) {
        try {
            context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).stop();
        } catch (BundleException | IllegalStateException e) {
            err.println("ERROR: cannot stop the framework (" + e.getMessage() + "): stop the JVM by hand");
        }
    }
}
