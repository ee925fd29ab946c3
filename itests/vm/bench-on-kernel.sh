#!/usr/bin/env bash
# The real-kernel benchmark (not a test): boots one QEMU guest (run-in-vm.sh, this machine's filesystem)
# and runs guest-bench.sh there: hackbench, stress-ng, cyclictest idle and loaded, and the wake-up probe,
# under EEVDF first and last and hotsched with each policy in between, all in one boot, each figure as a
# ratio to EEVDF's. Needs the distribution built (mvn package), stress-ng, rt-tests and, as root, QEMU.
#
#   itests/vm/bench-on-kernel.sh [6.17|7.2]     (default 6.17; logs in itests/target/vm/bench-KERNEL/)
#   HOTSCHED_BENCH_POLICIES="fair" HOTSCHED_BENCH_LOOPS=200 itests/vm/bench-on-kernel.sh 7.2
#
# Exit 0 when every run was made; 77 when the VM or a tool cannot be had (the reason is printed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
kernel=${1:-6.17}
case $kernel in 6.17 | 7.2) ;; *) echo "usage: $0 [6.17|7.2]" >&2; exit 2 ;; esac
out=${HOTSCHED_VM_RESULTS:-$repo/itests/target/vm}/bench-$kernel

[ -x "$repo/distribution/target/hotsched/bin/hotsched" ] ||
	{ echo "bench-on-kernel: the distribution is not built: run mvn package first" >&2; exit 1; }
for tool in hackbench cyclictest stress-ng; do
	command -v "$tool" >/dev/null ||
		{ echo "bench-on-kernel: skipped: $tool is not installed (apt-get install rt-tests stress-ng)"; exit 77; }
done

rm -rf "$out"
mkdir -p "$out"
echo "bench-on-kernel: booting $kernel under TCG, EEVDF + ${HOTSCHED_BENCH_POLICIES:-fifo fair interactive} + EEVDF" \
	"(10-20 minutes); log: $out/vm.log"
rc=0
(cd "$repo" && "$here/run-in-vm.sh" "$kernel" --root host --out "$out" --timeout 2400 -- \
	env HOTSCHED_BENCH_POLICIES="${HOTSCHED_BENCH_POLICIES:-fifo fair interactive}" \
	HOTSCHED_BENCH_LOOPS="${HOTSCHED_BENCH_LOOPS:-1000}" HOTSCHED_BENCH_SECONDS="${HOTSCHED_BENCH_SECONDS:-15}" \
	itests/vm/guest-bench.sh) >"$out/vm.log" 2>&1 || rc=$?
if [ "$rc" -eq 77 ]; then
	grep -m1 '^skipped' "$out/vm.log" || echo "bench-on-kernel: skipped (see $out/vm.log)"
	exit 77
fi
if [ "$rc" -ne 0 ]; then
	grep -E '^bench: |^hotsched-vm: ' "$out/vm.log" >&2 || tail -20 "$out/vm.log" >&2
	echo "bench-on-kernel: $kernel: FAILED (exit $rc; logs in $out)" >&2
	exit "$rc"
fi
cat "$out/bench.txt"
