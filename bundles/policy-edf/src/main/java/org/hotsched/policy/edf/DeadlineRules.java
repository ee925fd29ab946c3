package org.hotsched.policy.edf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The parsed {@code tasks} setting: comm patterns with a period and a runtime each, first match wins. Immutable.
 *
 * @param epoch a number that changes with every configuration, so verdicts cached under an older one are redone
 */
record DeadlineRules(List<Pattern> patterns, long[] periodNs, long[] runtimeNs, int epoch, Matcher[] matchers) {

    DeadlineRules(List<Pattern> patterns, long[] periodNs, long[] runtimeNs, int epoch) {
        this(patterns, periodNs, runtimeNs, epoch, patterns.stream().map(p -> p.matcher("")).toArray(Matcher[]::new));
    }

    static final String USAGE = "use comma-separated comm-regex:period-ns:runtime-ns with period " + EdfConfig.MIN_PERIOD_NS
            + ".." + EdfConfig.MAX_PERIOD_NS + " and runtime " + EdfConfig.MIN_SLICE_NS + "..period";

    static DeadlineRules parse(String spec, int epoch) {
        List<Pattern> patterns = new ArrayList<>();
        List<long[]> numbers = new ArrayList<>();
        String[] entries = spec == null ? new String[0] : spec.split(",");
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int r = entry.lastIndexOf(':');
            int p = r <= 0 ? -1 : entry.lastIndexOf(':', r - 1);
            if (p <= 0) {
                throw invalid(entry, "expected comm-regex:period-ns:runtime-ns");
            }
            long period = number(entry, entry.substring(p + 1, r), "period");
            long runtime = number(entry, entry.substring(r + 1), "runtime");
            if (period < EdfConfig.MIN_PERIOD_NS || period > EdfConfig.MAX_PERIOD_NS) {
                throw invalid(entry, "period " + period + " is out of range");
            }
            if (runtime < EdfConfig.MIN_SLICE_NS || runtime > period) {
                throw invalid(entry, "runtime " + runtime + " is out of range");
            }
            try {
                patterns.add(Pattern.compile(entry.substring(0, p)));
            } catch (PatternSyntaxException e) {
                throw invalid(entry, "the regex does not compile: " + e.getDescription() + " at index " + e.getIndex());
            }
            numbers.add(new long[] {period, runtime});
        }
        return new DeadlineRules(List.copyOf(patterns), numbers.stream().mapToLong(n -> n[0]).toArray(),
                numbers.stream().mapToLong(n -> n[1]).toArray(), epoch);
    }

    private static long number(String entry, String text, String what) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(entry, what + " '" + text + "' is not a whole number");
        }
    }

    private static IllegalArgumentException invalid(String entry, String why) {
        return new IllegalArgumentException("configuration " + EdfConfig.PID + ": tasks entry '" + entry + "' is invalid ("
                + why + "); " + USAGE);
    }

    /** The smallest period − runtime of the rules; {@link Long#MAX_VALUE} when there are none. */
    long minSlackNs() {
        long slack = Long.MAX_VALUE;
        for (int i = 0; i < periodNs.length; i++) {
            slack = Math.min(slack, Math.max(EdfConfig.MIN_SLICE_NS, periodNs[i] - runtimeNs[i]));
        }
        return slack;
    }

    /**
     * The index of the first rule whose pattern is found in {@code comm}, or -1. Reuses one matcher per rule, so
     * it allocates nothing, and it is for the dispatch thread only.
     */
    int match(CharSequence comm) {
        for (int i = 0; i < matchers.length; i++) {
            if (matchers[i].reset(comm).find()) {
                return i;
            }
        }
        return -1;
    }
}
