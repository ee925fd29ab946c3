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
# and, for hotsched, its CPU time per decision over the mix: the JVM's (all of its threads) and the dispatch
# thread's alone, and where the JVM's went by thread (the dispatch thread, the JIT compilers, the GC, ...).
# Each hotsched run starts with a warm-up of $HOTSCHED_BENCH_WARMUP (40) s of hackbench, so that the JIT
# compiles the hot path before the mix is measured: the figures are of a running service, not of its start
# (the warm-up's share of JIT work is printed apart).
set -uo pipefail

dist=${HOTSCHED_DIST:-distribution/target/hotsched}
state=/sys/kernel/sched_ext/state
out=${HOTSCHED_VM_OUT:-/tmp}
cpus=$(nproc)
loops=${HOTSCHED_BENCH_LOOPS:-1000}
seconds=${HOTSCHED_BENCH_SECONDS:-15}
warmup=${HOTSCHED_BENCH_WARMUP:-40}
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

# CPU time of each thread of process $1: "tid ticks kernel-ticks name" lines (the name after the last ')' is
# cut off the stat line, since a thread's name may hold spaces).
thread_ticks() {
	local task comm
	for task in /proc/"$1"/task/*; do
		comm=$(cat "$task/comm" 2>/dev/null) || continue
		sed 's/.*) //' "$task/stat" 2>/dev/null | awk -v t="${task##*/}" -v c="$comm" '{ print t, $12 + $13, $13, c }'
	done
}

# Where the JVM's CPU went between two thread_ticks files $1 and $2: threads grouped by name with numbers
# stripped (the GC's or the JIT's threads as one), the largest first, as shares of the whole, with the part
# spent in the kernel (system calls, and the scheduler's own work done on their behalf).
thread_shares() {
	awk 'NR == FNR { before[$1] = $2; kbefore[$1] = $3; next }
		{ t = $1; d = $2 - before[t]; k = $3 - kbefore[t]; $1 = ""; $2 = ""; $3 = ""; name = substr($0, 4)
		  gsub(/[0-9]+$/, "", name); by[name] += d; kernel[name] += k; all += d }
		END { if (all == 0) { print "  (no CPU time)"; exit }
		      for (n in by) if (by[n] > 0) printf "  %5.1f %%  %-16s (%.0f %% of it in the kernel)\n", by[n] * 100 / all, n, kernel[n] * 100 / by[n] }' \
		"$1" "$2" | sort -rn
}

# Ticks of the threads named $2 in thread_ticks file $1.
ticks_of() { awk -v n="$2" '$4 == n { s += $2 } END { print s + 0 }' "$1"; }

# The decisions in the $2-th sched:stats of log $1.
decisions_in() { awk -v k="$2" '$1 == "dispatched" && $2 ~ /^[0-9]+$/ && ++n == k { print $2 }' "$1"; }

# µs of CPU per decision: $1 ticks over $2 decisions.
per_decision() {
	awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v d="$2" 'BEGIN { if (d > 0) printf "%.0f", t / hz * 1e6 / d; else print "-" }'
}

rows=$out/bench.tsv
: >"$rows"
log "kernel $(uname -r), $cpus CPUs; hackbench -g 4 -l $loops, stress-ng --cpu $cpus ${seconds}s, cyclictest -t $cpus" \
	"${seconds}s idle and loaded, probe ${seconds}s loaded"
