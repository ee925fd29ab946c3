#!/bin/sh
# Regenerates the jextract-form classes of bundles/libbpf from hotsched_libbpf.h with jextract 22 or newer.
# Usage (anywhere): sh bpf/jextract/regenerate.sh
# Hand-written files are not touched: LibbpfLoader, LibbpfErrno, LibbpfLog, LibbpfUnavailableException,
# package-info. Afterwards run `mvn verify` in bundles/libbpf: its drift check compiles the bindings'
# sizes, offsets, constants and signatures against the C headers.
set -eu
cd "$(dirname "$0")/../.."
if ! command -v jextract >/dev/null 2>&1; then
	echo "jextract not found on PATH: get jextract 22 or newer (it bundles its own libclang), then rerun" >&2
	exit 1
fi
jextract @bpf/jextract/libbpf.args
echo "regenerated bundles/libbpf/src/main/java/org/hotsched/libbpf; now run: mvn -B verify -f bundles/libbpf"
