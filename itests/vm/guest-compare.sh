#!/usr/bin/env bash
# Runs INSIDE a sched_ext guest (started by compare-on-kernel.sh through run-in-vm.sh), from the repository
# root: the same small mix under the kernel's default scheduler, then under hotsched with policy=fifo,
# policy=interactive and policy=fair, all in this one boot, and prints one table (also
# $HOTSCHED_VM_OUT/compare.txt, and compare.tsv). Exits 1 when a run failed (scheduler never attached or
# detached, workload failed) or a property check failed.
#
# Property check (a ratio within this boot, not a timing): under the kernel default and under hotsched
# policy=fair, a nice-0 and a nice-5 hog pinned to one CPU for $HOTSCHED_WEIGHTS_SECONDS (10) s; fair must
# give the nice-0 one its weight's share, 1024/335 = 3.06x the nice-5 one's CPU time, within +-20 %.
#
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
weights_seconds=${HOTSCHED_WEIGHTS_SECONDS:-10}
read -r -a policies <<<"${HOTSCHED_COMPARE_POLICIES:-fifo interactive fair}"
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

# 0 when ratio $1 is within +-20 % of the weights' 1024/335.
weights_ratio_ok() {
	awk -v r="$1" 'BEGIN { want = 1024 / 335; exit !(r >= want * 0.8 && r <= want * 1.2) }'
}

# One table row from $out/$1/: scheduler, hogs' bogo-ops/s (sum), their CPU time as % of all CPUs' time,
# Jain's index over the hogs' bogo-ops, the probe's p50/p99/p99.9 (nearest rank) and sample count.
summarize() {
	local dir=$out/$1 ops rates share fairness pct
	ops=$(awk '$1 == "bogo-ops:" { print $2 }' "$dir"/hog-*.yaml)
	rates=$(awk '$1 == "bogo-ops-per-second-real-time:" { s += $2 } END { printf "%.0f", s }' "$dir"/hog-*.yaml)
	# Under TCG a bogo-op's cost moves with the emulator's state, so the CPU share is the steadier figure.
	share=$(awk -v all="$((seconds * cpus))" '$1 ~ /^(user|system)-time:$/ { s += $2 } END { printf "%.0f", 100 * s / all }' "$dir"/hog-*.yaml)
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
	log "FAIL: kernel default: the workload failed (logs in $out/kernel-default/)"
	failed=1
fi
weights=$out/weights.txt
if ratio=$(run_weights kernel-default); then
	echo "kernel-default nice-0/nice-5 CPU time ${ratio}x" >"$weights"
else
	log "FAIL: kernel default: the nice-0/nice-5 hogs failed (logs in $out/kernel-default-weights/)"
	failed=1
fi

# 2-4. hotsched, one policy each (start_hotsched: a copy with that policy and probation off).
n=2
for policy in "${policies[@]}"; do
	name=hotsched-$policy
	log "run $n/$runs: hotsched policy=$policy"
	n=$((n + 1))
	run_log=$out/$name.log
	# Gogo's sleep takes seconds: it keeps hotsched attached through the mix, which starts once the first
	# sched:status shows the policy active. sched:stats at the end gives the BPF counters.
	# fair stays attached for the weights check too.
	extra=$([ "$policy" = fair ] && echo $((weights_seconds + 10)) || echo 0)
	if ! start_hotsched "$policy" "sched:status; sleep $((seconds + 10 + extra)); sched:status; sched:stats" "$run_log"; then
		log "FAIL: $name: the scheduler never attached or $policy never became active (state $(cat "$state")); log: $run_log"
		kill "$hs_pid" 2>/dev/null || true
		wait "$hs_pid" 2>/dev/null || true
		failed=1
		continue
	fi
	mix_ok=1
	run_mix "$name" || mix_ok=0
	if [ "$policy" = fair ]; then
		if ratio=$(run_weights "$name"); then
			echo "$name nice-0/nice-5 CPU time ${ratio}x (weights: 3.06x, +-20 %)" >>"$weights"
			if weights_ratio_ok "$ratio"; then
				log "check: ok    fair gives nice 0 ${ratio}x the CPU time of nice 5 (weights 3.06x +-20 %)"
			else
				log "FAIL: check: fair gives nice 0 ${ratio}x the CPU time of nice 5, not 3.06x +-20 %"
				failed=1
			fi
		else
			log "FAIL: $name: the nice-0/nice-5 hogs failed (logs in $out/$name-weights/)"
			failed=1
		fi
	fi
	attached=$(cat "$state")
	hs_rc=0
	wait "$hs_pid" || hs_rc=$?
	await_state disabled 30 || { log "FAIL: $name: the scheduler did not detach (state $(cat "$state"))"; failed=1; }
	[ "$mix_ok" -eq 1 ] || { log "FAIL: $name: the workload failed (logs in $out/$name/)"; failed=1; continue; }
	[ "$attached" = enabled ] || { log "FAIL: $name: the scheduler was gone before the mix ended ($attached)"; failed=1; }
	[ "$hs_rc" -eq 0 ] || { log "FAIL: $name: hotsched exited $hs_rc; log: $run_log"; failed=1; }
	grep -q '^backend *bpf' "$run_log" || { log "FAIL: $name: not on the bpf backend; log: $run_log"; failed=1; }
	stalls=$(awk '$1 == "stallFallbacks" { v = $2 } END { print v == "" ? "?" : v }' "$run_log")
	summarize "$name" "$stalls" >>"$rows" || failed=1
done

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
	[ -s "$weights" ] && cat "$weights"
} >"$out/compare.txt"
cat "$out/compare.txt"
[ "$failed" -eq 0 ] || { log "a run failed (see FAIL above)"; exit 1; }
