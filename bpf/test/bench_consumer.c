/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bench_consumer: the C baseline of the ring-path bench (mvn -pl bundles/libbpf -Pbench verify), the same
 * steps as the Java path (org.hotsched.libbpf.bench.JavaRingPath) done with libbpf in C, on the same
 * bench_rings.bpf.o. Each iteration:
 *   kernel:  one test run of "bench": drains the previous decisions, produces BATCH queued-task records;
 *   consume: ring_buffer__consume, whose callback copies each record's fields into arrays, as core's
 *            BpfBackend copies them into a TaskBuffer;
 *   decide:  FIFO as FifoPolicy: every task into the queue (a copy), then, oldest first, one decision each
 *            (slice = base / waiting, the shared DSQ, vtime = arrival number) written with
 *            user_ring_buffer__reserve/submit.
 * It runs WARMUP iterations untimed, then MEASURED timed ones, and prints ns per task of each phase:
 *   bench_consumer: tasks=<n> kernel=<ns> consume=<ns> decide=<ns> total=<ns>
 * Built by the bench with gcc -O2 ... -lbpf; runs as root.
 * Usage: bench_consumer OBJECT BATCH WARMUP MEASURED NR_CPUS
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "intf.h"

#define BASE_SLICE_NS	5000000ULL	/* the bench's base slice, as JavaRingPath */
#define MIN_SLICE_NS	10000ULL	/* FifoConfig.MIN_SLICE_NS */

/* Task records in arrays, one per field, like org.hotsched.api.TaskBuffer. */
struct tasks {
	int mask_words;
	s32 *pid, *tgid, *prev_cpu, *nr_cpus_allowed, *weight;
	u64 *runtime_ns, *nvcsw, *enq_flags, *generation, *vtime, *cgroup_id, *cpumask;
	char *comm;
	unsigned char *comm_len;
};

struct consumer {
	struct tasks batch;		/* the records of one consume */
	int batch_size;
	struct tasks queue;		/* the FIFO: a ring of task copies */
	u64 *arrival;			/* each queued task's arrival number, its vtime */
	unsigned int queue_mask, head, tail;
	u64 sequence;
	struct ring_buffer *ring;
	struct user_ring_buffer *user_ring;
};

static void *alloc_or_die(size_t n, size_t size)
{
	void *p = calloc(n, size);

	if (!p) {
		fprintf(stderr, "bench_consumer: out of memory\n");
		exit(1);
	}
	return p;
}

static void tasks_init(struct tasks *t, int capacity, int mask_words)
{
	t->mask_words = mask_words;
	t->pid = alloc_or_die(capacity, sizeof(s32));
	t->tgid = alloc_or_die(capacity, sizeof(s32));
	t->prev_cpu = alloc_or_die(capacity, sizeof(s32));
	t->nr_cpus_allowed = alloc_or_die(capacity, sizeof(s32));
	t->weight = alloc_or_die(capacity, sizeof(s32));
	t->runtime_ns = alloc_or_die(capacity, sizeof(u64));
	t->nvcsw = alloc_or_die(capacity, sizeof(u64));
	t->enq_flags = alloc_or_die(capacity, sizeof(u64));
	t->generation = alloc_or_die(capacity, sizeof(u64));
	t->vtime = alloc_or_die(capacity, sizeof(u64));
	t->cgroup_id = alloc_or_die(capacity, sizeof(u64));
	t->cpumask = alloc_or_die((size_t)capacity * mask_words, sizeof(u64));
	t->comm = alloc_or_die((size_t)capacity * HOTSCHED_COMM_LEN, 1);
	t->comm_len = alloc_or_die(capacity, 1);
}

