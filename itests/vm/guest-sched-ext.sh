#!/usr/bin/env bash
# Runs INSIDE a sched_ext guest (started by sched-ext-test.sh through run-in-vm.sh), from the repository
# root: hotsched on the real kernel with backend=bpf, under load and swapping policy every second, then
# killed with SIGKILL.
# Prints "check: ok|FAIL <what> [N s]" lines (N: seconds since this script started, to see where a slow boot's
# time went) and a closing "vm-<kernel>: N passed, N failed"; exits 1 on a failure.
set -uo pipefail

dist=${HOTSCHED_DIST:-distribution/target/hotsched}
state=/sys/kernel/sched_ext/state
out=${HOTSCHED_VM_OUT:-/tmp}
stress_s=${HOTSCHED_STRESS_SECONDS:-30}
cpus=$(nproc)
kernel=$(uname -r | cut -d. -f1-2) # 6.17 or 7.2
passed=0
failed=0

check() { # check WHAT COMMAND...
	local what=$1
	shift
	if "$@"; then
		echo "check: ok    $what [$SECONDS s]"
		passed=$((passed + 1))
	else
		echo "check: FAIL  $what [$SECONDS s]"
		failed=$((failed + 1))
	fi
}

state_is() { [ "$(cat "$state")" = "$1" ]; }

# Waits up to $2 seconds for the scheduler state to become $1.
await_state() {
	local i
	for ((i = 0; i < $2 * 10; i++)); do
		state_is "$1" && return 0
		sleep 0.1
	done
	return 1
}

hotsched() { "$dist/bin/hotsched" "$@"; }
# A JVM that crashes writes its report where the host keeps it (the working directory is read-only here), and
# sched-ext-test.sh reads it (jvm-crashes.sh).
export HOTSCHED_JAVA_OPTS="${HOTSCHED_JAVA_OPTS:-} -XX:ErrorFile=$out/hs_err_pid%p.log"

echo "guest: kernel $(uname -r), $cpus CPUs, libbpf $(ls /usr/lib/x86_64-linux-gnu/libbpf.so.1.* 2>/dev/null | sed 's/.*so\.//')"
check "sched_ext is present and no scheduler is attached" state_is disabled
dmesg -c >/dev/null 2>&1 || true
# When the kernel ejects a scheduler for an error (its watchdog: a task not run for 5 s) it dumps every CPU's
# queues, each task with the DSQ it waits in and its key, to the sched_ext_dump tracepoint, not to the kernel
# log: kept in the trace buffer, and printed below on a stall.
tracing=/sys/kernel/tracing
mountpoint -q "$tracing" || mount -t tracefs nodev "$tracing" 2>/dev/null
if echo 1 >"$tracing/events/sched_ext/sched_ext_dump/enable" 2>/dev/null; then
	echo 16384 >"$tracing/buffer_size_kb"
else
	echo "guest: no sched_ext_dump tracepoint; a watchdog ejection's queue dump will be missing"
fi

