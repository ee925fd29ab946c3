package org.hotsched.libbpf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

public class LibbpfLoaderTest {

    @Test
    public void loadsTheInstalledLibbpf() {
        Skips.requireLibbpf();
        LibbpfLoader.Version v = LibbpfLoader.load();
        assertTrue(v + " is below the minimum", v.compareTo(LibbpfLoader.MINIMUM) >= 0);
        assertEquals(v, LibbpfLoader.load());
    }

    @Test
    public void aMissingLibraryNamesThePackageToInstall() {
        try {
            LibbpfLoader.requireLibrary("libhotsched-absent.so.7");
            fail("an absent library was found");
        } catch (LibbpfUnavailableException e) {
            assertEquals("libhotsched-absent.so.7 not found: install libbpf 1.1 or newer (package libbpf1,"
                    + " e.g. apt-get install libbpf1)", e.getMessage());
        }
    }

    @Test
    public void anOldLibbpfIsRefusedWithTheVersionNeeded() {
        try {
            LibbpfLoader.requireVersion(new LibbpfLoader.Version(1, 0));
            fail("libbpf 1.0 was accepted");
        } catch (LibbpfUnavailableException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("libbpf 1.0 is too old: hotsched needs 1.1 or newer"));
        }
        assertEquals(new LibbpfLoader.Version(1, 5), LibbpfLoader.requireVersion(new LibbpfLoader.Version(1, 5)));
        assertEquals(new LibbpfLoader.Version(2, 0), LibbpfLoader.requireVersion(new LibbpfLoader.Version(2, 0)));
    }
}