static void tasks_copy(struct tasks *to, int i, const struct tasks *from, int j)
{
	int w = to->mask_words;

	to->pid[i] = from->pid[j];
	to->tgid[i] = from->tgid[j];
	to->prev_cpu[i] = from->prev_cpu[j];
	to->nr_cpus_allowed[i] = from->nr_cpus_allowed[j];
	to->weight[i] = from->weight[j];
	to->runtime_ns[i] = from->runtime_ns[j];
	to->nvcsw[i] = from->nvcsw[j];
	to->enq_flags[i] = from->enq_flags[j];
	to->generation[i] = from->generation[j];
	to->vtime[i] = from->vtime[j];
	to->cgroup_id[i] = from->cgroup_id[j];
	memcpy(&to->cpumask[(size_t)i * w], &from->cpumask[(size_t)j * w], w * sizeof(u64));
	memcpy(&to->comm[(size_t)i * HOTSCHED_COMM_LEN], &from->comm[(size_t)j * HOTSCHED_COMM_LEN],
	       HOTSCHED_COMM_LEN);
	to->comm_len[i] = from->comm_len[j];
}

/* ring_buffer_sample_fn: copies one record into the batch. */
static int on_record(void *ctx, void *data, size_t size)
{
	struct consumer *c = ctx;
	const struct hotsched_queued_task *q = data;
	struct tasks *b = &c->batch;
	int i = c->batch_size++;
	int w, allowed = 0, len = 0;

	(void)size;	/* always sizeof(*q): the object's only records */
	b->pid[i] = q->pid;
	b->tgid[i] = q->tgid;
	b->prev_cpu[i] = q->prev_cpu;
	b->weight[i] = q->weight;
	b->runtime_ns[i] = q->runtime_ns;
	b->nvcsw[i] = q->nvcsw;
	b->enq_flags[i] = q->enq_flags;
	b->generation[i] = q->generation;
	b->vtime[i] = q->vtime;
	b->cgroup_id[i] = q->cgroup_id;
	for (w = 0; w < b->mask_words; w++) {
		b->cpumask[(size_t)i * b->mask_words + w] = q->cpumask[w];
		allowed += __builtin_popcountll(q->cpumask[w]);
	}
	b->nr_cpus_allowed[i] = allowed;
	while (len < HOTSCHED_COMM_LEN && q->comm[len]) {
		b->comm[(size_t)i * HOTSCHED_COMM_LEN + len] = q->comm[len];
		len++;
	}
	b->comm_len[i] = (unsigned char)len;
	return 0;
}

static void enqueue_batch(struct consumer *c)
{
	for (int i = 0; i < c->batch_size; i++) {
		unsigned int slot = c->tail++ & c->queue_mask;

		tasks_copy(&c->queue, (int)slot, &c->batch, i);
		c->arrival[slot] = c->sequence++;
	}
}

/* Returns how many decisions it wrote. */
static int dispatch_queue(struct consumer *c)
{
	u64 waiting = c->tail - c->head;
	u64 slice = BASE_SLICE_NS / (waiting ? waiting : 1);
	int written = 0;

	if (slice < MIN_SLICE_NS)
		slice = MIN_SLICE_NS;
	while (c->head != c->tail) {
		unsigned int slot = c->head & c->queue_mask;
		struct hotsched_dispatch *d = user_ring_buffer__reserve(c->user_ring, sizeof(*d));

		if (!d)
			break;
		d->pid = c->queue.pid[slot];
		d->cpu = HOTSCHED_CPU_ANY;
		d->generation = c->queue.generation[slot];
		d->slice_ns = slice;
		d->vtime = c->arrival[slot];
		d->flags = 0;
		user_ring_buffer__submit(c->user_ring, d);
		c->head++;
		written++;
	}
	return written;
}

static u64 now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000ULL + (u64)ts.tv_nsec;
}

static void fail(const char *what, long err)
{
	fprintf(stderr, "bench_consumer: %s: %ld\n", what, err);
	exit(1);
}

struct phase_ns {
	u64 kernel, consume, decide;
};

/* One iteration; expects the test run to drain the `expected` decisions of the previous one. */
static void iterate(struct consumer *c, int prog_fd, struct bpf_test_run_opts *run, int batch, int expected,
		    struct phase_ns *t)
{
	u64 t0, t1, t2, t3;
	int err, consumed;