# 1. hotsched attaches and schedules a stress run and sleepy interactive tasks, swapping between the fair
# and fifo policies every second meanwhile (each activation judged on probation), then rolls back, and
# detaches cleanly. fair holds the tasks it has not placed yet, so every swap from it hands tasks over to fifo
# on the real kernel, and the blackout of those swaps is measured with tasks in flight. stress-ng --aggressive
# re-pins its workers all the time, each time a new record for Java: a pinned worker fair held while that went on
# once went unrun for 5 s and the watchdog ejected the scheduler, as the stall net's clock restarted at each
# record (issue 9; it now counts from the first).
#
# It runs from a copy in the guest's /tmp (sched:use saves its choice in etc/, read-only over 9p), with
# probation as shipped: every activation is on probation (5 s) while the next swap comes, under the
# stress load, and none may be rolled back. The stall net fires under TCG whichever policy decides, for the
# emulator's pace; probation counts only the tasks a policy held past the held budget, not those the JVM was
# too slow to read.
swap_dist=/tmp/hotsched-swap
rm -rf "$swap_dist"
cp -a "$dist" "$swap_dist"
check "probation as shipped (probation.ms=5000)" grep -qx 'probation.ms=5000' "$swap_dist/etc/org.hotsched.core.cfg"
# The supervisor's bound is 3 s here, not the shipped 1 s: under TCG code runs tens of times slower, and a
# healthy fifo's first dispatch right after the start (its classes loaded and interpreted) once took over 1 s
# and was abandoned. 3 s stays well under the kernel's 5 s watchdog.
sed -i 's/^policy\.timeout\.ms=.*/policy.timeout.ms=3000/' "$swap_dist/etc/org.hotsched.core.cfg"
check "the supervisor's bound is 3 s in the copy" grep -qx 'policy.timeout.ms=3000' "$swap_dist/etc/org.hotsched.core.cfg"
# A swap every second (sleep 1, then sched:use) takes 1.1-2.1 s of wall time under TCG, depending on the
# host, so the load is not timed to fit the swaps: it is stopped once sched:rollback has printed (below).
# Even, so the last swap returns to fifo and the rollback goes to fair.
swaps=$((stress_s * 3 / 4 / 2 * 2))
# The first swap waits 5 s, so stress-ng (started once the first sched:status shows) surely runs by then
# (with 3 s, one boot saw the first swap a second before stress-ng started: the guest noticed the line late).
swap_script="sched:status; sleep 4"
expected_uses=""
for ((i = 1; i <= swaps; i++)); do
	policy=$([ $((i % 2)) -eq 1 ] && echo fair || echo fifo)
	swap_script+="; sleep 1; sched:use $policy"
	expected_uses+="$policy "
done
# Gogo's sleep takes seconds. hotsched stays attached until well after stress-ng has ended: under TCG
# stress-ng's teardown ran up to 8 s past its timeout (Debian 13 userland), so a short sleep raced it.
swap_script+="; sched:rollback; sleep $stress_s; sched:history; sched:status; sched:stats"
run_log=$out/hotsched-run.log
"$swap_dist/bin/hotsched" --exec "$swap_script" >"$run_log" 2>&1 &
hs=$!
check "hotsched attaches its scheduler (state enabled)" await_state enabled 120
check "root/ops names hotsched" grep -qx hotsched /sys/kernel/sched_ext/root/ops
# The stress run starts with the swaps: once the exec run has printed its first sched:status.
await_log() { local i; for ((i = 0; i < $2 * 10; i++)); do grep -q "$1" "$run_log" && return 0; sleep 0.1; done; return 1; }
check "the exec run started (first sched:status printed)" await_log '^backend' 120
for i in $(seq 8); do
	(for _ in $(seq 200); do sleep 0.01; done) &
done
stress_start=$(date +%s)
# The load lasts until the swaps are over: SIGINT (an orderly stop, exit 0) once sched:rollback has printed,
# or once hotsched has gone; its timeout only bounds a run that hangs.
stress-ng --temp-path /tmp --cpu "$cpus" --fork "$cpus" --timeout "$((stress_s * 10))s" --aggressive --metrics-brief >"$out/stress.log" 2>&1 &
stress=$!
while kill -0 "$stress" 2>/dev/null && kill -0 "$hs" 2>/dev/null && ! grep -q '^rolled back to ' "$run_log"; do
	sleep 0.5
