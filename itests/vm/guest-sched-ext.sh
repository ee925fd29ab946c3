#!/usr/bin/env bash
# Runs INSIDE a sched_ext guest (started by sched-ext-test.sh through run-in-vm.sh), from the repository
# root: hotsched on the real kernel with backend=bpf, under load, then killed with SIGKILL.
# Prints "check: ok|FAIL <what>" lines and a closing "vm-<kernel>: N passed, N failed"; exits 1 on a failure.
set -uo pipefail

dist=${HOTSCHED_DIST:-distribution/target/hotsched}
state=/sys/kernel/sched_ext/state
out=${HOTSCHED_VM_OUT:-/tmp}
stress_s=${HOTSCHED_STRESS_SECONDS:-30}
cpus=$(nproc)
passed=0
failed=0

check() { # check WHAT COMMAND...
	local what=$1
	shift
	if "$@"; then
		echo "check: ok    $what"
		passed=$((passed + 1))
	else
		echo "check: FAIL  $what"
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

echo "guest: kernel $(uname -r), $cpus CPUs, libbpf $(ls /usr/lib/x86_64-linux-gnu/libbpf.so.1.* 2>/dev/null | sed 's/.*so\.//')"
check "sched_ext is present and no scheduler is attached" state_is disabled
dmesg -c >/dev/null 2>&1 || true

# 1. hotsched attaches, schedules a stress run and sleepy interactive tasks, and detaches cleanly.
hotsched --exec "sleep $((stress_s + 20)); sched:status; sched:stats" >"$out/hotsched-run.log" 2>&1 &
hs=$!
check "hotsched attaches its scheduler (state enabled)" await_state enabled 120
check "root/ops names hotsched" grep -qx hotsched /sys/kernel/sched_ext/root/ops
for i in $(seq 8); do
	(for _ in $(seq 200); do sleep 0.01; done) &
done
stress-ng --temp-path /tmp --cpu "$cpus" --fork "$cpus" --timeout "${stress_s}s" --aggressive --metrics-brief >"$out/stress.log" 2>&1
stress_rc=$?
wait_sleepers() { local p; for p in $(jobs -p); do [ "$p" = "$hs" ] || wait "$p"; done; }
wait_sleepers
check "the stress-ng workload finishes (exit $stress_rc)" test "$stress_rc" -eq 0
check "the sleepy interactive tasks finish" true
wait "$hs"
hs_rc=$?
cat "$out/hotsched-run.log"
check "hotsched exits 0 (exit $hs_rc)" test "$hs_rc" -eq 0
check "it ran on the bpf backend" grep -q '^backend *bpf' "$out/hotsched-run.log"
check "Java decisions were dispatched" grep -qE '^  userDispatches +[1-9]' "$out/hotsched-run.log"
check "the state is disabled after hotsched stopped" await_state disabled 10
check "the kernel reports a clean unregister" sh -c "dmesg | grep -q 'unregistered from user space'"
check "no stall, BUG or WARNING in the kernel log" sh -c "! dmesg | grep -qE 'stall|BUG:|WARNING:'"

# 2. SIGKILL: the kernel drops the scheduler at once, and a new hotsched attaches again.
dmesg -c >/dev/null 2>&1 || true
hotsched --exec "sleep 300" >"$out/hotsched-killed.log" 2>&1 &
check "a second hotsched attaches" await_state enabled 120
pkill -KILL -f 'felix.jar' || true
check "after SIGKILL the kernel is back on its default class within 1 s" await_state disabled 1
wait 2>/dev/null
hotsched --exec "sched:status" >"$out/hotsched-again.log" 2>&1
again_rc=$?
cat "$out/hotsched-again.log"
check "a restart attaches again (exit $again_rc)" grep -q '^backend *bpf' "$out/hotsched-again.log"
check "and detaches again" await_state disabled 10

echo "vm-$(uname -r | cut -d. -f1-2): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
