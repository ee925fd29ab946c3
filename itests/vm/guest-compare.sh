#!/usr/bin/env bash
# Runs INSIDE a sched_ext guest (started by compare-on-kernel.sh through run-in-vm.sh), from the repository
# root: the same small mix under the kernel's default scheduler, then under hotsched with each policy
# ($HOTSCHED_COMPARE_POLICIES: fifo interactive fair edf rules), all in this one boot, and prints one table (also
# $HOTSCHED_VM_OUT/compare.txt, and compare.tsv). Exits 1 when a run failed (scheduler never attached or
# detached, workload failed) or a property check failed.
#
# Property checks (ratios and counts within this boot, not timings), each policy's README claim on real tasks:
#   fair         a nice-0 and a nice-5 hog pinned to one CPU for $HOTSCHED_WEIGHTS_SECONDS (20) s: the nice-0
#                one gets about 3x the nice-5 one's CPU time (the weights: 1024/335 = 3.06x), within +-20 %
#                (the kernel default runs the same pair, for reference: 2.68-2.75x in this emulation);
#   interactive  the probe (1 ms sleeps) beside 6 hogs on its CPU, for $HOTSCHED_WEIGHTS_SECONDS s: no wake-up
#                waits the 1 s held budget (before VirtualRuntimes' floor was fixed: 1-4.9 s). Its p99 against
#                fifo's on the same pair, the issue's property, is printed as a target, not asserted: it was
#                missed in two of seven 6.17 boots and one 7.2 boot (README, "Comparing policies");
#   edf          a periodic task (20 ms period, 4 ms of CPU per job, a 5 ms runtime in edf's rules) beside 6
#                hogs on the same CPU misses fewer deadlines than under fifo, which runs the same pair;
#   rules        a latency-critical hog (class weight 300) and a batch hog (weight 100) pinned to one CPU:
#                the batch one is pushed back, more than 1.5x less CPU time (the weights say 3x: 2.03-2.58x
#                before VirtualRuntimes' floor was fixed, 2.81-2.98x after; see README);
#   fifo         Jain's fairness over its equal hogs in the mix is at least 0.9; and as many hogs as CPUs, alone
#                for $HOTSCHED_BUSY_SECONDS (10) s, get at least 0.8x the CPU time they get under the kernel
#                default, which runs them too (no CPU idles while a hog waits: before the BPF side kicked a CPU
#                whose last task it kept, they got 0.38x; after, 0.95x).

# The mix, for $HOTSCHED_COMPARE_SECONDS (15) s: $HOTSCHED_COMPARE_HOGS (2 per CPU) CPU hogs, each its own
# `stress-ng --cpu 1` so that its bogo-ops can be read alone (fairness), beside one wake-up latency probe
# that sleeps 1 ms and records how late it runs again.
#
# The probe is not stress-ng's cyclic stressor: that runs as SCHED_FIFO/RR, a class above sched_ext, so it
# would measure the kernel's RT class in all three runs. The probe is a SCHED_OTHER task, like the hogs,
# and sched_ext (so hotsched's policy) decides when it runs.
set -euo pipefail

