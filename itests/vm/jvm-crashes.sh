#!/usr/bin/env bash
# JVM crash reports (hs_err files) that guests leave in their results folder: sourced by sched-ext-test.sh,
# or run as `itests/vm/jvm-crashes.sh DIR` to print what it finds.
#
# Under TCG emulation a JVM died now and then with SIGSEGV in code the emulator and the JIT had just patched,
# before any of hotsched's native code ran; such a crash is the emulator's, and the run may boot again. A
# crash with a hotsched, FFM (java.lang.foreign, jdk.internal.foreign) or libbpf frame in the crashing
# thread's stack is evidence about hotsched and fails the run.

# The crashing thread's frames in report $1: the problematic frame and the native and Java frames sections
# (not the rest of the report, which lists every loaded library, libbpf among them).
jvm_crash_frames() {
	awk '/^# Problematic frame:/ { getline; print; next }
		/^(Native|Java) frames:/ { section = 1; next }
		section && /^$/ { section = 0 }
		section { print }' "$1"
}

# Whether report $1 has a frame of hotsched, the FFM API or libbpf.
jvm_crash_is_ours() {
	jvm_crash_frames "$1" | grep -qE 'org\.hotsched|java\.lang\.foreign|jdk\.internal\.foreign|libbpf'
}

# Whether folder $1 holds a report with a frame of hotsched, the FFM API or libbpf.
jvm_crashes_ours() {
	local report
	for report in "$1"/hs_err_pid*.log; do
		[ -f "$report" ] && jvm_crash_is_ours "$report" && return 0
	done
	return 1
}

# One line per report in folder $1: its file, the problematic frame, and whether it is ours.
jvm_crash_lines() {
	local report
	for report in "$1"/hs_err_pid*.log; do
		[ -f "$report" ] || continue
		printf '%s: %s%s\n' "$report" "$(jvm_crash_frames "$report" | head -n 1 | sed 's/^# *//')" \
			"$(jvm_crash_is_ours "$report" && echo ' (a hotsched, FFM or libbpf frame: not the emulator alone)')"
	done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	jvm_crash_lines "${1:?usage: $0 DIR}"
fi
