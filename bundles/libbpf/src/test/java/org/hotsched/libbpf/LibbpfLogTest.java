package org.hotsched.libbpf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.System.Logger.Level;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

/** libbpf's print callback and errno, through calls that fail without needing root. */
public class LibbpfLogTest {

    @BeforeClass
    public static void libbpf() {
        Skips.requireLibbpf();
    }

    @Test
    public void aFailedOpenReportsErrnoAndWarnsTheLogger() {
        RecordingLogger log = new RecordingLogger(Level.DEBUG);
        LibbpfLog.install(log);
        String path = "/nonexistent/hotsched-" + ProcessHandle.current().pid() + ".bpf.o";
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment callState = LibbpfErrno.allocateCallState(arena);
            MemorySegment obj = LibbpfErrno.bpf_object__open_file(callState, arena.allocateFrom(path), MemorySegment.NULL);
            assertEquals(MemorySegment.NULL, obj);
            assertEquals(Libbpf.ENOENT(), LibbpfErrno.errno(callState));
            assertEquals("No such file or directory", LibbpfErrno.message(-Libbpf.ENOENT()));
        }
        List<RecordingLogger.Entry> warnings = log.containing(path).stream()
                .filter(e -> e.level() == Level.WARNING).toList();
        assertTrue("no libbpf warning naming " + path + " in " + log.entries, !warnings.isEmpty());
        assertTrue(warnings.getFirst().message(), warnings.getFirst().message().startsWith("libbpf: "));
    }

    /** Longer than the reused 4 KiB buffer: formatted again from the va_list copy, not cut. */
    @Test
    public void aLongMessageArrivesWhole() {
        RecordingLogger log = new RecordingLogger(Level.WARNING);
        LibbpfLog.install(log);
        String path = "/nonexistent/" + "x".repeat(6000) + ".bpf.o";
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment callState = LibbpfErrno.allocateCallState(arena);
            LibbpfErrno.bpf_object__open_file(callState, arena.allocateFrom(path), MemorySegment.NULL);
        }
        assertTrue("no whole 6000-character path among " + log.entries.size() + " messages",
                !log.containing(path).isEmpty());
    }

    @Test
    public void notAnElfFileIsLibbpfsOwnError() {
        RecordingLogger log = new RecordingLogger(Level.WARNING);
        LibbpfLog.install(log);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment callState = LibbpfErrno.allocateCallState(arena);
            MemorySegment junk = arena.allocateFrom("not an ELF object, just text");
            MemorySegment obj = LibbpfErrno.bpf_object__open_mem(callState, junk, junk.byteSize(), MemorySegment.NULL);
            assertEquals(MemorySegment.NULL, obj);
            int errno = LibbpfErrno.errno(callState);
            assertTrue("errno " + errno, errno > 0);
            assertTrue(LibbpfErrno.message(errno), !LibbpfErrno.message(errno).startsWith("Unknown"));
        }
        assertTrue("no warning for a non-ELF buffer", !log.entries.isEmpty());
    }

    @Test
    public void levelsMapToSystemLoggerLevels() {
        assertEquals(Level.WARNING, LibbpfLog.level(Libbpf.LIBBPF_WARN()));
        assertEquals(Level.INFO, LibbpfLog.level(Libbpf.LIBBPF_INFO()));
        assertEquals(Level.DEBUG, LibbpfLog.level(Libbpf.LIBBPF_DEBUG()));
    }
}
