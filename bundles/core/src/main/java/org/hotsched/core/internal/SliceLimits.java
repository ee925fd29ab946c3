package org.hotsched.core.internal;

import static org.hotsched.api.DispatchSink.MAX_SLICE_NS;
import static org.hotsched.api.DispatchSink.MIN_SLICE_NS;

/** The slice a decision gets when the one it asked for is out of bounds (see {@code DispatchSink}). */
final class SliceLimits {

    private SliceLimits() {
    }

    /** {@code sliceNs} within {@link org.hotsched.api.DispatchSink#MIN_SLICE_NS}..MAX; a negative one gets {@code defaultNs}. */
    static long clamp(long sliceNs, long defaultNs) {
        if (sliceNs < 0) {
            return defaultNs;
        }
        return Math.max(MIN_SLICE_NS, Math.min(MAX_SLICE_NS, sliceNs));
    }
}
