#!/usr/bin/env bash
# The real-kernel test: on each of Debian's sched_ext kernels, boot a QEMU guest with this machine's
# filesystem, run the built distribution on backend=bpf under a stress-ng workload, SIGKILL it, and
# restart it (guest-sched-ext.sh). Needs the distribution built (mvn package) and, as root, QEMU.
#
#   itests/vm/sched-ext-test.sh [RUN...]      RUN: 6.17, 7.2, or KERNEL:trixie (default: 6.17 7.2 7.2:trixie)
#
# KERNEL alone uses this machine's userland (Debian 12: libbpf 1.1, the host's JDK 25); KERNEL:trixie a
# Debian 13 userland made with debootstrap and cached (libbpf 1.5, Debian's OpenJDK 25): a current
# distribution, as users of sched_ext kernels run. By default both kernels with this machine's userland (the
# faulty releases of part 4 run only there) and the newest with Debian 13's: 6.17:trixie, which passed in every
# run so far, is left out for time (with it and the comparison booted twice, .ci/run took 85 minutes here on
# 2026-12-06, against CI's 90).
#
# Exit 0 when every kernel passed; 77 when the VM cannot be had (the reason is printed; under CI=true, 1); else 1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=jvm-crashes.sh
. "$here/jvm-crashes.sh"
# shellcheck source=skip.sh
. "$here/skip.sh"
kernels=("$@")
[ "${#kernels[@]}" -gt 0 ] || kernels=(6.17 7.2 7.2:trixie)
results=${HOTSCHED_VM_RESULTS:-$repo/itests/target/vm}
trixie_root=${HOTSCHED_VM_TRIXIE:-${HOTSCHED_VM_CACHE:-$HOME/.cache/hotsched-vm}/trixie-root}

# A Debian 13 root with what the guest test runs: Java, libbpf, stress-ng, pkill, dmesg.
ensure_trixie_root() {
	[ -x "$trixie_root/usr/bin/stress-ng" ] && return 0
	command -v debootstrap >/dev/null || skip sched-ext-test "debootstrap is not installed (apt-get install debootstrap)"
	echo "sched-ext-test: making a Debian 13 root in $trixie_root (about a minute, once)"
	rm -rf "$trixie_root.partial"
	debootstrap --variant=minbase --include=openjdk-25-jre-headless,libbpf1,stress-ng,procps,kmod,util-linux \
		trixie "$trixie_root.partial" >"$results/debootstrap.log" 2>&1 ||
		{ echo "sched-ext-test: debootstrap failed, see $results/debootstrap.log" >&2; exit 1; }
	mv "$trixie_root.partial" "$trixie_root"
}

if [ ! -x "$repo/distribution/target/hotsched/bin/hotsched" ]; then
	echo "sched-ext-test: the distribution is not built: run mvn package first" >&2
	exit 1
fi
command -v stress-ng >/dev/null || skip sched-ext-test "stress-ng is not installed (apt-get install stress-ng)"

failed=0
summary=()
mkdir -p "$results"
for run in "${kernels[@]}"; do
	kernel=${run%%:*}
	root=(--root host)
	if [ "$run" != "$kernel" ]; then
		ensure_trixie_root
		root=(--root "$trixie_root")
	fi
	out=$results/$run
	rm -rf "$out" "$out".attempt-*
	failures=0
	for attempt in 1 2 3; do
		rc=0
		mkdir -p "$out"
		# The bound is for a hang: a healthy boot took up to 1029 s here (7.2 with the host's userland and three faulty
		# releases, 2026-12-06; 900 s killed it twice in CI), less now that 7.2 skips one of them.
		(cd "$repo" && "$here/run-in-vm.sh" "$kernel" "${root[@]}" --out "$out" --timeout 1500 -- itests/vm/guest-sched-ext.sh) || rc=$?
		while IFS= read -r line; do echo "sched-ext-test: $run: JVM crash report $line"; done < <(jvm_crash_lines "$out")
		[ "$rc" -eq 0 ] || [ "$rc" -eq 77 ] && break
		# Under TCG emulation on these 2-core machines a guest kernel died (exit 125, an Oops inside the
		# kernel's own code patching, or a fault at an interrupt's return whose saved flags no kernel sets) and
		# a JVM crashed in its JIT compiler (SIGSEGV in libjvm), each a few times in dozens of boots and never
		# twice in a row. So: a guest that died boots again (twice at most)
		# and any other failure gets one more boot; every attempt's logs stay, and a real failure fails again. Not a
		# timeout (a second one would take the test command past CI's 90 minutes), and not a JVM crash whose report
		# shows a frame of hotsched, FFM or libbpf (jvm-crashes.sh).
		[ "$rc" -ne 125 ] && failures=$((failures + 1))
		[ "$rc" -eq 124 ] && failures=2
		mv "$out" "$out.attempt-$attempt"
		summary+=("$run: attempt $attempt failed (exit $rc; logs in $out.attempt-$attempt)")
		while IFS= read -r line; do summary+=("    JVM crash report $line"); done < <(jvm_crash_lines "$out.attempt-$attempt")
		# A JVM crash with a frame of ours is evidence, not the emulator's noise: it is not booted away.
		jvm_crashes_ours "$out.attempt-$attempt" && failures=2
		while IFS= read -r line; do summary+=("    $line"); done < <(grep -hE 'check: FAIL|hotsched-vm:|A fatal error|Oops|BUG:' \
			"$out.attempt-$attempt/console.log" 2>/dev/null | tail -n 8)
		if [ "$rc" -eq 124 ] || [ "$rc" -eq 125 ]; then
			# Timed out or died: where it was is the console's end (the last check line says when, in seconds).
			summary+=("    the console's last lines:")
			while IFS= read -r line; do summary+=("      $line"); done < <(tail -n 6 "$out.attempt-$attempt/console.log" 2>/dev/null | cut -c1-200)
		fi
		echo "sched-ext-test: $run: attempt $attempt failed (exit $rc; logs in $out.attempt-$attempt):"
		grep -hE 'check: FAIL|hotsched-vm:|A fatal error' "$out.attempt-$attempt/console.log" 2>/dev/null | sed 's/^/    /' || true
		if [ "$failures" -ge 2 ] || [ "$attempt" -eq 3 ]; then
			break
		fi
		echo "sched-ext-test: $run: booting it once more"
	done
	case $rc in
		0) echo "sched-ext-test: $run: passed"; summary+=("$run: passed") ;;
		77) skip sched-ext-test "$run: the VM cannot be had (see above)" ;;
		*) echo "sched-ext-test: $run: FAILED (exit $rc; logs in $out.attempt-*)"; summary+=("$run: FAILED")
		   failed=$((failed + 1)) ;;
	esac
done
# Again at the end, where a CI log's tail shows it: every run and every failed attempt, with its failed checks.
printf 'sched-ext-test: %s\n' "${summary[@]}"
echo "sched-ext-test: ${#kernels[@]} run(s), $failed failed"
[ "$failed" -eq 0 ]