dist=${HOTSCHED_DIST:-distribution/target/hotsched}
state=/sys/kernel/sched_ext/state
out=${HOTSCHED_VM_OUT:-/tmp}
seconds=${HOTSCHED_COMPARE_SECONDS:-15}
cpus=$(nproc)
hogs=${HOTSCHED_COMPARE_HOGS:-$((2 * cpus))}
weights_seconds=${HOTSCHED_WEIGHTS_SECONDS:-20}
busy_seconds=${HOTSCHED_BUSY_SECONDS:-10}
read -r -a policies <<<"${HOTSCHED_COMPARE_POLICIES:-fifo interactive fair edf rules}"
runs=$((1 + ${#policies[@]}))

die() { echo "compare: error: $*" >&2; exit 1; }
log() { echo "compare: $*"; }
# shellcheck source=guest-lib.sh
source "$(dirname "$0")/guest-lib.sh"

[ -r "$state" ] || die "no $state: this kernel has no sched_ext"
[ -x "$dist/bin/hotsched" ] || die "$dist/bin/hotsched missing: build the distribution first"
command -v stress-ng >/dev/null || die "stress-ng is not installed"
[ "$(cat "$state")" = disabled ] || die "a sched_ext scheduler is already attached ($(cat "$state"))"

# Runs the mix once; its files go to $out/$1/. Returns non-zero when a hog or the probe failed.
run_mix() {
	local dir=$out/$1 i pids=() rc=0
	rm -rf "$dir"
	mkdir -p "$dir"
	for ((i = 1; i <= hogs; i++)); do
		# One fixed method, so a bogo-op is the same work in every instance and run.
		stress-ng --temp-path /tmp --cpu 1 --cpu-method int64 --timeout "${seconds}s" \
			--metrics-brief --yaml "$dir/hog-$i.yaml" >"$dir/hog-$i.log" 2>&1 &
		pids+=($!)
	done
	probe "$seconds" "$dir/probe.txt" 2>"$dir/probe.log" &
	pids+=($!)
	for i in "${pids[@]}"; do
		wait "$i" || rc=1
	done
	return "$rc"
}

# Two hogs pinned to the last CPU, nice 0 and nice 5, for $weights_seconds s; prints their CPU-time ratio
# (nice 0 over nice 5, from stress-ng's user+sys times) and keeps the files in $out/$1-weights/.
run_weights() {
	local dir=$out/$1-weights nice pids=() rc=0
	rm -rf "$dir"
	mkdir -p "$dir"
	for nice in 0 5; do
		taskset -c "$((cpus - 1))" nice -n "$nice" stress-ng --temp-path /tmp --cpu 1 --cpu-method int64 \
			--timeout "${weights_seconds}s" --metrics-brief --yaml "$dir/nice-$nice.yaml" >"$dir/nice-$nice.log" 2>&1 &
		pids+=($!)
	done
	for nice in "${pids[@]}"; do
		wait "$nice" || rc=1
	done
	[ "$rc" -eq 0 ] || return 1
	awk '$1 ~ /^(user|system)-time:$/ { t[FILENAME] += $2 }
		END { a = t[ARGV[1]]; b = t[ARGV[2]]; if (b <= 0) exit 1; printf "%.2f\n", a / b }' \
		"$dir/nice-0.yaml" "$dir/nice-5.yaml"
}

# Reports a run whose workload failed: $1 the scheduler's name, $2 what failed, $3 its files under $out.
run_failed() {
	log "FAIL: $1: $2 failed (logs in $out/$3/)"
	failed=1
}

# Prints the user+sys time in stress-ng's YAML files $2... as % of all CPUs' time over $1 s; fails on none.
cpu_share() {
	local all=$(($1 * cpus))
	shift
	awk -v all="$all" '$1 ~ /^(user|system)-time:$/ { s += $2 }
		END { if (s <= 0) exit 1; printf "%.0f\n", 100 * s / all }' "$@"
}

# One hog per CPU, not pinned, for $busy_seconds s, under scheduler $1 (files in $out/$1-busy/): records
# their CPU time as % of all CPUs' time in properties.txt and in $out/$2 for the checks.
run_busy() {
	local dir=$out/$1-busy busy
	rm -rf "$dir"
	mkdir -p "$dir"
	if stress-ng --temp-path /tmp --cpu "$cpus" --cpu-method int64 --timeout "${busy_seconds}s" --metrics-brief \
		--yaml "$dir/hogs.yaml" >"$dir/hogs.log" 2>&1 && busy=$(cpu_share "$busy_seconds" "$dir/hogs.yaml"); then
		echo "$1 one hog per CPU: ${busy} % of the CPUs' time" >>"$props"
		echo "$busy" >"$out/$2"
	else
		run_failed "$1" "the hogs of the busy run" "$1-busy"
	fi
}

# 0 when ratio $1 is within +-20 % of $2.
ratio_within() {
	awk -v r="$1" -v want="$2" 'BEGIN { exit !(r >= want * 0.8 && r <= want * 1.2) }'
}

# Prints the path of a perl that runs as a task named $1 (its comm, which edf's and rules' settings match):
# a link named so, since a task's comm is the name of the file it executed.
perl_named() {
	ln -sf "$(command -v perl)" "/tmp/$1"
	echo "/tmp/$1"
}

# Runs "$@" pinned to the last CPU beside 6 hogs pinned there, for $weights_seconds s (the hogs start 1 s
# earlier and end 1 s later); its files go to $out/$1 (the first argument), its output to $out/$1/out.txt.
# Returns non-zero when the hogs or the command failed.
beside_pinned_hogs() {
	local dir=$out/$1 last=$((cpus - 1)) hogs_pid rc=0
	shift
	rm -rf "$dir"
	mkdir -p "$dir"
	taskset -c "$last" stress-ng --temp-path /tmp --cpu 6 --cpu-method int64 --timeout "$((weights_seconds + 2))s" \
		>"$dir/hogs.log" 2>&1 &
	hogs_pid=$!
	sleep 1
	# A subshell that pins itself, so "$@" may be a shell function too.
	(taskset -pc "$last" "$BASHPID" >/dev/null && "$@") >"$dir/out.txt" || rc=1
	wait "$hogs_pid" || rc=1
	return "$rc"
}

# A periodic task, hs-periodic, beside the pinned hogs: each 20 ms it is released, burns 4 ms of its own CPU
# time and sleeps to the next release. Prints "jobs missed", a job missed when it finished after its period
# ended (or never started); files in $out/$1-periodic/.
run_periodic() {
	local dir=$out/$1-periodic
	beside_pinned_hogs "$1-periodic" "$(perl_named hs-periodic)" \
		-MTime::HiRes=clock_gettime,clock_nanosleep,CLOCK_MONOTONIC,CLOCK_THREAD_CPUTIME_ID,TIMER_ABSTIME -e '
		my ($secs, $period, $work) = map { $_ / 1e6 } @ARGV;
		my $start = clock_gettime(CLOCK_MONOTONIC);
		my ($release, $jobs, $missed) = ($start, 0, 0);
		while ($release < $start + $secs) {
			my $cpu = clock_gettime(CLOCK_THREAD_CPUTIME_ID);
			1 while clock_gettime(CLOCK_THREAD_CPUTIME_ID) - $cpu < $work;
			my $done = clock_gettime(CLOCK_MONOTONIC);
			$jobs++;
			$missed++ if $done > $release + $period;
			$release += $period;
			while ($release + $period <= $done) { $release += $period; $jobs++; $missed++ }
			clock_nanosleep(CLOCK_MONOTONIC, $release * 1e9, TIMER_ABSTIME);
		}
		print "$jobs $missed\n";' "$((weights_seconds * 1000000))" 20000 4000 || return 1
	[ -s "$dir/out.txt" ] || return 1
	cat "$dir/out.txt"
}

# The probe (1 ms sleeps) beside the pinned hogs. Prints its wake-up lateness "p50 p99 max samples" (µs,
# nearest rank); files in $out/$1-sleeper/.
run_sleeper() {
	local dir=$out/$1-sleeper
	beside_pinned_hogs "$1-sleeper" probe "$weights_seconds" "$dir/probe.txt" || return 1
	[ -s "$dir/probe.txt" ] || return 1
	echo "$(percentile 0.5 "$dir/probe.txt") $(percentile 0.99 "$dir/probe.txt") $(percentile 1 "$dir/probe.txt")" \
		"$(wc -l <"$dir/probe.txt")"
}

# Two busy loops named hs-lc and hs-batch pinned to the last CPU for $weights_seconds s; prints their
# CPU-time ratio (hs-lc over hs-batch); files in $out/$1-classes/.
run_classes() {
	local dir=$out/$1-classes name pids=() rc=0
	rm -rf "$dir"
	mkdir -p "$dir"
	for name in hs-lc hs-batch; do
		taskset -c "$((cpus - 1))" "$(perl_named "$name")" -MTime::HiRes=time -e 'my $end = time + shift; 1 while time < $end;
			my @t = times; print $t[0] + $t[1], "\n"' "$weights_seconds" >"$dir/$name.txt" &
		pids+=($!)
	done
	for name in "${pids[@]}"; do
		wait "$name" || rc=1
	done
	[ "$rc" -eq 0 ] || return 1
	awk 'NR == 1 { a = $1 } NR == 2 { b = $1 } END { if (b <= 0) exit 1; printf "%.2f\n", a / b }' \
		"$dir/hs-lc.txt" "$dir/hs-batch.txt"
}

# Checks: "check: ok" or "FAIL: check:" lines, and $failed.
check() {
	if [ "$1" = ok ]; then
		log "check: ok    $2"
	else
		log "FAIL: check: $2"
		failed=1
	fi
}

# The policy's settings for its property run: edf's periodic task, rules' two classes.
policy_config() {
	case $1 in
	edf) echo "tasks = ^hs-periodic\$:20000000:5000000" ;;
	rules) printf '%s\n' "rules = latency-critical:comm=^hs-lc\$, batch:comm=^hs-batch\$" \
		"latency.critical.weight = 300" "batch.weight = 100" ;;
	esac
}

# How many property runs policy $1 has (fifo runs both edf's and interactive's counterpart), each
# $weights_seconds s of load and about 3 s around it.
property_runs() {
	case $1 in
	fifo) echo 3 ;;
	*) echo 1 ;;
	esac
}

