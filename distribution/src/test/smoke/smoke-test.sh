#!/usr/bin/env bash
# Smoke test of the assembled distribution, run by `mvn verify` in distribution/: runs a copy of it
# with --exec as a user would, and checks the exit codes and what is printed.
# Usage: smoke-test.sh DIST_FOLDER SCRATCH_FOLDER
set -uo pipefail

dist=${1:?usage: smoke-test.sh DIST_FOLDER SCRATCH_FOLDER}
scratch=${2:?usage: smoke-test.sh DIST_FOLDER SCRATCH_FOLDER}
rm -rf "$scratch"
mkdir -p "$scratch"
cp -a "$dist" "$scratch/hotsched"
hotsched=$scratch/hotsched/bin/hotsched

passed=0
failed=0
output=
status=0

# Runs hotsched with the given arguments; keeps its output (stdout and stderr) and exit status.
run() {
    echo "smoke: hotsched $*"
    output=$("$hotsched" "$@" 2>&1)
    status=$?
}

# check DESCRIPTION COMMAND...: counts the check, and on failure shows the last output.
check() {
    local description=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "smoke:   ok    $description"
    else
        failed=$((failed + 1))
        echo "smoke:   FAIL  $description"
        sed 's/^/smoke:         | /' <<<"$output"
    fi
}

exited() { [ "$status" -eq "$1" ]; }
shows() { grep -Eq -- "$1" <<<"$output"; }
lines_matching() { grep -Ec -- "$1" <<<"$output"; }
no_stack_trace() { ! grep -Eq '^\s+at [a-zA-Z_$.]+\(|Exception in thread' <<<"$output"; }

run --help
check "--help exits 0" exited 0
check "--help explains --exec" shows '--exec'

run --exec 'sched:status; sched:policies; lb'
check "status, policies and lb exit 0" exited 0
check "status names the backend sim" shows '^backend +sim\b'
check "status names the active policy fifo" shows '^active policy +fifo '
check "policies marks fifo active" shows '^\* +fifo '
check "lb lists the bridge bundle active" shows 'Active.*hotsched core'
check "no stack trace" no_stack_trace

run --exec 'sched:use nosuch'
check "using an unknown policy exits 1" exited 1
check "the error line lists the policy fifo" shows '^ERROR: sched:use nosuch: .*fifo'

run --exec 'nosuch:command; sched:stats'
check "an unknown command exits 1" exited 1
check "the unknown command gets an error line" shows '^ERROR: nosuch:command: '
check "the commands after a failure still run" shows '^decision latency '

cfg=$scratch/hotsched/etc/org.hotsched.core.cfg
comments=$(grep -c '^#' "$cfg")
# A choice is saved once its policy is past probation (probation.ms=5000 as shipped).
run --exec 'sched:use fair; sleep 2; sched:use interactive; sleep 2; sched:use fair; sleep 6'
check "sched:use exits 0" exited 0
check "the choice is saved in etc/org.hotsched.core.cfg" grep -qx 'policy=fair' "$cfg"
keeps_the_rest() {
    [ "$(grep -c '^#' "$cfg")" -eq "$comments" ] && [ "$(grep -c '^policy=' "$cfg")" -eq 1 ] && grep -qx 'sim.workload=demo' "$cfg"
}
check "the file keeps its other settings and comments" keeps_the_rest
run --exec 'sched:status'
check "a restart runs the saved choice" shows '^active policy +fair '
run --exec 'sched:use interactive'
check "a choice still on probation when hotsched stops is not saved" grep -qx 'policy=fair' "$cfg"
run --exec 'sched:use fifo; sleep 6'
check "and sched:use fifo returns to the shipped choice" grep -qx 'policy=fifo' "$cfg"

# The history and the kept releases outlive a restart (data/): the last run ended on fifo after fair.
run --exec 'sched:rollback; sched:history'
check "after a restart, sched:rollback returns to the release before it (fair)" shows '^rolled back to fair '
check "sched:history still lists the earlier runs' activations" shows '^[0-9]+ .* interactive .* sched:use '
check "the history is kept in data/history.tsv" test -s "$scratch/hotsched/data/history.tsv"
run --exec 'sched:use fifo; sleep 6'
check "sched:use fifo again" grep -qx 'policy=fifo' "$cfg"

HOTSCHED_JAVA_OPTS='-Xmx256m -XX:+NoSuchHotschedOption' run --exec 'sched:status'
check "HOTSCHED_JAVA_OPTS reaches the JVM: an unknown option stops it" shows 'NoSuchHotschedOption'
check "and the run exits non-zero" [ "$status" -ne 0 ]
HOTSCHED_JAVA_OPTS='-Xmx256m' run --exec 'sched:status'
check "with a valid HOTSCHED_JAVA_OPTS hotsched runs" shows '^active policy +fifo '

printf 'this is not a jar\n' >"$scratch/hotsched/deploy/broken.jar"
run --exec 'sched:status'
check "with a broken jar in deploy/ hotsched still runs" exited 0
check "exactly one line names broken.jar" [ "$(lines_matching 'broken\.jar')" -eq 1 ]
check "that line says what is wrong and what to do" \
    shows 'deploy/broken\.jar is not an OSGi bundle \(.*\): replace it with a policy bundle jar or remove it'
