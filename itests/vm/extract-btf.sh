#!/usr/bin/env bash
# Extracts the BTF of a fetched Debian kernel on the host (seconds, where bpftool inside the TCG
# guest takes minutes):
#
#   itests/vm/extract-btf.sh 6.17|7.2 OUT_DIR  ->  OUT_DIR/vmlinux-SERIES (ELF) and vmlinux-SERIES.h
#
# For reading, not for building: bpf/include/hotsched_vmlinux.h is hand-written and was checked
# against these. `bpftool btf dump file OUT_DIR/vmlinux-SERIES format raw | grep "FUNC 'scx_bpf_"`
# lists the kernel's sched_ext kfuncs.
set -euo pipefail

if [[ $# -ne 2 || ! $1 =~ ^(6\.17|7\.2)$ ]]; then
	echo "usage: $0 6.17|7.2 OUT_DIR" >&2
	exit 2
fi
series=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE="${HOTSCHED_VM_CACHE:-$HOME/.cache/hotsched-vm}"

command -v bpftool >/dev/null || { echo "error: bpftool not installed (apt-get install bpftool)" >&2; exit 1; }
command -v zstd >/dev/null || { echo "error: zstd not installed (apt-get install zstd)" >&2; exit 1; }
[[ -f $CACHE/kernels/$series/kernel.env ]] || "$here/fetch-kernels.sh" "$series"
# shellcheck source=/dev/null
source "$CACHE/kernels/$series/kernel.env"

# Debian's bzImage carries the kernel zstd-compressed: decompress from the first zstd frame magic.
offset=$(grep -abo $'\x28\xb5\x2f\xfd' "$VMLINUZ" | head -n 1 | cut -d: -f1)
[[ -n $offset ]] || { echo "error: no zstd payload in $VMLINUZ" >&2; exit 1; }
mkdir -p "$out"
# zstd stops at the end of the frame and complains about what follows it; the ELF is complete.
tail -c +$((offset + 1)) "$VMLINUZ" | zstd -qdc >"$out/vmlinux-$series" 2>/dev/null || true
bpftool btf dump file "$out/vmlinux-$series" format c >"$out/vmlinux-$series.h"
echo "$out/vmlinux-$series.h ($RELEASE)"
