package org.hotsched.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.junit.Test;

public class ExecRunnerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ExecRunner runner = new ExecRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    /** A session that knows a few commands and formats results as "formatted: ...". */
    private static CommandSession session(Map<String, Object> results) {
        return (CommandSession) Proxy.newProxyInstance(ExecRunnerTest.class.getClassLoader(),
                new Class<?>[] {CommandSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "execute" -> {
                        if (!results.containsKey(args[0].toString())) {
                            throw new IllegalArgumentException("Command not found: " + args[0]);
                        }
                        Object result = results.get(args[0].toString());
                        if (result instanceof Exception e) {
                            throw e;
                        }
                        yield result;
                    }
                    case "format" -> "formatted: " + args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    public void printsEachResultFormatted() {
        CommandSession session = session(Map.of("sched:status", "status", "sched:stats", "stats"));
        assertTrue(runner.run(session, List.of("sched:status", "sched:stats")));
        assertEquals("formatted: status\nformatted: stats\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void aFailingCommandGivesOneErrorLineAndTheRestStillRuns() {
        CommandSession session = session(Map.of(
                "sched:use nosuch", new CommandFailure("no policy named 'nosuch'; installed: fifo, builtin-fifo\nmore"),
                "sched:status", "status"));
        assertFalse(runner.run(session, List.of("sched:use nosuch", "sched:status")));
        assertEquals("ERROR: sched:use nosuch: no policy named 'nosuch'; installed: fifo, builtin-fifo\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("formatted: status\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void anUnknownCommandFails() {
        CommandSession session = session(Map.of());
        assertFalse(runner.run(session, List.of("nosuch")));
        assertEquals("ERROR: nosuch: Command not found: nosuch\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void aCommandWithoutResultPrintsNothing() {
        Map<String, Object> results = new HashMap<>();
        results.put("lb", null);
        assertTrue(runner.run(session(results), List.of("lb")));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