# The property run of policy $1 while it is attached (see the top), recorded in $props; sets $failed.
property_run() {
	local policy=$1 name=hotsched-$1 ratio jobs ok wake p50 p99 max samples
	case $policy in
	fair)
		if ratio=$(run_weights "$name"); then
			echo "$name nice-0/nice-5 CPU time ${ratio}x (about 3x +-20 %; the weights 3.06x)" >>"$props"
			ratio_within "$ratio" 3 && ok=ok || ok=no
			check "$ok" "fair gives nice 0 ${ratio}x the CPU time of nice 5 (about 3x +-20 %; the weights 3.06x)"
		else
			run_failed "$name" "the nice-0/nice-5 hogs" "$name-weights"
		fi
		;;
	fifo | edf)
		if jobs=$(run_periodic "$name"); then
			echo "$name periodic task: ${jobs% *} jobs, ${jobs#* } missed their deadline" >>"$props"
			echo "$jobs" >"$out/$policy-missed.txt"
		else
			run_failed "$name" "the periodic task or its hogs" "$name-periodic"
		fi
		;;
	rules)
		if ratio=$(run_classes "$name"); then
			echo "$name latency-critical/batch CPU time ${ratio}x (class weights: 3x)" >>"$props"
			awk -v r="$ratio" 'BEGIN { exit !(r > 1.5) }' && ok=ok || ok=no
			check "$ok" "rules gives its latency-critical hog ${ratio}x the CPU time of its batch hog (more than 1.5x; the weights 3x)"
		else
			run_failed "$name" "the class hogs" "$name-classes"
		fi
		;;
	esac
	if [ "$policy" = fifo ]; then
		run_busy "$name" fifo-busy.txt
	fi
	case $policy in
	fifo | interactive)
		if wake=$(run_sleeper "$name"); then
			read -r p50 p99 max samples <<<"$wake"
			echo "$name sleeper beside 6 hogs on its CPU: wake-up p50 $p50 µs, p99 $p99 µs, max $max µs ($samples samples)" >>"$props"
			echo "$p99 $max" >"$out/$policy-sleeper.txt"
		else
			run_failed "$name" "the sleeper or its hogs" "$name-sleeper"
		fi
		;;
	esac
}

