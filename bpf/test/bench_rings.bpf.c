/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bench_rings: the kernel half of the ring-path bench (mvn -pl bundles/libbpf -Pbench verify), not part of
 * the scheduler.
 *
 * Each BPF_PROG_TEST_RUN of "bench" first drains the "dispatched" user ring buffer, checking that every
 * decision echoes the pid and generation of the record it answers, in the order the records were produced
 * (the consumers run a FIFO); then it produces args->count struct hotsched_queued_task records into the
 * "queued" ring buffer. Rings, record size and submit flags are those of hotsched.bpf.c. The Java bench and
 * bench_consumer.c run this same object with the same steps: only the user-space side differs.
 *
 * Needs only libbpf and uapi headers (no vmlinux.h): bpf_loop (5.17) and user ring buffers (6.1).
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "intf.h"

char LICENSE[] SEC("license") = "GPL";

/* The same sizes as hotsched.bpf.c. */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, HOTSCHED_QUEUED_RING_BYTES);
} queued SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_USER_RINGBUF);
	__uint(max_entries, HOTSCHED_DISPATCHED_RING_BYTES);
} dispatched SEC(".maps");

/* The test run's ctx_in. */
struct bench_args {
	u32 count;	/* records to produce after draining */
	u32 pad;
};

/* Returned when a decision did not echo its record, or the queued ring buffer was full. */
#define BENCH_BAD_ECHO	(-1)
#define BENCH_RING_FULL	(-2)

static u64 next_generation = 1;		/* generation of the next record produced */
static u64 expected_generation = 1;	/* generation the next decision must echo */
static u64 bad_echoes;
static u64 ring_full;

/* Distinct pids that repeat, as a busy machine's runnable tasks do. */
static s32 pid_of(u64 generation)
{
	return 1000 + (s32)(generation & 1023);
}

static long produce_one(u32 index, void *unused)
{
	struct hotsched_queued_task *q;
	u64 gen = next_generation;
	int w, i;

	q = bpf_ringbuf_reserve(&queued, sizeof(*q), 0);
	if (!q) {
		ring_full++;
		return 1;
	}
	next_generation = gen + 1;
	q->pid = pid_of(gen);
	q->tgid = q->pid & ~7;
	q->prev_cpu = (s32)(gen & 1);
	q->nr_cpus_allowed = 2;
	q->weight = 100;
	q->flags = 0;
	q->enq_flags = 1;	/* SCX_ENQ_WAKEUP */
	q->runtime_ns = gen * 1000;
	q->nvcsw = gen;
	q->generation = gen;
	q->vtime = gen * 7;
	q->cgroup_id = 4096 + (gen & 15);
	/* CPUs 0 and 1, as a task allowed on the whole of a 2-CPU machine. */
	q->cpumask[0] = 3;
	for (w = 1; w < HOTSCHED_MASK_WORDS; w++)
		q->cpumask[w] = 0;
	/* An 11-byte name, NUL-padded like the kernel's comm. */
	for (i = 0; i < HOTSCHED_COMM_LEN; i++)
		q->comm[i] = i < 11 ? 'a' + (char)((gen + i) % 26) : '\0';
	bpf_ringbuf_submit(q, 0);
	return 0;
}

static long check_decision(struct bpf_dynptr *dynptr, void *unused)
{
	struct hotsched_dispatch d;
	u64 gen = expected_generation;

	if (bpf_dynptr_read(&d, sizeof(d), dynptr, 0, 0)) {
		bad_echoes++;
		return 1;
	}
	expected_generation = gen + 1;
	if (d.generation != gen || d.pid != pid_of(gen))
		bad_echoes++;
	return 0;
}

/* Returns how many decisions it drained, or BENCH_BAD_ECHO or BENCH_RING_FULL. */
SEC("syscall")
int bench(struct bench_args *args)
{
	u64 bad_before = bad_echoes;
	u64 full_before = ring_full;
	long drained;

	drained = bpf_user_ringbuf_drain(&dispatched, check_decision, NULL, BPF_RB_NO_WAKEUP);
	if (drained < 0 || bad_echoes != bad_before)
		return BENCH_BAD_ECHO;
	bpf_loop(args->count, produce_one, NULL, 0);
	if (ring_full != full_before)
		return BENCH_RING_FULL;
	return drained;
}