log "run: EEVDF (first)"
{ run_mix eevdf-first; printf -- '-\t-\n'; } >>"$rows"
for policy in "${policies[@]}"; do
	log "run: hotsched $policy"
	run_log=$out/bench-hotsched-$policy.log
	# sched:stats after the warm-up and after the mix give the decisions in between, while the JVM still runs.
	window=$((seconds * 6 + 90))
	start_hotsched "$policy" "sched:status; sleep $warmup; sched:stats; sleep $window; sched:stats; sleep 10" \
		"$run_log" || die "hotsched $policy did not attach (log $run_log)"
	java=$(pgrep -P "$hs_pid" -f felix.jar | head -1)
	thread_ticks "$java" >"$out/threads-$policy.start"
	while ! grep -q '^dispatched ' "$run_log"; do
		kill -0 "$hs_pid" 2>/dev/null || die "hotsched $policy stopped during the warm-up (log $run_log)"
		hackbench -g 4 -l "$loops" >/dev/null 2>&1
	done
	before=$(cpu_ticks "$java")
	thread_ticks "$java" >"$out/threads-$policy.before"
	row=$(run_mix "hotsched-$policy")
	for ((i = 0; i < (window + 60) * 10; i++)); do
		[ -n "$(decisions_in "$run_log" 2)" ] && break
		sleep 0.1
	done
	[ -n "$(decisions_in "$run_log" 2)" ] || die "hotsched $policy printed no sched:stats after the mix"
	after=$(cpu_ticks "$java")
	thread_ticks "$java" >"$out/threads-$policy.after"
	decisions=$(($(decisions_in "$run_log" 2) - $(decisions_in "$run_log" 1)))
	dispatch_ticks=$(($(ticks_of "$out/threads-$policy.after" hotsched-dispat) - $(ticks_of "$out/threads-$policy.before" hotsched-dispat)))
	wait "$hs_pid" 2>/dev/null
	await_state disabled 30 || die "hotsched $policy did not detach"
	echo "$row$(per_decision "$((after - before))" "$decisions")	$(per_decision "$dispatch_ticks" "$decisions")" >>"$rows"
done
log "run: EEVDF (last)"
{ run_mix eevdf-last; printf -- '-\t-\n'; } >>"$rows"

{
	echo "kernel $(uname -r) under QEMU TCG ($cpus vCPUs), one boot; ratios to EEVDF = the mean of its first and last runs"
	awk -F '\t' '
		{ for (i = 1; i <= NF; i++) v[NR, i] = $i; name[NR] = $1; n = NR }
		END {
			split("hackbench s|stress-ng ops/s|cyclic idle avg|idle max|loaded avg|loaded max|probe p99|JVM µs/dec|dispatch µs/dec", h, "|")
			printf "%-22s", "scheduler"; for (i = 1; i <= 9; i++) printf " %16s", h[i]; printf "\n"
			for (r = 1; r <= n; r++) {
				printf "%-22s", name[r]
				for (i = 2; i <= 10; i++) {
					base = (v[1, i] + v[n, i]) / 2
					if (v[r, i] == "-" || v[r, i] == "") printf " %16s", "-"
					else if (i >= 9 || base == 0 || r == 1 || r == n) printf " %16s", v[r, i]
					else printf " %9s (%4.2fx)", v[r, i], v[r, i] / base
				}
				printf "\n"
			}
		}' "$rows"
	echo "Lower is better but for stress-ng ops/s. cyclictest runs SCHED_OTHER (through sched_ext); 'loaded' is"
	echo "against $cpus stress-ng hogs, as is the probe (how late a 1 ms sleep wakes). JVM µs/dec: the hotsched"
	echo "JVM's CPU time over the mix divided by the decisions it sent in it; dispatch µs/dec: the dispatch thread's"
	echo "alone. Each hotsched run first warmed up for ${warmup}s (hackbench), not counted. TCG emulation: compare rows"
	echo "of one boot only."
	for policy in "${policies[@]}"; do
		echo "The JVM's CPU time over the mix under $policy, by thread:"
		thread_shares "$out/threads-$policy.before" "$out/threads-$policy.after" | head -8
		echo "... and over the ${warmup}s warm-up before it, not counted above:"
		thread_shares "$out/threads-$policy.start" "$out/threads-$policy.before" | head -4
	done
} >"$out/bench.txt"
cat "$out/bench.txt"
