#!/bin/busybox sh
# /init of the guest's initramfs (busybox only; made by make-initramfs.sh, started by run-in-vm.sh).
#
# Loads the 9p modules, mounts the root share ("root", read-only) at /newroot with a writable
# results share ("out") at /run/hotsched-vm, and optionally the host's working directory ("cwd") at
# /run/hotsched-host; gives the new root the usual kernel filesystems, runs the command script the
# host left in the results share inside a chroot, and powers off. The script writes its exit code.
# No `set -e`: this is PID 1, and an init that exits panics the kernel instead of powering off.
# shellcheck shell=dash
/bin/busybox --install -s /bin
export PATH=/bin

mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev

for m in netfs 9pnet 9pnet_virtio 9p; do
	insmod "/modules/$m.ko" || echo "hotsched-vm: insmod $m failed" >/dev/console
done

p9="trans=virtio,version=9p2000.L,msize=262144"
mkdir -p /newroot
# The root never changes under us during a run, so the guest may cache it: much faster under TCG.
mount -t 9p -o "$p9,cache=loose,ro" root /newroot || { echo "hotsched-vm: cannot mount the root share" >/dev/console; poweroff -f; }

mount -t devtmpfs dev /newroot/dev
mkdir -p /newroot/dev/pts /newroot/dev/shm
mount -t devpts devpts /newroot/dev/pts
mount -t tmpfs tmpfs /newroot/dev/shm
mount -t proc proc /newroot/proc
mount -t sysfs sys /newroot/sys
mount -t tmpfs tmpfs /newroot/tmp
mount -t tmpfs tmpfs /newroot/run
mount -t bpf bpf /newroot/sys/fs/bpf
mount -t debugfs debugfs /newroot/sys/kernel/debug
mount -t tracefs tracefs /newroot/sys/kernel/tracing

mkdir -p /newroot/run/hotsched-vm /newroot/run/hotsched-host
mount -t 9p -o "$p9" out /newroot/run/hotsched-vm
grep -qw cwd /sys/bus/virtio/drivers/9pnet_virtio/virtio*/mount_tag 2>/dev/null &&
	mount -t 9p -o "$p9,ro" cwd /newroot/run/hotsched-host

chroot /newroot /bin/bash /run/hotsched-vm/command.sh </dev/console >/dev/console 2>&1

sync
poweroff -f