done
kill -INT "$stress" 2>/dev/null
wait "$stress"
stress_rc=$?
stress_end=$(date +%s)
echo "stress-ng ran from $(date -d "@$stress_start" +%T) to $(date -d "@$stress_end" +%T)"
check "hotsched was still attached when stress-ng ended" state_is enabled
wait_sleepers() { local p; for p in $(jobs -p); do [ "$p" = "$hs" ] || wait "$p"; done; }
wait_sleepers
check "the stress-ng workload finishes (exit $stress_rc)" test "$stress_rc" -eq 0
check "the sleepy interactive tasks finish" true
wait "$hs"
hs_rc=$?
cat "$run_log"
check "hotsched exits 0 (exit $hs_rc)" test "$hs_rc" -eq 0
check "it ran on the bpf backend" grep -q '^backend *bpf' "$run_log"
check "Java decisions were dispatched" grep -qE '^  userDispatches +[1-9]' "$run_log"
check "the state is disabled after hotsched stopped" await_state disabled 10
check "the kernel reports a clean unregister" sh -c "dmesg | grep -q 'unregistered from user space'"
check "no stall, BUG or WARNING in the kernel log" sh -c "! dmesg | grep -qE 'stall|BUG:|WARNING:'"
# On a watchdog ejection keep the kernel log (it names the task and how long it did not run) and the kernel's
# dump of the queues (the trace buffer, also kept in $out/sched-ext-dump.txt).
if dmesg | grep -qE 'stall|BUG:|WARNING:'; then
	dmesg | tail -n 200 | sed 's/^/dmesg: /'
	grep -v '^#' "$tracing/trace" 2>/dev/null | sed 's/^.*sched_ext_dump: //' >"$out/sched-ext-dump.txt"
	head -n 400 "$out/sched-ext-dump.txt" | sed 's/^/dump: /'
fi

# The swaps, from what sched:use printed and sched:history's table (columns two or more spaces apart:
# #, WHEN, POLICY, BUNDLE, VERSION, TRIGGER, PREPARE µs, OLD DECIDED, GAP µs, BLACKOUT µs, HANDED OVER,
# CONFIGURATION, OUTCOME).
history=$out/swap-history.txt
awk '/^# +WHEN/ { table = 1; next } table && /^[0-9]+  / { print; next } { table = 0 }' "$run_log" >"$history"
field() { awk -F '  +' -v f="$1" -v t="$2" '$6 ~ t { print $f }' "$history"; }
uses=$(grep -o '^now using [^ ]*' "$run_log" | awk '{ printf "%s ", $3 }')
check "all $swaps swaps switched, alternating fair and fifo" test "$uses" = "$expected_uses"
listed=$(field 1 '^sched:use$' | wc -l)
check "sched:history lists the $swaps swaps ($listed)" test "$listed" -eq "$swaps"
swap_times() { field 2 '^sched:use$' | while read -r t; do date -d "$t" +%s; done; }
during=$(swap_times | awk -v a="$stress_start" -v b="$stress_end" '$1 >= a && $1 <= b' | wc -l)
check "the swaps it lists ran while stress-ng did ($during of $listed)" test "$listed" -gt 0 -a "$during" -eq "$listed"
no_automatic_rollback() {
	[ -s "$history" ] && ! grep -q 'rolling back policy' "$run_log" &&
		! awk -F '  +' '$6 == "automatic rollback" || $13 ~ /^refused/' "$history" | grep -q .
}
no_policy_errors() { grep -qE '^policy errors +0$' "$run_log"; }
rolled_back_to_fair() {
	grep -q '^rolled back to fair ' "$run_log" && tail -2 "$history" | awk -F '  +' '
		NR == 1 && $3 == "fifo" && $13 == "rolled back: sched:rollback" { ok++ }
		NR == 2 && $3 == "fair" && $6 == "rollback" && $13 == "active" { ok++ }
		END { exit ok != 2 }'
}
attached_at_last_status() { grep -E '^ +state ' "$run_log" | tail -1 | grep -q enabled; }
check "no automatic rollback or refusal in sched:history" no_automatic_rollback
check "no policy errors" no_policy_errors
check "sched:rollback returned to fair, the policy before fifo" rolled_back_to_fair
check "the scheduler was still attached after the rollback (last sched:status)" attached_at_last_status
# Nearest-rank percentiles, and min/median/max, of the numbers on stdin.
percentiles() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "none"; exit }
	printf "p50 %s µs  p99 %s µs  max %s µs  (%d swaps)\n", v[int((NR + 1) / 2)], v[int((NR * 99 + 99) / 100)], v[NR], NR }'; }
