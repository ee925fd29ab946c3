#!/usr/bin/env bash
# Runs INSIDE a sched_ext guest (started by bench-on-kernel.sh through run-in-vm.sh), from the repository
# root: the standard mix under the kernel's default scheduler (EEVDF) first, under hotsched with each policy
# of $HOTSCHED_BENCH_POLICIES (fifo fair interactive), and under EEVDF again last, all in this one boot.
# Prints every figure and its ratio to EEVDF's (the mean of the first and last runs); also
# $HOTSCHED_VM_OUT/bench.txt and bench.tsv. A benchmark, not a test: it fails only when a run could not
# be made (hotsched did not attach, a tool is missing).
#
# The mix, per scheduler:
#   hackbench -g 4 -l $HOTSCHED_BENCH_LOOPS (1000)      seconds, lower is better
#   stress-ng --cpu N for 15 s                         bogo-ops/s, higher is better
#   cyclictest -m -i1000 -t N, idle and against N hogs  average and max latency, µs (SCHED_OTHER, so its
#                                                      threads go through sched_ext like the hogs)
#   the wake-up probe against N hogs                   p99 lateness of a 1 ms sleep, µs
# and, for hotsched, the JVM's CPU time from the start of the mix until its sched:stats, divided by the
# decisions it sent (all of them since it started: a little more than the mix's, so the figure is a little low).
set -uo pipefail

dist=${HOTSCHED_DIST:-distribution/target/hotsched}
state=/sys/kernel/sched_ext/state
out=${HOTSCHED_VM_OUT:-/tmp}
cpus=$(nproc)
loops=${HOTSCHED_BENCH_LOOPS:-1000}
seconds=${HOTSCHED_BENCH_SECONDS:-15}
read -r -a policies <<<"${HOTSCHED_BENCH_POLICIES:-fifo fair interactive}"

log() { echo "bench: $*"; }
die() { echo "bench: error: $*" >&2; exit 1; }
# shellcheck source=guest-lib.sh
source "$(dirname "$0")/guest-lib.sh"

for tool in hackbench cyclictest stress-ng perl; do
	command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install rt-tests stress-ng perl)"
done
[ -r "$state" ] || die "no $state: this kernel has no sched_ext"
[ -x "$dist/bin/hotsched" ] || die "$dist/bin/hotsched missing: build the distribution first"
[ "$(cat "$state")" = disabled ] || die "a sched_ext scheduler is already attached ($(cat "$state"))"

# cyclictest's "Avg:" and "Max:" over its threads (mean of the averages, max of the maxima), µs.
cyclic() {
	cyclictest -m -q -i1000 -t "$cpus" -D "${seconds}s" 2>/dev/null | awk '
		/Avg:/ { for (i = 1; i <= NF; i++) { if ($i == "Avg:") { a += $(i + 1); n++ } if ($i == "Max:" && $(i + 1) > m) m = $(i + 1) } }
		END { if (n == 0) print "- -"; else printf "%.0f %d\n", a / n, m }'
}

# N CPU hogs in the background for $1 seconds; sets $hogs_pid.
hogs() {
	stress-ng --temp-path /tmp --cpu "$cpus" --timeout "${1}s" >/dev/null 2>&1 &
	hogs_pid=$!
	sleep 1
}

# One row of figures for scheduler $1, into $out/bench.tsv:
# hackbench s, stress-ng ops/s, cyclictest idle avg/max, loaded avg/max, probe p99, JVM µs/decision.
run_mix() {
	local name=$1 dir=$out/bench-$1 hb ops idle loaded p99
	mkdir -p "$dir"
	hb=$(hackbench -g 4 -l "$loops" 2>&1 | awk '/^Time:/ { print $2 }')
	stress-ng --temp-path /tmp --cpu "$cpus" --timeout "${seconds}s" --metrics-brief --yaml "$dir/stress.yaml" >/dev/null 2>&1
	ops=$(awk '$1 == "bogo-ops-per-second-real-time:" { s += $2 } END { printf "%.0f", s }' "$dir/stress.yaml")
	idle=$(cyclic)
	hogs $((seconds + 3))
	loaded=$(cyclic)
	wait "$hogs_pid" 2>/dev/null
	hogs $((seconds + 3))
	probe "$seconds" "$dir/probe.txt"
	wait "$hogs_pid" 2>/dev/null
	p99=$(percentile 0.99 "$dir/probe.txt")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t' "$name" "${hb:--}" "${ops:--}" "${idle% *}" "${idle#* }" "${loaded% *}"
	printf '%s\t%s\t' "${loaded#* }" "$p99"
}

