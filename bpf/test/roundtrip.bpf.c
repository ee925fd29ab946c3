/* SPDX-License-Identifier: GPL-2.0 */
/*
 * roundtrip: a test program for the Java libbpf bindings (bundles/libbpf), not part of the scheduler.
 *
 * Java writes struct hotsched_dispatch records into the "dispatched" user ring buffer and runs the
 * "roundtrip" syscall program with BPF_PROG_TEST_RUN. The program drains the user ring buffer and, for
 * each record, emits one struct hotsched_queued_task into the "queued" ring buffer whose every field is
 * derived from the decision by the rules in echo_dispatch(), so Java can check every byte it receives.
 * It also exercises the two global-data paths hotsched uses: a knob in .rodata written by Java before
 * load (xor_key), and counters in .bss read by Java through the mmapped map (stats).
 *
 * The "buckets" syscall program sorts the waits Java writes into bucket_samples (.data) into starved_waits
 * buckets with the scheduler's own function (starved_bucket.h), for Java to compare with its StarvedWaits.
 *
 * Needs only libbpf and uapi headers (no vmlinux.h): it runs on any kernel with user ring buffers (6.1+).
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "intf.h"
#include "starved_bucket.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} queued SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_USER_RINGBUF);
	__uint(max_entries, 16 * 1024);
} dispatched SEC(".maps");

/* Set by Java before load; folded into nvcsw so the test sees that .rodata reached the kernel. */
const volatile u64 xor_key;

/* Read by Java after the run through the .bss map's mmapped memory. */
struct hotsched_stats stats;

/* Fills q from d; the Java test applies the same rules to check each field. */
static void echo_dispatch(const struct hotsched_dispatch *d, struct hotsched_queued_task *q, u64 index)
{
	int w, i;

	q->pid = d->pid;
	q->tgid = d->cpu;
	q->prev_cpu = -d->pid;
	q->nr_cpus_allowed = (u32)d->generation;
	q->weight = (u32)(d->generation >> 32);
	q->flags = (u32)index;
	q->enq_flags = d->slice_ns;
	q->runtime_ns = d->vtime;
	q->nvcsw = d->generation ^ xor_key;
	q->generation = d->generation + 1;
	q->vtime = ~d->vtime;
	q->cgroup_id = d->generation * 3 ^ d->flags;
	for (w = 0; w < HOTSCHED_MASK_WORDS; w++)
		q->cpumask[w] = d->slice_ns + w;
	for (i = 0; i < HOTSCHED_COMM_LEN - 1; i++)
		q->comm[i] = 'a' + (char)(((u32)d->pid + i) % 26);
	q->comm[HOTSCHED_COMM_LEN - 1] = '\0';
}

struct drain_ctx {
	u64 index;
};

static long on_dispatch(struct bpf_dynptr *dynptr, void *data)
{
	struct drain_ctx *ctx = data;
	struct hotsched_dispatch d;
	struct hotsched_queued_task *q;

	if (bpf_dynptr_read(&d, sizeof(d), dynptr, 0, 0))
		return 1;	/* a short record: stop draining */
	stats.nr_user_dispatches++;

	q = bpf_ringbuf_reserve(&queued, sizeof(*q), 0);
	if (!q) {
		stats.nr_congested++;
		return 0;
	}
	echo_dispatch(&d, q, ctx->index++);
	bpf_ringbuf_submit(q, 0);
	stats.nr_queued++;
	return 0;
}

/* Returns how many records it drained, or the negative error of bpf_user_ringbuf_drain. */
SEC("syscall")
int roundtrip(void *unused)
{
	struct drain_ctx ctx = {};

	return bpf_user_ringbuf_drain(&dispatched, on_dispatch, &ctx, 0);
}

/* Waits written by Java through the mmapped .data map; "buckets" writes the bucket of each beside it. */
#define BUCKET_SAMPLES 256
struct bucket_samples {
	u64 waits[BUCKET_SAMPLES];
	u32 buckets[BUCKET_SAMPLES];
};
/* Initialized, so it lives in .data, apart from stats in .bss. */
struct bucket_samples bucket_samples = { .waits = { 1 } };

SEC("syscall")
int buckets(void *unused)
{
	int i;

	for (i = 0; i < BUCKET_SAMPLES; i++)
		bucket_samples.buckets[i] = starved_bucket(bucket_samples.waits[i]);
	return BUCKET_SAMPLES;
}