# One table row from $out/$1/: scheduler, hogs' bogo-ops/s (sum), their CPU time as % of all CPUs' time,
# Jain's index over the hogs' bogo-ops, the probe's p50/p99/p99.9 (nearest rank) and sample count.
summarize() {
	local dir=$out/$1 ops rates share fairness pct
	ops=$(awk '$1 == "bogo-ops:" { print $2 }' "$dir"/hog-*.yaml)
	rates=$(awk '$1 == "bogo-ops-per-second-real-time:" { s += $2 } END { printf "%.0f", s }' "$dir"/hog-*.yaml)
	# Under TCG a bogo-op's cost moves with the emulator's state, so the CPU share is the steadier figure.
	share=$(cpu_share "$seconds" "$dir"/hog-*.yaml) || share=0
	[ "$(echo "$ops" | grep -c .)" -eq "$hogs" ] || { echo "compare: $1: not every hog reported bogo-ops" >&2; return 1; }
	fairness=$(echo "$ops" | awk '{ s += $1; q += $1 * $1; n++ } END { printf "%.3f", (q > 0 ? s * s / (n * q) : 0) }')
	pct=$(sort -n "$dir/probe.txt" | awk '
		function rank(p,  i) { i = int(NR * p); if (i < NR * p) i++; return v[i < 1 ? 1 : i] }
		{ v[NR] = $1 }
		END { if (NR == 0) print "- - - 0"; else printf "%s %s %s %d", rank(0.5), rank(0.99), rank(0.999), NR }')
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$rates" "$share" "$fairness" "$pct" "${2:--}" | tr ' ' '\t'
}

log "kernel $(uname -r), $cpus CPUs; mix: $hogs CPU hogs (stress-ng --cpu 1 each) + a 1 ms sleep probe, ${seconds}s per run"
rows=$out/compare.tsv
: >"$rows"
failed=0

# 1. The kernel's default scheduler: nothing attached.
log "run 1/$runs: kernel default"
if run_mix kernel-default; then
	summarize kernel-default "-" >>"$rows" || failed=1
else
	run_failed "kernel default" "the workload" "kernel-default"
fi
props=$out/properties.txt
if ratio=$(run_weights kernel-default); then
	echo "kernel-default nice-0/nice-5 CPU time ${ratio}x" >"$props"
else
	run_failed "kernel default" "the nice-0/nice-5 hogs" "kernel-default-weights"
fi
run_busy kernel-default default-busy.txt

# 2-. hotsched, one policy each (start_hotsched: a copy with that policy, its settings and probation off).
n=2
for policy in "${policies[@]}"; do
	name=hotsched-$policy
	log "run $n/$runs: hotsched policy=$policy"
	n=$((n + 1))
	run_log=$out/$name.log
	# Gogo's sleep takes seconds: it keeps hotsched attached through the mix, which starts once the first
	# sched:status shows the policy active, and through the property runs after it. sched:stats at the end
	# gives the BPF counters.
	property_seconds=$(((weights_seconds + 3) * $(property_runs "$policy")))
	if ! start_hotsched "$policy" "sched:status; sleep $((seconds + property_seconds + 30)); sched:status; sched:stats" \
		"$run_log" "$(policy_config "$policy")"; then
		log "FAIL: $name: the scheduler never attached or $policy never became active (state $(cat "$state")); log: $run_log"
		kill "$hs_pid" 2>/dev/null || true
		wait "$hs_pid" 2>/dev/null || true
		failed=1
		continue
	fi
	mix_ok=1
	run_mix "$name" || mix_ok=0
	property_run "$policy"
	attached=$(cat "$state")
	hs_rc=0
	wait "$hs_pid" || hs_rc=$?
	await_state disabled 30 || { log "FAIL: $name: the scheduler did not detach (state $(cat "$state"))"; failed=1; }
	[ "$mix_ok" -eq 1 ] || { log "FAIL: $name: the workload failed (logs in $out/$name/)"; failed=1; continue; }
	[ "$attached" = enabled ] || { log "FAIL: $name: the scheduler was gone before its runs ended ($attached)"; failed=1; }
	[ "$hs_rc" -eq 0 ] || { log "FAIL: $name: hotsched exited $hs_rc; log: $run_log"; failed=1; }
	grep -q '^backend *bpf' "$run_log" || { log "FAIL: $name: not on the bpf backend; log: $run_log"; failed=1; }
	stalls=$(awk '$1 == "stallFallbacks" { v = $2 } END { print v == "" ? "?" : v }' "$run_log")
	summarize "$name" "$stalls" >>"$rows" || failed=1
done

# The checks that compare two policies' rows or runs of this boot.
column_of() { awk -F '\t' -v s="hotsched-$1" -v c="$2" '$1 == s { print $c }' "$rows"; }
ran() { [[ " ${policies[*]} " == *" $1 "* ]]; }
if ran interactive && ran fifo; then
	read -r a a_max <"$out/interactive-sleeper.txt" 2>/dev/null || a=
	read -r b _ <"$out/fifo-sleeper.txt" 2>/dev/null || b=
	awk -v m="${a_max:-}" 'BEGIN { exit !(m != "" && m + 0 < 1000000) }' && ok=ok || ok=no
	check "$ok" "interactive's sleeper beside 6 hogs on its CPU waited at most ${a_max:-?} µs (less than the 1 s held budget)"
	# The issue's property, not met reliably under emulation yet (README, "Comparing policies"): reported only.
	awk -v a="$a" -v b="$b" 'BEGIN { exit !(a != "" && b != "" && a + 0 < b + 0) }' && met=met || met=MISSED
	log "target: $met interactive wakes that sleeper with p99 ${a:-?} µs, fifo ${b:-?} µs (lower than fifo's; not asserted)" |
		tee -a "$props"
fi
if ran fifo; then
	a=$(column_of fifo 4)
	awk -v a="$a" 'BEGIN { exit !(a != "" && a >= 0.9) }' && ok=ok || ok=no
	check "$ok" "fifo shares the CPUs among its equal hogs with Jain's index ${a:-?} (at least 0.9)"
	read -r a <"$out/fifo-busy.txt" 2>/dev/null || a=
	read -r b <"$out/default-busy.txt" 2>/dev/null || b=
	awk -v a="$a" -v b="$b" 'BEGIN { exit !(a != "" && b != "" && a + 0 >= 0.8 * b) }' && ok=ok || ok=no
	check "$ok" "fifo keeps the CPUs busy: one hog per CPU got ${a:-?} % of their time, ${b:-?} % under the kernel default (at least 0.8x)"
fi
if ran edf && ran fifo; then
	read -r jobs_edf missed_edf <"$out/edf-missed.txt" 2>/dev/null || missed_edf=
	read -r jobs_fifo missed_fifo <"$out/fifo-missed.txt" 2>/dev/null || missed_fifo=
	awk -v a="$missed_edf" -v b="$missed_fifo" 'BEGIN { exit !(a != "" && b != "" && a + 0 < b + 0) }' && ok=ok || ok=no
	check "$ok" "edf's periodic task missed ${missed_edf:-?} of ${jobs_edf:-?} deadlines, under fifo ${missed_fifo:-?} of ${jobs_fifo:-?} (fewer than fifo)"
fi

{
	echo "kernel $(uname -r) under QEMU TCG, $cpus vCPUs, one boot; ${seconds}s per run; $hogs hogs + 1 probe"
	printf '%-22s %10s %8s %9s %9s %9s %9s %8s %10s\n' scheduler "hog ops/s" "hog cpu%" fairness "wake p50" p99 p99.9 samples "stall net"
	while IFS=$'\t' read -r sched rate share fair p50 p99 p999 count stalls; do
		printf '%-22s %10s %8s %9s %9s %9s %9s %8s %10s\n' "$sched" "$rate" "$share" "$fair" "$p50" "$p99" "$p999" "$count" "$stalls"
	done <"$rows"
	echo "hog ops/s: bogo-ops/s of all hogs (stress-ng --cpu-method int64); hog cpu%: their user+sys time as %"
	echo "of all vCPUs' time (under TCG a bogo-op's cost varies between runs, the CPU share less); fairness: Jain's"
	echo "index over the hogs' bogo-ops (1 = equal); wake: how late the probe ran after a 1 ms sleep, µs (nearest"
	echo "rank); stall net: BPF stallFallbacks over the hotsched run. hotsched's JVM shares the vCPUs with the mix."
	echo "Compare rows of this boot only: TCG emulation is noisy and slow, not comparable across boots or to hardware."
	[ -s "$props" ] && cat "$props"
} >"$out/compare.txt"
cat "$out/compare.txt"
[ "$failed" -eq 0 ] || { log "a run failed (see FAIL above)"; exit 1; }