# CPU time of process $1 (utime + stime), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

rows=$out/bench.tsv
: >"$rows"
log "kernel $(uname -r), $cpus CPUs; hackbench -g 4 -l $loops, stress-ng --cpu $cpus ${seconds}s, cyclictest -t $cpus" \
	"${seconds}s idle and loaded, probe ${seconds}s loaded"
log "run: EEVDF (first)"
{ run_mix eevdf-first; echo -; } >>"$rows"
for policy in "${policies[@]}"; do
	log "run: hotsched $policy"
	run_log=$out/bench-hotsched-$policy.log
	# The Gogo sleep outlasts the mix; sched:stats after it gives the decisions, while the JVM still runs.
	window=$((seconds * 6 + 90))
	start_hotsched "$policy" "sched:status; sleep $window; sched:stats; sleep 10" "$run_log" ||
		die "hotsched $policy did not attach (log $run_log)"
	java=$(pgrep -P "$hs_pid" -f felix.jar | head -1)
	before=$(cpu_ticks "$java")
	row=$(run_mix "hotsched-$policy")
	await_log '^dispatched ' "$run_log" $((window + 60)) || die "hotsched $policy printed no sched:stats"
	after=$(cpu_ticks "$java")
	decisions=$(awk '$1 == "dispatched" && $2 ~ /^[0-9]+$/ { v = $2 } END { print v + 0 }' "$run_log")
	wait "$hs_pid" 2>/dev/null
	await_state disabled 30 || die "hotsched $policy did not detach"
	echo "$row$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v d="$decisions" \
		'BEGIN { if (d > 0) printf "%.0f", t / hz * 1e6 / d; else print "-" }')" >>"$rows"
done
log "run: EEVDF (last)"
{ run_mix eevdf-last; echo -; } >>"$rows"

{
	echo "kernel $(uname -r) under QEMU TCG ($cpus vCPUs), one boot; ratios to EEVDF = the mean of its first and last runs"
	awk -F '\t' '
		{ for (i = 1; i <= NF; i++) v[NR, i] = $i; name[NR] = $1; n = NR }
		END {
			split("hackbench s|stress-ng ops/s|cyclic idle avg|idle max|loaded avg|loaded max|probe p99|JVM µs/dec", h, "|")
			printf "%-22s", "scheduler"; for (i = 1; i <= 8; i++) printf " %16s", h[i]; printf "\n"
			for (r = 1; r <= n; r++) {
				printf "%-22s", name[r]
				for (i = 2; i <= 9; i++) {
					base = (v[1, i] + v[n, i]) / 2
					if (v[r, i] == "-" || v[r, i] == "") printf " %16s", "-"
					else if (i == 9 || base == 0 || r == 1 || r == n) printf " %16s", v[r, i]
					else printf " %9s (%4.2fx)", v[r, i], v[r, i] / base
				}
				printf "\n"
			}
		}' "$rows"
	echo "Lower is better but for stress-ng ops/s. cyclictest runs SCHED_OTHER (through sched_ext); 'loaded' is"
	echo "against $cpus stress-ng hogs, as is the probe (how late a 1 ms sleep wakes). JVM µs/dec: the hotsched"
	echo "JVM's CPU time over the mix divided by the decisions it sent. TCG emulation: compare rows of one boot only."
} >"$out/bench.txt"
cat "$out/bench.txt"