spread() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "none"; exit }
	printf "min %s  median %s  max %s\n", v[1], v[int((NR + 1) / 2)], v[NR] }'; }
counter() { awk -v k="$1" '$1 == k { v = $2 } END { print v == "" ? "?" : v }' "$run_log"; }
echo "swap gap (sched:use and rollback, from sched:history): $(field 9 '^(sched:use|rollback)$' | percentiles)"
echo "prepare, off the dispatch thread: $(field 7 '^sched:use$' | awk '$1 > 0' | percentiles)"
echo "decisions the old policy made while its successor was prepared: $(field 8 '^sched:use$' | spread)"
# The kernel side's figure: the longest a CPU idle while Java held tasks waited for a decision in each swap's window.
echo "blackout (BPF starved waits, bucket bounds): $(field 10 '^(sched:use|rollback)$' | tr -d '≤' | grep -v '^-$' | percentiles)"
echo "  of the swaps from fair to fifo (tasks handed over): $(awk -F '  +' '$6 == "sched:use" && $3 == "fifo" { print $10 }' \
	"$history" | tr -d '≤' | grep -v '^-$' | percentiles)"
echo "  against the whole run's starved waits: p99 $(counter starvedWaitP99Ns) ns, max $(counter starvedWaitMaxNs) ns, $(counter starvedWaits) waits"
echo "tasks handed over per swap from fair: $(awk -F '  +' '$6 == "sched:use" && $3 == "fifo" { print $11 }' "$history" | spread)"
handed_from_fair=$(awk -F '  +' '$6 == "sched:use" && $3 == "fifo" && $11 > 0' "$history" | wc -l)
check "swaps from fair handed tasks over to fifo on the real kernel ($handed_from_fair swaps)" test "$handed_from_fair" -gt 0
measured=$(field 10 '^sched:use$' | grep -vc '^-$')
check "the kernel side measured a blackout for the swaps' windows ($measured of $listed)" test "$measured" -ge $((listed - 1))
echo "BPF counters at the end: stallFallbacks $(counter stallFallbacks) (held by a policy: $(counter heldStalls)), userDispatches $(counter userDispatches), kernelDispatches $(counter kernelDispatches)"
# The policy API's numbers are measured on this backend too: each moved with the load (sampled each round).
echo "policy API at its extremes: peakBacklog $(counter peakBacklog), peakQueuedInKernel $(counter peakQueuedInKernel)," \
	"minDispatchRoom $(counter minDispatchRoom) (of 5461)"
check "backlog() moved with load (peakBacklog $(counter peakBacklog))" test "$(counter peakBacklog)" -gt 0
check "queuedInKernel() moved with load (peakQueuedInKernel $(counter peakQueuedInKernel))" \
	test "$(counter peakQueuedInKernel)" -gt 0
check "dispatchRoom() moved with load (minDispatchRoom $(counter minDispatchRoom) < 5461)" \
	test "$(counter minDispatchRoom)" -lt 5461