check "the policy fifo still decides" shows '^active policy +fifo '
check "no stack trace" no_stack_trace

# A jar owned by another user is code anyone could have put there: refused in one line, the rest runs.
rm -f "$scratch/hotsched/deploy/broken.jar"
if [ "$(id -u)" -eq 0 ]; then
    cp "$scratch/hotsched/deploy/hotsched-policy-fair.jar" "$scratch/hotsched/deploy/foreign.jar"
    chown nobody "$scratch/hotsched/deploy/foreign.jar"
    run --exec 'sched:status'
    check "a jar owned by nobody is refused in one line saying what to do" \
        shows 'hotsched: deploy/foreign\.jar is refused: it belongs to nobody, not to root: chown it and touch it, or set hotsched\.deploy\.trust=any$'
    check "and the policy fifo still decides" shows '^active policy +fifo '
    rm -f "$scratch/hotsched/deploy/foreign.jar"
else
    echo "smoke: skipped the foreign-owner check: it needs root to chown a jar"
fi

# deploy/ deleted and created again while hotsched runs, with two links to itself inside: a policy dropped in
# afterwards is still installed, and each link is ignored in one line (before, FileInstall stopped watching the
# re-created folder, and the links made it walk the folder forever at 100 % CPU).
deploy=$scratch/hotsched/deploy
history=$scratch/hotsched/data/history.tsv
mv "$deploy/hotsched-policy-edf.jar" "$scratch/edf.jar"
entries=$(wc -l <"$history")
"$hotsched" --exec 'sleep 10; sched:policies' >"$scratch/recreated.out" 2>&1 &
recreating=$!
for _ in $(seq 1 300); do
    [ "$(wc -l <"$history")" -gt "$entries" ] && break
    sleep 0.1
done
mv "$deploy" "$deploy.gone"
sleep 2
mkdir "$deploy"
mv "$deploy.gone"/* "$deploy/"
rmdir "$deploy.gone"
ln -s . "$deploy/a"
ln -s . "$deploy/b"
cp "$scratch/edf.jar" "$deploy/hotsched-policy-edf.jar"
wait "$recreating"
status=$?
output=$(cat "$scratch/recreated.out")
check "the run with deploy/ re-created exits 0" exited 0
check "a policy dropped into the re-created deploy/ is installed" shows '^ +edf '
check "each link to a folder in deploy/ is ignored in one line" \
    [ "$(lines_matching 'hotsched: deploy/[ab] is a link to a folder: only the files in deploy/ are read, so it is ignored; remove it$')" -eq 2 ]
rm -f "$deploy/a" "$deploy/b"

# One instance per folder: a second start is refused in one line, and the first runs on undisturbed.
"$hotsched" --exec 'sleep 6; sched:status' >"$scratch/first.out" 2>&1 &
first=$!
sleep 1
run --exec 'sched:status'
check "a second hotsched in the same folder exits 2" exited 2
check "its one line names the first one's pid and what to do" \
    shows "^hotsched: another hotsched \(pid $first\) runs from .*: stop it first, or run a copy of the distribution from another folder$"
wait "$first"
status=$?
output=$(cat "$scratch/first.out")
check "the first one ran on to the end (exit $status)" exited 0
check "and still decided with fifo" shows '^active policy +fifo '

# As a service (stdin not a terminal, as under systemd or a script): no console reads stdin or spins, and
# SIGTERM stops the framework, the bridge included.
"$hotsched" </dev/null >"$scratch/service.out" 2>&1 &
service=$!
for ((i = 0; i < 600; i++)); do
    grep -q 'is active (start)' "$scratch/service.out" && break
    sleep 0.1
done
output=$(cat "$scratch/service.out")
check "without a terminal on stdin it runs as a service, and says so" \
    shows '^hotsched: stdin is not a terminal: running as a service, without a console \(--service\)'
check "the service decides with fifo" shows 'policy fifo .* is active \(start\)'
sleep 2
check "the service is still running" kill -0 "$service"
stop_start=$(date +%s%N)
kill -TERM "$service"
wait "$service"
stop_ms=$((($(date +%s%N) - stop_start) / 1000000))
output=$(cat "$scratch/service.out")
echo "smoke: the service stopped $stop_ms ms after SIGTERM"
check "SIGTERM stops it (within 10 s: $stop_ms ms)" [ "$stop_ms" -lt 10000 ]
check "no console, no terminal warning, no stack trace" \
    eval '! shows "g!|Unable to create a system terminal" && no_stack_trace'
check "the bridge stopped too: the history's last activation is the built-in FIFO's at the stop" \
    sh -c "tail -n 1 '$scratch/hotsched/data/history.tsv' | awk -F '\t' '\$3 == \"builtin-fifo\" && \$6 == \"stop\" { ok = 1 } END { exit !ok }'"
run --service --exec 'sched:status'
check "--service with --exec is refused in one line" exited 2

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
