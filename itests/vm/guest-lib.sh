# Sourced by the guest scripts (guest-compare.sh, guest-bench.sh): waiting for the scheduler and for log
# lines, and the wake-up probe. Expects $state (the sched_ext state file).

# Waits up to $2 seconds for the scheduler state to become $1.
await_state() {
	local i
	for ((i = 0; i < $2 * 10; i++)); do
		[ "$(cat "$state")" = "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

# Waits up to $3 seconds for a line matching the regex $1 in file $2.
await_log() {
	local i
	for ((i = 0; i < $3 * 10; i++)); do
		grep -qE "$1" "$2" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# The probe: sleeps 1 ms again and again for $1 seconds, and writes each wake-up's lateness in µs (time
# past the 1 ms asked for) to $2, one per line. Perl, because Time::HiRes is in every Debian. A SCHED_OTHER
# task, so sched_ext (hotsched's policy) decides when it runs, unlike stress-ng's cyclic stressor (RT).
probe() {
	perl -MTime::HiRes=clock_gettime,nanosleep,CLOCK_MONOTONIC -e '
		my ($secs, $file) = @ARGV;
		open(my $fh, ">", $file) or die "probe: $file: $!\n";
		my $end = clock_gettime(CLOCK_MONOTONIC) + $secs;
		while (1) {
			my $t0 = clock_gettime(CLOCK_MONOTONIC);
			last if $t0 >= $end;
			nanosleep(1_000_000);
			printf $fh "%.1f\n", (clock_gettime(CLOCK_MONOTONIC) - $t0) * 1e6 - 1000;
		}' "$1" "$2"
}

# Nearest-rank percentile $1 (0..1) of the numbers in file $2; "-" when it is empty.
percentile() {
	sort -n "$2" | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
		i = int(NR * p); if (i < NR * p) i++; print v[i < 1 ? 1 : i] }'
}

# Starts hotsched from a copy of $dist in /tmp (etc/ is read-only over 9p) with policy=$1 and probation off,
# running the Gogo commands $2, output to $3; sets $hs_pid. $4, if given, is the policy's configuration
# (lines of its etc/org.hotsched.policy.$1.cfg). Returns 1 when it did not attach or the policy did not
# become active within 120 s. Probation is off: a measurement must not end in a rollback for the emulator's
# pace (guest-sched-ext.sh checks probation as shipped).
start_hotsched() {
	local policy=$1 commands=$2 log=$3 copy=/tmp/hotsched-$1
	rm -rf "$copy"
	cp -a "$dist" "$copy"
	sed -i -e "s/^policy=.*/policy=$policy/" -e 's/^probation\.ms=.*/probation.ms=0/' "$copy/etc/org.hotsched.core.cfg"
	[ -z "${4:-}" ] || printf '%s\n' "$4" >"$copy/etc/org.hotsched.policy.$policy.cfg"
	"$copy/bin/hotsched" --exec "$commands" >"$log" 2>&1 &
	hs_pid=$!
	await_state enabled 120 && await_log "^active policy +$policy " "$log" 120
}