# 2. Cgroup rules on the real kernel: the kernel side reports each task's cgroup id, and the rules policy
# puts the tasks of one cgroup, named by its path, in the latency-critical class; the others stay normal.
grep -q ' /sys/fs/cgroup cgroup2 ' /proc/mounts || mount -t cgroup2 none /sys/fs/cgroup
mkdir -p /sys/fs/cgroup/hs-latency
printf 'rules = latency-critical:cgroup=/hs-latency\n' >"$swap_dist/etc/org.hotsched.policy.rules.cfg"
# Sleepy loops, so their tasks wake and reach Java all the time (a lone hog on a CPU is rarely enqueued),
# one moved into the cgroup and one outside, with hogs to compete with.
sleepy() { for _ in $(seq 3000); do sleep 0.01; done; }
(echo "$BASHPID" >/sys/fs/cgroup/hs-latency/cgroup.procs && sleepy) &
in_cgroup=$!
sleepy &
outside=$!
stress-ng --cpu "$cpus" --timeout 120s >/dev/null 2>&1 &
hogs=$!
rules_log=$out/hotsched-rules.log
"$swap_dist/bin/hotsched" --exec "sched:use rules; sleep 8; sched:stats" >"$rules_log" 2>&1
rules_rc=$?
kill "$in_cgroup" "$outside" "$hogs" 2>/dev/null
wait "$in_cgroup" "$outside" "$hogs" 2>/dev/null
echo "cgroup /hs-latency: inode $(stat -c %i /sys/fs/cgroup/hs-latency); hotsched said: $(grep -h 'rules: ' "$rules_log" | tail -n 1)"
rules_counter() { awk -v k="$1" '$1 == k { v = $2 } END { print v == "" ? 0 : v }' "$rules_log"; }
echo "rules policy decisions by class: latency-critical $(rules_counter rules.latency-critical)," \
	"normal $(rules_counter rules.normal), batch $(rules_counter rules.batch)"
check "the rules policy ran (exit $rules_rc)" grep -q '^now using rules' "$rules_log"
check "tasks of /hs-latency were latency-critical, by their cgroup id" test "$(rules_counter rules.latency-critical)" -gt 0
check "the other tasks stayed normal" test "$(rules_counter rules.normal)" -gt 0

# 3. CPU hotplug: the kernel stops a sched_ext scheduler when a CPU goes off- or online (it asks for a
# restart); hotsched attaches a new one by itself (back-off 1 s, then 2 s), keeps its policy, and says why in
# sched:history.
cpu_online=/sys/devices/system/cpu/cpu$((cpus - 1))/online
if [ "$cpus" -gt 1 ] && [ -w "$cpu_online" ]; then
	hotplug_log=$out/hotsched-hotplug.log
	rm -rf "$swap_dist/data"
	"$swap_dist/bin/hotsched" --exec "sched:use fair; sleep 45; sched:history; sched:status; sched:stats" \
		>"$hotplug_log" 2>&1 &
	hp=$!
	reattached() { [ "$(grep -c 'attached again after the kernel stopped it' "$hotplug_log")" -ge "$1" ] && state_is enabled; }
	await_reattached() { local i; for ((i = 0; i < 300; i++)); do reattached "$1" && return 0; sleep 0.1; done; return 1; }
	check "hotplug: hotsched attaches and uses fair" sh -c "until grep -q '^now using fair' '$hotplug_log'; do sleep 0.2; done"
	echo 0 >"$cpu_online"
	check "hotplug: CPU $((cpus - 1)) offline stopped the scheduler, hotsched attached a new one" await_reattached 1
	echo 1 >"$cpu_online"
	check "hotplug: back online, stopped and attached again" await_reattached 2
	wait "$hp"
	cat "$hotplug_log"
	reattach_rows=$(grep -cE '  fair  .*  scheduler re-attached \(.*(offline|online)' "$hotplug_log")
	check "hotplug: sched:history lists both re-attaches, with fair and the kernel's reason ($reattach_rows)" \
		test "$reattach_rows" -eq 2
	check "hotplug: fair was still the active policy at the end" grep -qE '^active policy +fair ' "$hotplug_log"
	check "hotplug: and its decisions were dispatched" grep -qE '^  userDispatches +[1-9]' "$hotplug_log"
else
	echo "hotplug: skipped: one CPU, or $cpu_online is not writable"
fi

