#!/usr/bin/env bash
# Runs a command inside a QEMU guest booted with one of Debian's sched_ext kernels.
#
#   itests/vm/run-in-vm.sh 6.17|7.2 [--root host|DIR] [--out DIR] [--timeout SECS] -- COMMAND...
#
# The guest's root is the host's / (read-only over 9p: the host's tools, JDK and libbpf 1.1) or DIR,
# e.g. a debootstrapped Debian 13 with libbpf 1.5. Either way the current directory is shared
# read-only at /run/hotsched-host, where COMMAND starts (so a checkout under the host's /tmp works too),
# and /run/hotsched-vm is writable and comes back to the host (--out DIR keeps it, together with the
# console log; $HOTSCHED_VM_OUT names it inside). /tmp and /run are the guest's own tmpfs: the host's
# /tmp is not visible.
#
# Under TCG (nested KVM cannot boot these kernels here), 2 CPUs, 4 GiB. Prints the console, exits
# with COMMAND's exit code; 77 = skipped (no QEMU, busybox or kernels: the reason is printed),
# 124 = timed out (QEMU killed), 125 = the guest died before COMMAND finished.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE="${HOTSCHED_VM_CACHE:-$HOME/.cache/hotsched-vm}"

usage() {
	echo "usage: $0 6.17|7.2 [--root host|DIR] [--out DIR] [--timeout SECS] -- COMMAND..." >&2
	exit 2
}
skip() { echo "skipped: $*"; exit 77; }

[[ $# -ge 1 ]] || usage
kernel=$1
shift
root=host
out=
timeout_s=600
while [[ $# -gt 0 && $1 != -- ]]; do
	case $1 in
	--root) root=${2:?--root needs host or a directory}; shift 2 ;;
	--out) out=${2:?--out needs a directory}; shift 2 ;;
	--timeout) timeout_s=${2:?--timeout needs seconds}; shift 2 ;;
	*) usage ;;
	esac
done
[[ $# -ge 2 && $1 == -- ]] || usage
shift
[[ $kernel == 6.17 || $kernel == 7.2 ]] || usage
[[ $root == host || -d $root ]] || { echo "error: --root $root is neither 'host' nor a directory" >&2; exit 2; }

qemu=$(command -v qemu-system-x86_64) || skip "qemu-system-x86_64 not installed (apt-get install qemu-system-x86)"

if [[ ! -f $CACHE/kernels/$kernel/kernel.env ]]; then
	rc=0
	"$here/fetch-kernels.sh" "$kernel" || rc=$?
	[[ $rc -eq 77 ]] && skip "kernel $kernel cannot be fetched (see above)"
	[[ $rc -eq 0 ]] || exit "$rc"
fi
# shellcheck source=/dev/null
source "$CACHE/kernels/$kernel/kernel.env"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z $out ]]; then
	out=$work/out
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out/rc"

rc=0
"$here/make-initramfs.sh" "$MODULES" "$work/initramfs.cpio" || rc=$?
[[ $rc -eq 77 ]] && skip "cannot build the initramfs (see above)"
[[ $rc -eq 0 ]] || exit "$rc"

# The command, quoted for bash, run by guest-init.sh inside the chroot.
guest_cwd=/run/hotsched-host
if [[ $root == host ]]; then
	root_dir=/
else
	root_dir=$(cd "$root" && pwd)
fi
{
	echo "export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb"
	printf 'export HOTSCHED_VM_OUT=/run/hotsched-vm HOTSCHED_VM_KERNEL=%q\n' "$RELEASE"
	printf 'cd %q || { echo "hotsched-vm: the shared working directory is missing" >&2; exit 1; }\n' "$guest_cwd"
	printf '%q ' "$@"
	echo
	echo 'echo $? >/run/hotsched-vm/rc'
} >"$out/command.sh"

shares=(
	-virtfs "local,path=$root_dir,mount_tag=root,security_model=none,readonly=on,multidevs=remap"
	-virtfs "local,path=$out,mount_tag=out,security_model=none,multidevs=remap"
)
shares+=(-virtfs "local,path=$PWD,mount_tag=cwd,security_model=none,readonly=on,multidevs=remap")

echo "hotsched-vm: booting $RELEASE (root: $root_dir, timeout ${timeout_s}s): $*"
start=$(date +%s)
qemu_rc=0
# thread=single: with multi-threaded TCG, guests died of "Oops: int3" in __schedule/update_rq_clock when
# sched_ext's enable flipped static keys: one vCPU ran a stale translation of text another had just
# patched. One TCG thread keeps code patching coherent, at ~30 % more wall time.
timeout -k 10 "$timeout_s" "$qemu" -accel tcg,thread=single -cpu max -m 4G -smp 2 -nographic -no-reboot -nic none \
	-kernel "$VMLINUZ" -initrd "$work/initramfs.cpio" \
	-append "console=ttyS0 panic=-1 quiet rdinit=/init" \
	"${shares[@]}" </dev/null 2>&1 | tr -d '\r' | tee "$out/console.log" || qemu_rc=${PIPESTATUS[0]}
elapsed=$(($(date +%s) - start))
# Kernel lines only (they start with a printk timestamp): the guest's own output has Java's WARNING: lines.
if grep -qE '^\[ *[0-9]+\.[0-9]+\] .*(Oops|BUG:|WARNING:|Kernel panic|Call Trace:)' "$out/console.log"; then
	echo "hotsched-vm: the kernel reported a problem (Oops/BUG/WARNING/panic): see the console above"
fi

if [[ $qemu_rc -eq 124 || $qemu_rc -eq 137 ]]; then
	echo "hotsched-vm: timed out after ${timeout_s}s; QEMU killed"
	exit 124
fi
if [[ ! -s $out/rc ]]; then
	echo "hotsched-vm: the guest stopped before the command finished (QEMU exit $qemu_rc, ${elapsed}s)"
	exit 125
fi
rc=$(<"$out/rc")
echo "hotsched-vm: $RELEASE: exit $rc after ${elapsed}s"
exit "$rc"
