package org.hotsched.libbpf;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;

/**
 * Finds libbpf before anything touches {@link Libbpf}, whose class initializer would otherwise fail with a
 * bare "Cannot open library". Call {@link #load()} once, before the first binding is used.
 */
public final class LibbpfLoader {

    /** The shared object {@link Libbpf} binds to: libbpf's ABI 1, in package libbpf1 on Debian and Ubuntu. */
    public static final String SONAME = "libbpf.so.1";
    /** The oldest libbpf with every function bound here (user ring buffers arrived in 1.1). */
    public static final Version MINIMUM = new Version(1, 1);

    private static Version loaded;

    /** A libbpf version, as {@code libbpf_major_version()}/{@code libbpf_minor_version()} report it. */
    public record Version(int major, int minor) implements Comparable<Version> {
        @Override
        public int compareTo(Version other) {
            return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    private LibbpfLoader() {
    }

    /**
     * Checks that libbpf.so.1 can be opened and is at least {@link #MINIMUM}.
     *
     * @return the version found
     * @throws LibbpfUnavailableException if it is missing or too old; the message names the package to install
     */
    public static synchronized Version load() {
        if (loaded == null) {
            requireLibrary(SONAME);
            loaded = requireVersion(new Version(Libbpf.libbpf_major_version(), Libbpf.libbpf_minor_version()));
        }
        return loaded;
    }

    static void requireLibrary(String soname) {
        try (Arena probe = Arena.ofConfined()) {
            SymbolLookup.libraryLookup(soname, probe);
        } catch (IllegalArgumentException e) {
            throw new LibbpfUnavailableException(soname + " not found: install libbpf " + MINIMUM
                    + " or newer (package libbpf1, e.g. apt-get install libbpf1)");
        }
    }

    static Version requireVersion(Version found) {
        if (found.compareTo(MINIMUM) < 0) {
            throw new LibbpfUnavailableException("libbpf " + found + " is too old: hotsched needs " + MINIMUM
                    + " or newer (package libbpf1 of Debian 12, Ubuntu 23.04 or later)");
        }
        return found;
    }
}