# 4. Faulty policy bundles, probation as shipped, a CPU hog per CPU and sleepy loops running: a release that
# sleeps in dispatch after its probation is abandoned on its thread and rolled back, one that throws on
# probation and (on 6.17) one that sleeps 20 ms per round on probation are rolled back; each time straight to the release before it, with the kernel never leaving hotsched. The bundles
# are the Pax Exam tests' (itests/src/test/java/org/hotsched/itests/policy), built by mvn in
# pre-integration-test.
bundles=itests/target/policy-bundles
faulty() { # faulty JAR SLEEP_S LOG: runs hotsched with JAR in deploy/, fifo then swappy, log to LOG; with load,
	# started once fifo decides (a JVM starting beside the load took 2 min under TCG), while swappy is judged
	rm -f "$swap_dist"/deploy/swappy-*.jar
	# Each run starts its own history: the history outlives a restart (data/), and the rows checked are this run's.
	rm -rf "$swap_dist/data"
	cp "$bundles/$1" "$swap_dist/deploy/"
	"$swap_dist/bin/hotsched" --exec "sched:use fifo; sleep 3; sched:use swappy; sleep $2; sched:history; sched:status" \
		>"$3" 2>&1 &
	local run=$! i load=()
	for ((i = 0; i < 1200; i++)); do
		grep -q '^now using fifo' "$3" && break
		sleep 0.1
	done
	stress-ng --cpu "$cpus" --timeout 120s >/dev/null 2>&1 &
	load+=($!)
	for i in $(seq 4); do
		sleepy &
		load+=($!)
	done
	wait "$run"
	kill "${load[@]}" 2>/dev/null
	wait "${load[@]}" 2>/dev/null
	rm -f "$swap_dist"/deploy/swappy-*.jar
	cat "$3"
}
# The last two sched:history rows of log $1: swappy 2.0.0 rolled back for reason $2, then fifo by automatic
# rollback, still active; and the scheduler attached throughout (no re-attach row, enabled at the end).
rolled_back_to_fifo() {
	awk '/^# +WHEN/ { table = 1; next } table && /^[0-9]+  / { print; next } { table = 0 }' "$1" | tail -2 |
		awk -F '  +' -v why="$2" '
			NR == 1 && $3 == "swappy" && $5 == "2.0.0" && index($13, "rolled back: policy swappy") == 1 && index($13, why) { ok++ }
			NR == 2 && $3 == "fifo" && $6 == "automatic rollback" && $13 == "active" { ok++ }
			END { exit ok != 2 }' &&
		! grep -q 'scheduler re-attached' "$1" && grep -E '^ +state ' "$1" | tail -1 | grep -q enabled
}
# With the host's userland only (a JVM start under TCG per release, about 2 min each; the userland does not
# change what it checks: the stall net and the re-attach-free rollback are the kernel's and Java's). The
# hanging and the throwing release on both kernels; the blocking one on 6.17 only: all three on one boot took
# 7.2's past 1000 s (2026-12-06; CI's bound was then 900 s).
if ! grep -q '^12' /etc/debian_version 2>/dev/null; then
	echo "faulty bundles: skipped on this boot: run with the host's userland only"
elif [ -f "$bundles/swappy-2-hanging.jar" ] && [ -f "$bundles/swappy-2-throwing.jar" ] &&
	[ -f "$bundles/swappy-2-blocking.jar" ]; then
	dmesg -c >/dev/null 2>&1 || true
	faulty swappy-2-hanging.jar 15 "$out/hotsched-hanging.log"
	check "a release that hangs in dispatch after probation is abandoned and rolled back to fifo" \
		rolled_back_to_fifo "$out/hotsched-hanging.log" "did not return from dispatch within 3000 ms (at org.hotsched.itests.policy.HangingSwappyPolicy"
	check "the log names where it was stuck" grep -q 'HangingSwappyPolicy.dispatch(HangingSwappyPolicy.java' "$out/hotsched-hanging.log"
	faulty swappy-2-throwing.jar 8 "$out/hotsched-throwing.log"
	check "a release that throws on probation is rolled back to fifo" \
		rolled_back_to_fifo "$out/hotsched-throwing.log" "swappy gives up after 200 batches in enqueue"
	if [ "$kernel" = 6.17 ]; then
		# The budget for time blocked as shipped (10 ms): the release sleeps 20 ms per round; fifo, judged on
		# probation after the rollback, must stay (a healthy fifo was once judged blocked 11.4 ms here, when the
		# budget was 10 ms and slow batches did not have to come in a row).
		faulty swappy-2-blocking.jar 8 "$out/hotsched-blocking.log"
		check "a release that sleeps 20 ms per round on probation is rolled back to fifo" \
			rolled_back_to_fifo "$out/hotsched-blocking.log" "µs over one batch (off the CPU, not waiting for one, not in a GC"
	fi
	check "no stall, BUG or WARNING in the kernel log" sh -c "! dmesg | grep -qE 'stall|BUG:|WARNING:'"
