#!/usr/bin/env bash
# Compiles the sched_ext scheduler: bpf/build-bpf.sh OUT_DIR  ->  OUT_DIR/hotsched.bpf.o
#
# Needs clang (14 or later) and libbpf's BPF headers (libbpf-dev). Without clang it prints why and
# exits 0, so a build on a machine without the BPF toolchain still succeeds without the object.
set -euo pipefail

if [[ $# -ne 1 ]]; then
	echo "usage: $0 OUT_DIR" >&2
	exit 2
fi
out_dir=$1
bpf_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
clang=${CLANG:-clang}

if ! command -v "$clang" >/dev/null; then
	echo "skipped: clang not installed (apt-get install clang libbpf-dev)"
	exit 0
fi
if ! echo '#include <bpf/bpf_helpers.h>' | "$clang" -target bpf -E -x c - -o /dev/null 2>/dev/null; then
	echo "error: libbpf's BPF headers not found (apt-get install libbpf-dev)" >&2
	exit 1
fi

mkdir -p "$out_dir"
# -mcpu=v3: atomic compare-and-swap, which claims a task for exactly one dispatcher (kernel >= 5.12).
"$clang" -O2 -g -target bpf -mcpu=v3 -D__TARGET_ARCH_x86 -Wall -Werror \
	-I "$bpf_dir" -I "$bpf_dir/include" \
	-c "$bpf_dir/hotsched.bpf.c" -o "$out_dir/hotsched.bpf.o"
echo "built $out_dir/hotsched.bpf.o"
