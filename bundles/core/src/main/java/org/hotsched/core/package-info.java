/**
 * The bridge's management view: what the Gogo commands and other tools ask of a running hotsched.
 * The bridge itself lives in {@code org.hotsched.core.internal}.
 */
@Export
@Version("1.2.0")
package org.hotsched.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