else
	echo "faulty bundles: skipped: $bundles has no swappy-2-hanging.jar (mvn -pl itests pre-integration-test builds it)"
fi

# Prints "WAKEUPS CPU_TICKS" of the JVM running felix.jar over $1 s: its dispatch thread's voluntary
# context switches (each end of a wait) and the whole JVM's user+system clock ticks; fails without it.
idle_activity() {
	local pid tid i before_switches before_ticks after_switches after_ticks
	pid=$(pgrep -f felix.jar | head -1)
	[ -n "$pid" ] || return 1
	for ((i = 0; i < 300; i++)); do
		tid=$(grep -lx 'hotsched-dispat' /proc/"$pid"/task/*/comm 2>/dev/null | head -1 | cut -d/ -f5)
		[ -n "$tid" ] && break
		sleep 0.1
	done
	[ -n "$tid" ] || return 1
	sleep 3 # the start's own work (JIT, the first rounds) settles
	before_switches=$(awk '$1 == "voluntary_ctxt_switches:" { print $2 }' /proc/"$pid"/task/"$tid"/status)
	before_ticks=$(awk '{ print $14 + $15 }' /proc/"$pid"/stat)
	sleep "$1"
	after_switches=$(awk '$1 == "voluntary_ctxt_switches:" { print $2 }' /proc/"$pid"/task/"$tid"/status)
	after_ticks=$(awk '{ print $14 + $15 }' /proc/"$pid"/stat)
	echo "$((after_switches - before_switches)) $((after_ticks - before_ticks))"
}

# 5. Idle, then SIGKILL: with nothing to schedule the dispatch thread sleeps (a wait of up to 1 s, not a
# 10 ms poll); the kernel drops the scheduler at once on SIGKILL, and a new hotsched attaches again.
dmesg -c >/dev/null 2>&1 || true
hotsched --exec "sleep 300" >"$out/hotsched-killed.log" 2>&1 &
check "a second hotsched attaches" await_state enabled 120
if activity=$(idle_activity 10); then
	read -r wakeups ticks <<<"$activity"
	echo "idle: the dispatch thread woke $wakeups times in 10 s; the JVM used $ticks clock ticks of CPU ($(getconf CLK_TCK)/s)"
	# A 10 ms poll would wake it 1000 times; the rest (about 100) is not broken down: records of the guest's
	# own tasks and the thread's other short waits.
	check "idle, the dispatch thread woke at most 200 times in 10 s ($wakeups; a 10 ms poll: 1000)" test "$wakeups" -le 200
else
	check "idle: the JVM and its dispatch thread were found" false
fi
pkill -KILL -f 'felix.jar' || true
check "after SIGKILL the kernel is back on its default class within 1 s" await_state disabled 1
wait 2>/dev/null
hotsched --exec "sched:status" >"$out/hotsched-again.log" 2>&1
again_rc=$?
cat "$out/hotsched-again.log"
check "a restart attaches again (exit $again_rc)" grep -q '^backend *bpf' "$out/hotsched-again.log"
check "and detaches again" await_state disabled 10

# The whole kernel log, with sched_ext's dump of its queues when it ejected a scheduler (the console is quiet).
dmesg >"$out/dmesg.txt" 2>&1 || true
echo "vm-$kernel: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
