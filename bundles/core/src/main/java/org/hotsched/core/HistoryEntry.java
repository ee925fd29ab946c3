package org.hotsched.core;

import java.time.Instant;
import java.util.Map;

/**
 * One policy activation.
 *
 * @param sequence 1 for the first activation ever recorded (the history is kept across restarts), then 2, 3, ...
 * @param at when the swap happened
 * @param policy the policy's name
 * @param bundle symbolic name of the bundle that provided it
 * @param version that bundle's version
 * @param configuration the policy's configuration at activation (its service properties, without the
 *                      framework's own)
 * @param trigger why: {@code start}, {@code sched:use}, {@code configuration}, {@code policy installed},
 *                {@code updated FROM → TO} (another version of the active policy, in place or beside it),
 *                {@code restarted VERSION} (its bundle restarted, a refresh), {@code policy left},
 *                {@code rollback}, {@code automatic rollback}, or {@code scheduler re-attached (WHY)}
 *                when the kernel had stopped the sched_ext scheduler and hotsched attached a new one (same policy)
 * @param prepareNs how long attaching and warming up the new policy took: on a thread of its own, while the old
 *                  policy went on deciding (0 when nothing was prepared: the built-in FIFO, a re-attach)
 * @param decidedWhilePreparing decisions the old policy made meanwhile
 * @param swapGapNs how long the dispatch thread could make no decision: from quiescing the old policy until the new
 *                  one holds the most urgent of its tasks and decides
 * @param blackoutNs what users felt: the longest a CPU that went idle while the bridge had tasks to decide (held,
 *                   or not read yet) waited for a decision during the swap window (from the start of the
 *                   preparation until the hand-over completed), as the kernel side or the simulator counted it, to
 *                   the upper bound of its histogram bucket (at most 25% over); {@link #NOT_MEASURED} while the window is open, and for entries
 *                   that were no swap (a start, a re-attach, a refusal)
 * @param tasksHandedOver tasks moved from the old policy to this one (those moved within the gap while the
 *                        rest still follow, a chunk per dispatch round)
 * @param outcome {@code active}, {@code replaced}, or {@code rolled back: REASON}
 */
public record HistoryEntry(long sequence, Instant at, String policy, String bundle, String version,
                           Map<String, String> configuration, String trigger, long prepareNs,
                           long decidedWhilePreparing, long swapGapNs, long blackoutNs, int tasksHandedOver,
                           String outcome) {

    /** What {@code blackoutNs} is while the swap window is still open, or when nothing measured it. */
    public static final long NOT_MEASURED = -1;

    /** An activation with nothing prepared: the form of this record before {@code prepareNs} was added. */
    public HistoryEntry(long sequence, Instant at, String policy, String bundle, String version,
                        Map<String, String> configuration, String trigger, long swapGapNs, int tasksHandedOver,
                        String outcome) {
        this(sequence, at, policy, bundle, version, configuration, trigger, 0, 0, swapGapNs, NOT_MEASURED,
                tasksHandedOver, outcome);
    }
}
