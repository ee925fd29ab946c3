#!/bin/sh
# Compiles every bpf/test/*.bpf.c into OUTDIR (the test classpath of bundles/libbpf).
# Usage: sh bpf/test/build.sh OUTDIR
# Without clang or the libbpf headers it builds nothing and says what to install: the tests that need the
# objects then skip with the same reason. Any other compile error fails the build.
set -eu

out=${1:?usage: build.sh OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
bpf_dir=$(dirname "$here")
# Debian keeps <asm/types.h> in the multiarch folder, which clang -target bpf does not search by itself.
multiarch=/usr/include/$(uname -m)-linux-gnu

if ! command -v clang >/dev/null 2>&1; then
	echo "bpf/test: clang not found, BPF test objects not built: install the clang package"
	exit 0
fi
if ! printf '#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n' |
	clang -target bpf -I "$multiarch" -E -x c - >/dev/null 2>&1; then
	echo "bpf/test: <bpf/bpf_helpers.h> not found, BPF test objects not built: install the libbpf-dev package"
	exit 0
fi

mkdir -p "$out"
for src in "$here"/*.bpf.c; do
	obj="$out/$(basename "$src" .c).o"
	clang -O2 -g -Wall -Werror -target bpf -I "$bpf_dir" -I "$multiarch" -c "$src" -o "$obj"
	echo "bpf/test: built $obj"
done