	t0 = now_ns();
	err = bpf_prog_test_run_opts(prog_fd, run);
	t1 = now_ns();
	if (err)
		fail("bpf_prog_test_run_opts", err);
	if ((int)run->retval != expected)
		fail("test run drained (expected the previous batch; -1 bad echo, -2 ring full)", (int)run->retval);
	c->batch_size = 0;
	consumed = ring_buffer__consume(c->ring);
	t2 = now_ns();
	if (consumed != batch)
		fail("ring_buffer__consume returned", consumed);
	enqueue_batch(c);
	if (dispatch_queue(c) != batch)
		fail("user ring buffer full, decisions written", c->tail - c->head);
	t3 = now_ns();
	t->kernel += t1 - t0;
	t->consume += t2 - t1;
	t->decide += t3 - t2;
}

int main(int argc, char **argv)
{
	struct consumer c = {};
	struct bench_args { u32 count, pad; } args = {};
	struct phase_ns warm = {}, measured = {};
	struct bpf_object *obj;
	struct bpf_program *prog;
	int batch, warmup, iterations, nr_cpus, prog_fd, err, i;
	unsigned int capacity = 1;
	double tasks;

	if (argc != 6) {
		fprintf(stderr, "usage: bench_consumer OBJECT BATCH WARMUP MEASURED NR_CPUS\n");
		return 2;
	}
	batch = atoi(argv[2]);
	warmup = atoi(argv[3]);
	iterations = atoi(argv[4]);
	nr_cpus = atoi(argv[5]);
	if (batch < 1 || warmup < 0 || iterations < 1 || nr_cpus < 1 || nr_cpus > HOTSCHED_MAX_CPUS) {
		fprintf(stderr, "bench_consumer: bad arguments\n");
		return 2;
	}

	obj = bpf_object__open_file(argv[1], NULL);
	if (!obj)
		fail("bpf_object__open_file", -errno);
	err = bpf_object__load(obj);
	if (err)
		fail("bpf_object__load", err);
	prog = bpf_object__find_program_by_name(obj, "bench");
	if (!prog)
		fail("no program bench", -ENOENT);
	prog_fd = bpf_program__fd(prog);

	while (capacity < (unsigned int)batch)
		capacity <<= 1;
	tasks_init(&c.batch, batch, (nr_cpus + 63) / 64);
	tasks_init(&c.queue, (int)capacity, (nr_cpus + 63) / 64);
	c.arrival = alloc_or_die(capacity, sizeof(u64));
	c.queue_mask = capacity - 1;
	c.ring = ring_buffer__new(bpf_map__fd(bpf_object__find_map_by_name(obj, "queued")), on_record, &c, NULL);
	if (!c.ring)
		fail("ring_buffer__new", -errno);
	c.user_ring = user_ring_buffer__new(bpf_map__fd(bpf_object__find_map_by_name(obj, "dispatched")), NULL);
	if (!c.user_ring)
		fail("user_ring_buffer__new", -errno);

	args.count = (u32)batch;
	LIBBPF_OPTS(bpf_test_run_opts, run, .ctx_in = &args, .ctx_size_in = sizeof(args));
	for (i = 0; i < warmup; i++)
		iterate(&c, prog_fd, &run, batch, i == 0 ? 0 : batch, &warm);
	for (i = 0; i < iterations; i++)
		iterate(&c, prog_fd, &run, batch, warmup + i == 0 ? 0 : batch, &measured);
	args.count = 0;
	err = bpf_prog_test_run_opts(prog_fd, &run);
	if (err || (int)run.retval != batch)
		fail("the last drain", err ? err : (int)run.retval);

	tasks = (double)iterations * batch;
	printf("bench_consumer: tasks=%.0f kernel=%.1f consume=%.1f decide=%.1f total=%.1f\n", tasks,
	       measured.kernel / tasks, measured.consume / tasks, measured.decide / tasks,
	       (measured.kernel + measured.consume + measured.decide) / tasks);

	user_ring_buffer__free(c.user_ring);
	ring_buffer__free(c.ring);
	bpf_object__close(obj);
	return 0;
}
