#!/usr/bin/env bash
# Builds the guest's initramfs: make-initramfs.sh MODULES_DIR OUT_FILE
#
# Holds a static busybox, guest-init.sh as /init, and the 9p modules of that kernel (netfs, 9pnet,
# 9pnet_virtio, 9p), decompressed because busybox insmod cannot read .ko.xz/.ko.zst.
# Exit 77 when a tool for it is missing.
set -euo pipefail

if [[ $# -ne 2 ]]; then
	echo "usage: $0 MODULES_DIR OUT_FILE" >&2
	exit 2
fi
modules=$1
out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
busybox=${HOTSCHED_VM_BUSYBOX:-/bin/busybox}

skip() { echo "skipped: $*" >&2; exit 77; }

[[ -x $busybox ]] || skip "no busybox at $busybox (apt-get install busybox-static)"
if ldd "$busybox" >/dev/null 2>&1; then
	skip "$busybox is dynamically linked (apt-get install busybox-static)"
fi
command -v cpio >/dev/null || skip "cpio not installed (apt-get install cpio)"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage"/{bin,dev,proc,sys,modules,newroot}
cp "$busybox" "$stage/bin/busybox"
cp "$here/guest-init.sh" "$stage/init"
chmod 755 "$stage/init"

for m in netfs 9pnet 9pnet_virtio 9p; do
	ko=$(find "$modules/kernel" -name "$m.ko*" -print -quit)
	[[ -n $ko ]] || { echo "error: module $m not found under $modules" >&2; exit 1; }
	case $ko in
	*.ko.xz)
		command -v xz >/dev/null || skip "xz not installed (apt-get install xz-utils)"
		xz -dc "$ko" >"$stage/modules/$m.ko" ;;
	*.ko.zst)
		command -v zstd >/dev/null || skip "zstd not installed (apt-get install zstd)"
		zstd -qdc "$ko" >"$stage/modules/$m.ko" ;;
	*.ko) cp "$ko" "$stage/modules/$m.ko" ;;
	*) echo "error: unexpected module file $ko" >&2; exit 1 ;;
	esac
done

(cd "$stage" && find . | cpio --quiet -o -H newc) >"$out"
