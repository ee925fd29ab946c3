/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hotsched: the sched_ext half of the Java bridge. Transport and safety nets; no policy.
 *
 * A runnable task is sent to Java as a struct hotsched_queued_task over the "queued" ring buffer. Java
 * answers with a struct hotsched_dispatch (CPU, slice, vtime) over the "dispatched" user ring buffer;
 * ops.dispatch drains those into one vtime-ordered DSQ per CPU, or the shared DSQ for
 * HOTSCHED_CPU_ANY, and kicks the CPU if it is idle. A decision echoes the generation of the record it
 * answers; one for an older generation, or for a task already dispatched, is dropped (nr_cancelled).
 *
 * What the policy API promises is published here, so a policy sees the same numbers as on the simulator:
 * stats.nr_in_dsqs counts tasks waiting in the DSQs (queuedInKernel), stats.nr_drained the decisions read
 * off the user ring (Java derives the room left from it), and Java's bridge.held_by_java tells this side
 * that Java holds tasks: a CPU that then wants work, or a DSQ that runs low, writes a record to the
 * "wakeups" ring, which ends Java's wait, so held tasks do not wait for a timer. ops.exit writes one too
 * (Java re-attaches at once), and so does hotsched_wake, a syscall program Java runs with BPF_PROG_TEST_RUN
 * when a policy swap or a stop waits for its dispatch thread; otherwise an idle machine leaves that thread
 * asleep.
 *
 * No CPU idles while a task that may run there waits: a CPU with nothing of its own takes the first task
 * it may run from another CPU's DSQ (nr_stolen), and the DSQ of a CPU that an RT or deadline task holds
 * (ops.cpu_release) is served by the others (nr_rescued). A CPU takes from its own DSQ and the shared one
 * in turns, so a stream into either cannot starve the other.
 *
 * No task ever waits on Java alone:
 *  - kernel threads and every thread of the JVM (cfg.jvm_tgid) are dispatched here at once: a per-CPU
 *    kthread to its CPU, an unbound one to the fallback DSQ (or an idle CPU), the JVM's threads to a DSQ
 *    consumed before all others, so the bridge always gets to run;
 *  - when the ring buffer is full the task goes to the fallback DSQ (nr_congested);
 *  - a task with no decision goes to the fallback DSQ too (nr_stall_fallbacks): after cfg.stall_budget_ns
 *    if Java has not read its record, or has finished no round for that long; after HOTSCHED_HELD_BUDGET_NS
 *    if Java read it and holds it (its policy orders it behind others); counted from its first record since it
 *    last ran, however often it is enqueued again meanwhile; a timer kicks a CPU so this also happens on an
 *    otherwise idle machine;
 *  - a heartbeat timer kicks the JVM's CPU when records wait and the JVM has not run for
 *    cfg.heartbeat_ns (nr_heartbeats);
 *  - last, the kernel's watchdog (timeout_ms) unloads the scheduler if a task still starves.
 * Timestamps are bpf_ktime_get_ns(): CLOCK_MONOTONIC, the clock of Java's System.nanoTime().
 *
 * Loading (libbpf 1.1 and later): set BPF_F_LINK on the "hotsched" map and BPF_F_SLEEPABLE on
 * hotsched_init before load, then attach through a link; bpf/README.md has the exact steps.
 */
#include "hotsched_vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "intf.h"
#include "starved_bucket.h"
#include "hotsched_kfuncs.h"

char _license[] SEC("license") = "GPL";

#define NSEC_PER_MSEC 1000000ULL

enum hotsched_sizes {
	MAX_WAITERS = 1 << 14,		 /* records in flight within one stall budget */
	DISPATCH_MAX_BATCH = 512,	 /* tasks one ops.dispatch may insert */
	STALL_SCAN_MAX = 64,		 /* waiters one ops.dispatch looks at */
	STEAL_SCAN_MAX = 64,		 /* other CPUs' DSQs one ops.dispatch looks at */
};

/* DSQ ids: 0..nr_cpu_ids-1 are the per-CPU DSQs, then these. */
enum hotsched_dsq {
	SHARED_DSQ = HOTSCHED_MAX_CPUS,	/* HOTSCHED_CPU_ANY and bounced decisions, vtime-ordered */
	FALLBACK_DSQ,			/* congested and stalled tasks, unbound kthreads, FIFO */
	JVM_DSQ,			/* the JVM's own threads, FIFO, consumed first */
};

/*
 * cfg, stats and exit_info each live in a section of their own, so each is a map of its own with the
 * struct at offset 0: Java finds them by section name (".rodata.cfg", ".data.stats", ".data.exit").
 */
const volatile struct hotsched_config cfg SEC(".rodata.cfg") = {
	.slice_ns = 5 * NSEC_PER_MSEC,
	.stall_budget_ns = 50 * NSEC_PER_MSEC,
	.heartbeat_ns = 100 * NSEC_PER_MSEC,
};

/* Read by Java through their mmapped maps; updated with atomic adds, from every CPU. */
struct hotsched_stats stats SEC(".data.stats");
struct hotsched_exit_info exit_info SEC(".data.exit");
u8 hotsched_cpu_idle[HOTSCHED_MAX_CPUS] SEC(HOTSCHED_CPU_IDLE_SECTION);
/* Written by Java through its mmapped map. */
struct hotsched_bridge bridge SEC(HOTSCHED_BRIDGE_SECTION);

/* 1 while a higher class (RT, deadline) holds the CPU: ops.cpu_release to ops.cpu_acquire. */
static u8 cpu_released[HOTSCHED_MAX_CPUS];
static u32 nr_released;		/* CPUs with cpu_released set */
/* 1 when the last task a CPU started was Java's dispatch thread: it goes idle because Java, having
 * looked at it as a free CPU (stats.dispatcher_cpu), went to sleep; no need to wake Java for that. */
static u8 dispatcher_ran_last[HOTSCHED_MAX_CPUS];
/* ns when the CPU went idle while Java held tasks; 0 when it is not starved (note_starved). */
static u64 starved_since[HOTSCHED_MAX_CPUS];

static u32 nr_cpus;		/* scx_bpf_nr_cpu_ids(), set in ops.init */
static u64 jvm_last_run_at;	/* ns when a JVM thread last started running */
static s32 jvm_last_cpu;	/* the CPU it ran on */
/*
 * Per CPU, ops.dispatch calls that reached the DSQs: fallback first on even ones, shared on 2 and 3 of 4. Per CPU,
 * not one count for all: with two CPUs whose calls alternate, one CPU would see only even turns, and while the
 * stall net kept the fallback DSQ non-empty it would never reach its own DSQ. Only that CPU's ops.dispatch
 * touches its count.
 */
static u64 dispatch_turns[HOTSCHED_MAX_CPUS];

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, HOTSCHED_QUEUED_RING_BYTES);
} queued SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_USER_RINGBUF);
	__uint(max_entries, HOTSCHED_DISPATCHED_RING_BYTES);
} dispatched SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, HOTSCHED_WAKEUP_RING_BYTES);
} wakeups SEC(".maps");

struct task_ctx {
	u64 generation;		/* records sent to Java for this task so far */
	u64 pending_gen;	/* generation waiting for a decision; 0 once dispatched or dequeued */
	u64 runtime_ns;		/* CPU time since it last became runnable */
	u64 running_at;		/* ns when it last started running; 0 while not running */
	u64 in_dsq;		/* 1 while counted in stats.nr_in_dsqs */
	u64 waiting_since;	/* ns when it was first sent to Java since it last ran (a sleep follows a run); 0 = not waiting */
	u64 last_seq;		/* the number of the last record sent to Java for it */
	u64 decided_gen;	/* the generation Java's last decision for it was for */
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct task_ctx);
} task_ctxs SEC(".maps");

/* One entry per record sent to Java, oldest first: the stall net only ever looks at the head. */
struct waiter {
	s32 pid;
	s32 cpu;		/* its CPU when queued, kicked if nothing better is idle */
	u64 generation;
	u64 since;		/* ns when the record was sent: "waiting for Java since" */
	u64 seq;		/* its record's number: 1 for the first sent; read once bridge.records_read >= seq */
};

struct {
	__uint(type, BPF_MAP_TYPE_QUEUE);
	__uint(max_entries, MAX_WAITERS);
	__type(value, struct waiter);
} waiters SEC(".maps");

enum hotsched_timer { HEARTBEAT_TIMER, STALL_TIMER, NR_TIMERS };

struct timer_slot {
	struct bpf_timer timer;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, NR_TIMERS);
	__type(key, u32);
	__type(value, struct timer_slot);
} timers SEC(".maps");

/* intf.h pins the wire structs' sizes; these pin what this file assumes on top. */
_Static_assert(HOTSCHED_MASK_WORDS * 64 == HOTSCHED_MAX_CPUS, "cpumask words cover HOTSCHED_MAX_CPUS");
_Static_assert(sizeof(((struct task_struct *)0)->comm) == HOTSCHED_COMM_LEN, "comm length");

#define stat_add(field, n) __sync_fetch_and_add(&stats.field, (n))
#define stat_inc(field) stat_add(field, 1)

/* A zero knob means "default", so a loader that leaves one unset still gets a working scheduler. */
static __always_inline u64 slice_ns(void)
{
	return cfg.slice_ns ?: 5 * NSEC_PER_MSEC;
}

static __always_inline u64 stall_budget_ns(void)
{
	return cfg.stall_budget_ns ?: 50 * NSEC_PER_MSEC;
}

static __always_inline u64 heartbeat_ns(void)
{
	return cfg.heartbeat_ns ?: 100 * NSEC_PER_MSEC;
}

/* Timer periods: never below a millisecond, whatever the knobs say, or a timer would spin. */
static __always_inline u64 timer_period(u64 ns)
{
	return ns > NSEC_PER_MSEC ? ns : NSEC_PER_MSEC;
}

static __always_inline bool is_jvm_thread(const struct task_struct *p)
{
	return cfg.jvm_tgid > 0 && p->tgid == cfg.jvm_tgid;
}

static __always_inline bool is_kthread(const struct task_struct *p)
{
	return p->flags & PF_KTHREAD;
}

/* ksoftirqd/N, kworker/N and friends: holding them for Java could stall the CPU they serve. */
static __always_inline bool is_percpu_kthread(const struct task_struct *p)
{
	return is_kthread(p) && p->nr_cpus_allowed == 1;
}

/*
 * Kernel threads never wait for Java, nor does the JVM. The kernel's threads also wake often and briefly
 * (rcu_preempt at every grace period): each one sent to Java cost a round of the dispatch thread and the
 * CPU it took from a task (a 6.17 trace under stress-ng: half of Java's rounds were for rcu_preempt).
 */
static __always_inline bool bypasses_java(const struct task_struct *p)
{
	return is_jvm_thread(p) || is_kthread(p);
}

static __always_inline struct task_ctx *task_ctx_of(struct task_struct *p)
{
	return bpf_task_storage_get(&task_ctxs, p, 0, 0);
}

/* Ends Java's wait on the rings, at most one wake-up waiting at a time; why is an enum hotsched_wakeup. */
static __always_inline void wake_java(u64 why)
{
	u64 *rec;

	if (bpf_ringbuf_query(&wakeups, BPF_RB_AVAIL_DATA))
		return;
	rec = bpf_ringbuf_reserve(&wakeups, sizeof(*rec), 0);
	if (!rec)
		return;
	*rec = why;
	bpf_ringbuf_submit(rec, 0);
	stat_inc(nr_wakeups);
}

/* Java holds tasks and the DSQs hold fewer than one per CPU: the policies' cue to dispatch more. */
static __always_inline void wake_java_if_wanted(void)
{
	if (bridge.held_by_java && stats.nr_in_dsqs < nr_cpus)
		wake_java(HOTSCHED_WAKEUP_CPU_WANTS_WORK);
}

/* A task went into a DSQ (not the JVM's): counted until it runs or leaves the runqueue. */
static __always_inline void note_in_dsq(struct task_ctx *tctx)
{
	if (tctx && __sync_val_compare_and_swap(&tctx->in_dsq, 0, 1) == 0)
		stat_inc(nr_in_dsqs);
}

/* Exactly once per note_in_dsq, whichever of running or quiescent comes first. */
static __always_inline bool note_left_dsq(struct task_ctx *tctx)
{
	if (tctx && __sync_val_compare_and_swap(&tctx->in_dsq, 1, 0) == 1) {
		stat_add(nr_in_dsqs, -1);
		return true;
	}
	return false;
}

/* Wake an idle CPU that p may use, so a task just put in a shared DSQ does not wait for a tick. */
static __always_inline void kick_idle_cpu_for(struct task_struct *p)
{
	s32 cpu = scx_bpf_pick_idle_cpu(p->cpus_ptr, 0);

	if (cpu >= 0)
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
}

/* Claim the right to dispatch generation gen: true for exactly one caller, Java's or the stall net's. */
static __always_inline bool claim(struct task_ctx *tctx, u64 gen)
{
	return gen && __sync_val_compare_and_swap(&tctx->pending_gen, gen, 0) == gen;
}

/*
 * Allowed CPUs as HOTSCHED_MASK_WORDS u64 words; bits past nr_cpu_ids are cleared. A probe read
 * rather than CO-RE indexing: a kernel built with NR_CPUS < 1024 has a shorter bits[] (the read then
 * covers the neighbouring memory, whose bits the mask below drops).
 */
static __always_inline void copy_cpumask(u64 *dst, const struct cpumask *mask)
{
	int w;

	if (bpf_probe_read_kernel(dst, HOTSCHED_MASK_WORDS * sizeof(u64), mask->bits)) {
		__builtin_memset(dst, 0, HOTSCHED_MASK_WORDS * sizeof(u64));
		return;
	}
#pragma unroll
	for (w = 0; w < HOTSCHED_MASK_WORDS; w++) {
		u32 first = w * 64;

		if (first >= nr_cpus)
			dst[w] = 0;
		else if (nr_cpus - first < 64)
			dst[w] &= (1ULL << (nr_cpus - first)) - 1;
	}
}

/*
 * Called from ops.enqueue: p goes to dsq_id, or with idle_first to an idle CPU it may use when there is
 * one. Left in a shared DSQ, a task was taken back by the busy CPU that enqueued it, at its next dispatch,
 * before the kicked idle CPU woke (a 6.17 trace: the JIT's compiler thread ran 3.7 s of 7 on the CPU of six
 * pinned hogs and a sleeper, while the other CPU idled). When no CPU idles there is none to kick: a CPU
 * that goes idle later takes the task from the shared DSQ in ops.dispatch.
 */
static void dispatch_in_bpf(struct task_struct *p, u64 dsq_id, u64 enq_flags, bool idle_first)
{
	s32 cpu = idle_first ? scx_bpf_pick_idle_cpu(p->cpus_ptr, 0) : -1;

	hs_dsq_insert(p, cpu >= 0 ? SCX_DSQ_LOCAL_ON | cpu : dsq_id, slice_ns(), enq_flags);
	if (!is_jvm_thread(p))
		note_in_dsq(task_ctx_of(p));
	if (cpu >= 0)
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
	else if (dsq_id == SCX_DSQ_LOCAL && (enq_flags & SCX_ENQ_LAST))
		/*
		 * A CPU's last task is enqueued after the kernel picked idle for that CPU: kept in its local DSQ, it
		 * would wait there, the CPU idle, until something else woke the CPU (a 6.17 trace under stress-ng:
		 * hogs waited 2.7 ms at the median, one CPU idle half the time). The kernel asks for this follow-up.
		 */
		scx_bpf_kick_cpu(scx_bpf_task_cpu(p), 0);
}

/*
 * Record number seq was read by Java, which still finishes rounds: the policy holds that task (it orders it behind
 * others). Once Java has finished no round for the stall budget (stuck, descheduled, gone), no task counts as held.
 */
static __always_inline bool read_by_live_java(u64 seq, u64 now)
{
	bool java_alive = (s64)(now - bridge.round_at_ns) < (s64)stall_budget_ns();

	return java_alive && seq <= bridge.records_read;
}

/* How long a task may wait for a decision: the held budget when the policy holds it, else the stall budget. */
static __always_inline u64 wait_budget(bool held)
{
	return held ? HOTSCHED_HELD_BUDGET_NS : stall_budget_ns();
}

/* p goes to the fallback DSQ (or an idle CPU); a CPU's last task keeps that CPU (the kernel wants it dispatched
 * before the CPU idles). */
static void dispatch_without_java(struct task_struct *p, u64 enq_flags)
{
	if (enq_flags & SCX_ENQ_LAST)
		dispatch_in_bpf(p, SCX_DSQ_LOCAL, enq_flags, false);
	else
		dispatch_in_bpf(p, FALLBACK_DSQ, enq_flags, true);
}

/*
 * A task enqueued again before it ran (its affinity or nice changed: the kernel dequeues and enqueues it) is sent
 * to Java again under a new generation, but it has been waiting since its first record: the stall net counts
 * from then. Before, each new record restarted its clock, and a task whose affinity another process kept changing
 * (stress-ng --aggressive re-pins its workers) while the policy held it was never dispatched: on 6.17 the
 * kernel's watchdog ejected the scheduler for a pinned stress-ng-cpu task that had not run for 5.1 s, queued to
 * BPF (no DSQ) under fair. Once it has waited the budget it goes to the fallback DSQ here, without another record.
 */
static bool waited_for_java_too_long(struct task_ctx *tctx, u64 now)
{
	bool read = read_by_live_java(tctx->last_seq, now);

	if (!tctx->waiting_since || (s64)(now - tctx->waiting_since) < (s64)wait_budget(read))
		return false;
	stat_inc(nr_stall_fallbacks);
	/* The policy's doing only if it held the last record: one it decided waited in a DSQ, not in Java. */
	if (read && tctx->decided_gen != tctx->generation)
		stat_inc(nr_held_stalls);
	return true;
}

static void queue_for_java(struct task_struct *p, u64 enq_flags)
{
	struct hotsched_queued_task *rec;
	struct task_ctx *tctx;
	struct waiter w;
	u64 gen, now;

	tctx = task_ctx_of(p);
	if (!tctx)
		goto congested;

	now = bpf_ktime_get_ns();
	if (waited_for_java_too_long(tctx, now)) {
		tctx->waiting_since = 0;
		dispatch_without_java(p, enq_flags);
		return;
	}
	gen = tctx->generation + 1;
	w.pid = p->pid;
	w.cpu = scx_bpf_task_cpu(p);
	w.generation = gen;
	w.since = tctx->waiting_since ?: now;

	rec = bpf_ringbuf_reserve(&queued, sizeof(*rec), 0);
	if (!rec)
		goto congested;
	/* Numbered as counted; records from several CPUs may reach the ring in another order, by a few. */
	w.seq = __sync_fetch_and_add(&stats.nr_queued, 1) + 1;
	if (bpf_map_push_elem(&waiters, &w, BPF_ANY)) {
		__sync_fetch_and_add(&stats.nr_queued, -1);
		bpf_ringbuf_discard(rec, BPF_RB_NO_WAKEUP);
		goto congested;
	}

	/* Pending before the record is visible, or a quick decision would find nothing to claim. */
	tctx->generation = gen;
	tctx->pending_gen = gen;
	tctx->waiting_since = w.since;
	tctx->last_seq = w.seq;

	rec->pid = p->pid;
	rec->tgid = p->tgid;
	rec->prev_cpu = w.cpu;
	rec->nr_cpus_allowed = p->nr_cpus_allowed;
	rec->weight = p->scx.weight;
	rec->flags = (p->flags & PF_KTHREAD) ? HOTSCHED_TASK_KTHREAD : 0;
	rec->enq_flags = enq_flags;
	rec->runtime_ns = tctx->runtime_ns;
	rec->nvcsw = p->nvcsw;
	rec->generation = gen;
	rec->vtime = p->scx.dsq_vtime;
	/* RCU-protected pointers, read with probes: a task moving between cgroups reports either one. */
	rec->cgroup_id = BPF_CORE_READ(p, cgroups, dfl_cgrp, kn, id);
	copy_cpumask(rec->cpumask, p->cpus_ptr);
	/* The kernel keeps comm NUL-padded, so a plain copy is the padded name. */
	if (bpf_probe_read_kernel(rec->comm, sizeof(rec->comm), p->comm))
		__builtin_memset(rec->comm, 0, sizeof(rec->comm));

	bpf_ringbuf_submit(rec, 0);
	return;

congested:
	dispatch_without_java(p, enq_flags);
	stat_inc(nr_congested);
}

s32 BPF_STRUCT_OPS(hotsched_select_cpu, struct task_struct *p, s32 prev_cpu, u64 wake_flags)
{
	bool is_idle = false;
	s32 cpu;

	/*
	 * Java places the others. scx_bpf_select_cpu_dfl claims the idle CPU it finds (clears its idle bit),
	 * and one claimed for a task that then goes to Java stayed idle, hidden from every later wake-up: a
	 * 6.17 trace showed the dispatch thread, woken just after, queued behind a hog while that CPU idled.
	 */
	if (!bypasses_java(p))
		return prev_cpu;
	cpu = scx_bpf_select_cpu_dfl(p, prev_cpu, wake_flags, &is_idle);
	if (is_idle) {
		hs_dsq_insert(p, SCX_DSQ_LOCAL, slice_ns(), 0);
		if (!is_jvm_thread(p))
			note_in_dsq(task_ctx_of(p));
		stat_inc(nr_kernel_dispatches);
	}
	return cpu;
}

/*
 * Java holds tasks or has records to read: a task that would run alone must be compared with them. (Not
 * counting unread records was tried: hogs then ran on through a slice while a sleeper's record waited, and
 * on 6.17 fifo's pinned sleeper woke after 22.7 ms at the median instead of 0.7 ms, and edf missed 792 of
 * 1001 deadlines instead of 368, in one boot each.)
 */
static __always_inline bool java_has_work(void)
{
	return bridge.held_by_java || bpf_ringbuf_query(&queued, BPF_RB_AVAIL_DATA);
}

void BPF_STRUCT_OPS(hotsched_enqueue, struct task_struct *p, u64 enq_flags)
{
	bool last = enq_flags & SCX_ENQ_LAST;

	if (bypasses_java(p)) {
		if (is_percpu_kthread(p))
			/* enqueued on the runqueue of its only CPU, so "local" is that CPU */
			dispatch_in_bpf(p, SCX_DSQ_LOCAL, enq_flags, false);
		else if (last)
			/* Another CPU if one idles (this one may be needed by pinned tasks), else this one. */
			dispatch_in_bpf(p, SCX_DSQ_LOCAL, enq_flags, true);
		else
			/* Any CPU may take it; not "local", where one that keeps running would shut out every DSQ. */
			dispatch_in_bpf(p, is_jvm_thread(p) ? JVM_DSQ : FALLBACK_DSQ, enq_flags, true);
		stat_inc(nr_kernel_dispatches);
		return;
	}
	/*
	 * SCX_OPS_ENQ_LAST: the kernel asks before it keeps running a CPU's only task for another slice.
	 * Without Java work there is nothing to compare it with, so it keeps its CPU here; otherwise it goes
	 * to Java like any other, which then chooses between it and what it holds (fair's weights need that:
	 * a task kept running silently is never ordered against the others).
	 */
	if (last && !java_has_work()) {
		dispatch_in_bpf(p, SCX_DSQ_LOCAL, enq_flags, false);
		stat_inc(nr_kept_last);
		return;
	}
	queue_for_java(p, enq_flags);
}

/* The task left BPF's hands before a decision came: any decision for it is now stale. */
void BPF_STRUCT_OPS(hotsched_dequeue, struct task_struct *p, u64 deq_flags)
{
	struct task_ctx *tctx = task_ctx_of(p);

	if (tctx)
		tctx->pending_gen = 0;
}

/*
 * Wake-up preemption: p was just put in dsq_id and should not wait for a slice to end. An idle CPU it may
 * use is only woken; otherwise its target CPU (for the shared DSQ: the one it last ran on, if allowed) is
 * kicked with SCX_KICK_PREEMPT, whose ops.dispatch then takes p first from its DSQ (vtime-ordered).
 */
static void preempt_for(struct task_struct *p, u64 dsq_id)
{
	s32 cpu = scx_bpf_pick_idle_cpu(p->cpus_ptr, 0);

	if (cpu >= 0) {
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
		return;
	}
	cpu = dsq_id == SHARED_DSQ ? scx_bpf_task_cpu(p) : (s32)dsq_id;
	if (cpu < 0 || (u32)cpu >= nr_cpus || !bpf_cpumask_test_cpu(cpu, p->cpus_ptr))
		return;
	/* Java's dispatch thread runs there and leaves it as soon as its round ends: preempting it would
	 * only delay the rest of its decisions (measured: a 1 ms sleeper's p99 grew from 11 ms to 0.4 s). */
	if (stats.dispatcher_cpu == (u64)cpu + 1)
		return;
	scx_bpf_kick_cpu(cpu, SCX_KICK_PREEMPT);
	stat_inc(nr_preempted);
}

static void apply_decision(const struct hotsched_dispatch *d)
{
	struct task_struct *p;
	struct task_ctx *tctx;
	u64 dsq_id, slice;
	s32 cpu = d->cpu;

	p = bpf_task_from_pid(d->pid);
	if (!p) {
		stat_inc(nr_invalid);
		return;
	}
	tctx = task_ctx_of(p);
	if (!tctx || !claim(tctx, d->generation)) {
		stat_inc(nr_cancelled);
		goto out;
	}
	tctx->decided_gen = d->generation;

	if (cpu == HOTSCHED_CPU_ANY) {
		dsq_id = SHARED_DSQ;
	} else if (cpu < 0 || (u32)cpu >= nr_cpus || !bpf_cpumask_test_cpu(cpu, p->cpus_ptr)) {
		dsq_id = SHARED_DSQ;
		stat_inc(nr_bounced);
	} else {
		dsq_id = cpu;
	}
	/* Java clamps too; this keeps a bad record from becoming an endless or a zero slice. */
	slice = d->slice_ns ?: slice_ns();
	if (slice < HOTSCHED_MIN_SLICE_NS)
		slice = HOTSCHED_MIN_SLICE_NS;
	else if (slice > HOTSCHED_MAX_SLICE_NS)
		slice = HOTSCHED_MAX_SLICE_NS;
	hs_dsq_insert_vtime(p, dsq_id, slice, d->vtime, 0);

	/* Re-enqueued since the claim: the kernel would apply this old decision to the new enqueue. */
	if (tctx->generation != d->generation) {
		scx_bpf_dispatch_cancel();
		stat_inc(nr_cancelled);
		goto out;
	}
	stat_inc(nr_user_dispatches);
	note_in_dsq(tctx);
	if (d->flags & HOTSCHED_DISPATCH_PREEMPT)
		preempt_for(p, dsq_id);
	else if (dsq_id == SHARED_DSQ)
		kick_idle_cpu_for(p);
	else
		scx_bpf_kick_cpu(cpu, SCX_KICK_IDLE);
out:
	bpf_task_release(p);
}

static long drain_one(struct bpf_dynptr *dynptr, void *ctx)
{
	struct hotsched_dispatch d;

	stat_inc(nr_drained);
	if (bpf_dynptr_read(&d, sizeof(d), dynptr, 0, 0)) {
		stat_inc(nr_invalid);
		return 0;
	}
	apply_decision(&d);
	/* 1 stops the drain: this dispatch round cannot insert more; the rest waits for the next. */
	return scx_bpf_dispatch_nr_slots() ? 0 : 1;
}

/*
 * Dispatch the waiter at the head of the queue if it is still pending; drop it if not. held: the policy held
 * it past the held budget (see waited_too_long), which Java judges the policy by.
 */
static void dispatch_stalled(const struct waiter *w, bool held)
{
	struct task_struct *p;
	struct task_ctx *tctx;

	p = bpf_task_from_pid(w->pid);
	if (!p)
		return;
	tctx = task_ctx_of(p);
	if (tctx && claim(tctx, w->generation)) {
		hs_dsq_insert(p, FALLBACK_DSQ, slice_ns(), 0);
		note_in_dsq(tctx);
		stat_inc(nr_stall_fallbacks);
		if (held)
			stat_inc(nr_held_stalls);
	}
	bpf_task_release(p);
}

/*
 * Unread by Java for the stall budget (Java is late), or read and held for HOTSCHED_HELD_BUDGET_NS (the
 * policy orders it behind others that long) as long as Java keeps finishing rounds; once Java has finished
 * none for the stall budget (stuck, descheduled, gone), the stall budget holds for every task.
 */
static __always_inline bool held_by_policy(const struct waiter *w, u64 now)
{
	return read_by_live_java(w->seq, now);
}

static __always_inline bool waited_too_long(const struct waiter *w, u64 now)
{
	return (s64)(now - w->since) >= (s64)wait_budget(held_by_policy(w, now));
}

/* Whether the waiter's task still waits for a decision on that record (not decided, dequeued or gone). */
static bool still_pending(const struct waiter *w)
{
	struct task_struct *p;
	struct task_ctx *tctx;
	bool pending;

	p = bpf_task_from_pid(w->pid);
	if (!p)
		return false;
	tctx = task_ctx_of(p);
	pending = tctx && tctx->pending_gen == w->generation;
	bpf_task_release(p);
	return pending;
}

static void dispatch_stalled_waiters(void)
{
	u64 now = bpf_ktime_get_ns();
	struct waiter w;
	bool done;
	int i;

	for (i = 0; i < STALL_SCAN_MAX; i++) {
		if (bpf_map_peek_elem(&waiters, &w))
			return;
		/* A head already decided is dropped at once: under the held budget it would keep the ones
		 * behind it, unread ones too, waiting for a second. */
		done = !still_pending(&w);
		if (!done && !waited_too_long(&w, now))
			return;
		if (!done && !scx_bpf_dispatch_nr_slots())
			return;
		if (bpf_map_pop_elem(&waiters, &w))
			return;
		if (!still_pending(&w))
			continue;
		/* Another CPU took the head between peek and pop and this one is younger, or this round has no
		 * slot left: put it back (at the tail), or dispatch it now if even that fails; never drop a
		 * pending waiter. */
		if ((!waited_too_long(&w, now) || !scx_bpf_dispatch_nr_slots()) &&
		    !bpf_map_push_elem(&waiters, &w, BPF_ANY))
			return;
		dispatch_stalled(&w, held_by_policy(&w, now));
	}
}

/*
 * cpu as an index into a HOTSCHED_MAX_CPUS-long array, or -1. The check is hidden from clang, or it drops
 * the mask, which is the bound the verifier needs.
 */
static __always_inline s32 cpu_slot(s32 cpu)
{
	u32 i = (u32)cpu;

	if (i >= HOTSCHED_MAX_CPUS)
		return -1;
	asm volatile("" : "+r"(i));
	return i & (HOTSCHED_MAX_CPUS - 1);
}

/* Wakes the first idle CPU after cpu, as ops.update_idle published them. */
static void kick_an_idle_cpu(s32 cpu)
{
	u32 i, other;

	for (i = 1; i < STEAL_SCAN_MAX && i < nr_cpus; i++) {
		other = ((u32)cpu + i) % nr_cpus;
		if (hotsched_cpu_idle[other & (HOTSCHED_MAX_CPUS - 1)]) {
			scx_bpf_kick_cpu(other, SCX_KICK_IDLE);
			return;
		}
	}
}

/* The first task this CPU may run from the DSQ of a CPU a higher class holds. */
static bool rescue_from_released(s32 cpu)
{
	u32 i, other;

	if (!nr_released)
		return false;
	for (i = 1; i < STEAL_SCAN_MAX && i < nr_cpus; i++) {
		other = ((u32)cpu + i) % nr_cpus;
		if (!cpu_released[other & (HOTSCHED_MAX_CPUS - 1)] || scx_bpf_dsq_nr_queued(other) <= 0)
			continue;
		if (hs_dsq_move_to_local(other)) {
			stat_inc(nr_rescued);
			return true;
		}
	}
	return false;
}

/* Nothing else for this CPU: the first task it may run from another CPU's DSQ, nearest id first. */
static bool steal(s32 cpu)
{
	u32 i, other;

	for (i = 1; i < STEAL_SCAN_MAX && i < nr_cpus; i++) {
		other = ((u32)cpu + i) % nr_cpus;
		if (scx_bpf_dsq_nr_queued(other) > 0 && hs_dsq_move_to_local(other)) {
			stat_inc(nr_stolen);
			return true;
		}
	}
	return false;
}

void BPF_STRUCT_OPS(hotsched_dispatch, s32 cpu, struct task_struct *prev)
{
	/*
	 * The JVM first, since everything else waits for its decisions; but not twice in a row on one
	 * CPU while others wait, so a busy JVM (JIT, GC) cannot starve the machine into the watchdog.
	 */
	bool jvm_first = !(prev && is_jvm_thread(prev));

	if (jvm_first && hs_dsq_move_to_local(JVM_DSQ))
		return;

	bpf_user_ringbuf_drain(&dispatched, drain_one, NULL, BPF_RB_NO_WAKEUP);
	dispatch_stalled_waiters();

	/*
	 * Fallback tasks already waited a stall budget or a full ring, so they go first, but only every other
	 * turn: when the stall net fires all the time (Java slower than the budget, as under emulation) they
	 * would otherwise starve the tasks Java did decide until the kernel's watchdog ejects the scheduler.
	 */
	s32 slot = cpu_slot(cpu);
	u64 turn = slot < 0 ? 0 : dispatch_turns[slot]++;
	bool fallback_first = !(turn & 1);
	/*
	 * Likewise the shared DSQ comes before this CPU's own every other pair of turns: a task Java sent to
	 * any CPU must not wait behind a stream of tasks it keeps sending to this one.
	 */
	bool shared_first = turn & 2;

	if (fallback_first && hs_dsq_move_to_local(FALLBACK_DSQ))
		return;
	if (shared_first && hs_dsq_move_to_local(SHARED_DSQ))
		return;
	if (hs_dsq_move_to_local(cpu))
		return;
	if (rescue_from_released(cpu))
		return;
	if (!shared_first && hs_dsq_move_to_local(SHARED_DSQ))
		return;
	if (!fallback_first && hs_dsq_move_to_local(FALLBACK_DSQ))
		return;
	if (!jvm_first && hs_dsq_move_to_local(JVM_DSQ))
		return;
	steal(cpu);
}

/* An RT or deadline task took this CPU: the others serve its DSQ until it comes back. */
void BPF_STRUCT_OPS(hotsched_cpu_release, s32 cpu, struct scx_cpu_release_args *args)
{
	s32 i = cpu_slot(cpu);

	if (i < 0)
		return;
	if (!cpu_released[i]) {
		cpu_released[i] = 1;
		__sync_fetch_and_add(&nr_released, 1);
	}
	/* Wake an idle CPU to take over its DSQ; a busy one looks at its next dispatch. */
	if (scx_bpf_dsq_nr_queued(cpu) > 0)
		kick_an_idle_cpu(cpu);
}

void BPF_STRUCT_OPS(hotsched_cpu_acquire, s32 cpu, struct scx_cpu_acquire_args *args)
{
	s32 i = cpu_slot(cpu);

	if (i < 0)
		return;
	if (cpu_released[i]) {
		cpu_released[i] = 0;
		__sync_fetch_and_add(&nr_released, -1);
	}
}

void BPF_STRUCT_OPS(hotsched_runnable, struct task_struct *p, u64 enq_flags)
{
	struct task_ctx *tctx = task_ctx_of(p);

	if (tctx)
		tctx->runtime_ns = 0;
	/* Just becoming runnable, it is in no DSQ: a count left by an insert the kernel dropped (the task
	 * slept between a claim and the end of ops.dispatch) ends here. */
	note_left_dsq(tctx);
}

void BPF_STRUCT_OPS(hotsched_running, struct task_struct *p)
{
	struct task_ctx *tctx = task_ctx_of(p);
	u64 now = bpf_ktime_get_ns();

	s32 cpu = scx_bpf_task_cpu(p), slot;
	bool dispatcher = bridge.dispatcher_tid && p->pid == bridge.dispatcher_tid;

	if (is_jvm_thread(p)) {
		jvm_last_run_at = now;
		jvm_last_cpu = cpu;
	}
	if (dispatcher)
		stats.dispatcher_cpu = cpu + 1;
	slot = cpu_slot(cpu);
	if (slot >= 0)
		dispatcher_ran_last[slot] = dispatcher;
	if (tctx && !tctx->running_at) {
		tctx->running_at = now;
		stat_inc(nr_running);
	}
	if (tctx)
		tctx->waiting_since = 0;
	/* One fewer waiting in the DSQs: Java may want to send the next of those it holds. */
	if (note_left_dsq(tctx))
		wake_java_if_wanted();
}

/* Off the runqueue (sleep, or moved: affinity, class, migration): no longer waiting in a DSQ. */
void BPF_STRUCT_OPS(hotsched_quiescent, struct task_struct *p, u64 deq_flags)
{
	note_left_dsq(task_ctx_of(p));
}

void BPF_STRUCT_OPS(hotsched_stopping, struct task_struct *p, bool runnable)
{
	struct task_ctx *tctx = task_ctx_of(p);

	if (!tctx || !tctx->running_at)
		return;
	tctx->runtime_ns += bpf_ktime_get_ns() - tctx->running_at;
	tctx->running_at = 0;
	stat_add(nr_running, -1);
}

/* A task (re-)entering sched_ext starts clean: whatever it had pending was for another life. */
void BPF_STRUCT_OPS(hotsched_enable, struct task_struct *p)
{
	struct task_ctx *tctx = task_ctx_of(p);

	if (!tctx)
		return;
	tctx->pending_gen = 0;
	tctx->runtime_ns = 0;
	tctx->running_at = 0;
	tctx->waiting_since = 0;
}

s32 BPF_STRUCT_OPS(hotsched_init_task, struct task_struct *p, struct scx_init_task_args *args)
{
	if (!bpf_task_storage_get(&task_ctxs, p, 0, BPF_LOCAL_STORAGE_GET_F_CREATE))
		return -ENOMEM;
	return 0;
}

/* Records wait in "queued" but no JVM thread has run for a heartbeat: make one run. */
static int heartbeat_fired(void *map, u32 *key, struct bpf_timer *timer)
{
	u64 now = bpf_ktime_get_ns();

	if (cfg.jvm_tgid > 0 && bpf_ringbuf_query(&queued, BPF_RB_AVAIL_DATA) &&
	    now - jvm_last_run_at >= heartbeat_ns()) {
		/* A queued JVM thread needs a CPU taken from someone; an idle CPU only needs waking. */
		scx_bpf_kick_cpu(jvm_last_cpu, scx_bpf_dsq_nr_queued(JVM_DSQ) > 0 ? SCX_KICK_PREEMPT : SCX_KICK_IDLE);
		stat_inc(nr_heartbeats);
	}
	bpf_timer_start(timer, timer_period(heartbeat_ns()), 0);
	return 0;
}

/*
 * The oldest waiter has waited a stall budget: wake a CPU, whose ops.dispatch runs the stall net (which also
 * drops a head already decided, so the ones behind it are looked at, on an otherwise idle machine too).
 */
static int stall_check_fired(void *map, u32 *key, struct bpf_timer *timer)
{
	struct task_struct *p;
	struct waiter w;
	s32 cpu;

	if (!bpf_map_peek_elem(&waiters, &w) && (s64)(bpf_ktime_get_ns() - w.since) >= (s64)stall_budget_ns()) {
		cpu = -1;
		/* The callback belongs to the sleepable ops.init: p->cpus_ptr needs an explicit RCU section. */
		bpf_rcu_read_lock();
		p = bpf_task_from_pid(w.pid);
		if (p) {
			cpu = scx_bpf_pick_idle_cpu(p->cpus_ptr, 0);
			bpf_task_release(p);
		}
		bpf_rcu_read_unlock();
		scx_bpf_kick_cpu(cpu >= 0 ? cpu : w.cpu, SCX_KICK_IDLE);
	}
	bpf_timer_start(timer, timer_period(stall_budget_ns() / 2), 0);
	return 0;
}

static __always_inline s32 start_timer(u32 idx, void *callback, u64 period_ns)
{
	struct timer_slot *slot = bpf_map_lookup_elem(&timers, &idx);
	s32 err;

	if (!slot)
		return -ENOMEM;
	err = bpf_timer_init(&slot->timer, &timers, CLOCK_MONOTONIC);
	if (!err)
		err = bpf_timer_set_callback(&slot->timer, callback);
	if (!err)
		err = bpf_timer_start(&slot->timer, period_ns, 0);
	return err;
}

/* Sleepable (scx_bpf_create_dsq may allocate): the loader sets BPF_F_SLEEPABLE on this program. */
s32 BPF_STRUCT_OPS(hotsched_init)
{
	s32 err;
	u32 cpu;

	nr_cpus = scx_bpf_nr_cpu_ids();
	if (nr_cpus > HOTSCHED_MAX_CPUS)
		return -E2BIG;
	for (cpu = 0; cpu < HOTSCHED_MAX_CPUS && cpu < nr_cpus; cpu++) {
		err = scx_bpf_create_dsq(cpu, -1);
		if (err)
			return err;
	}
	err = scx_bpf_create_dsq(SHARED_DSQ, -1);
	if (!err)
		err = scx_bpf_create_dsq(FALLBACK_DSQ, -1);
	if (!err)
		err = scx_bpf_create_dsq(JVM_DSQ, -1);
	if (!err)
		err = start_timer(HEARTBEAT_TIMER, heartbeat_fired, timer_period(heartbeat_ns()));
	if (!err)
		err = start_timer(STALL_TIMER, stall_check_fired, timer_period(stall_budget_ns() / 2));
	return err;
}

void BPF_STRUCT_OPS(hotsched_exit, struct scx_exit_info *ei)
{
	exit_info.exit_code = ei->exit_code;
	bpf_probe_read_kernel_str(exit_info.reason, sizeof(exit_info.reason), ei->reason);
	bpf_probe_read_kernel_str(exit_info.msg, sizeof(exit_info.msg), ei->msg);
	/* kind last: Java takes a non-zero kind to mean the rest is complete */
	barrier();
	exit_info.kind = ei->kind;
	/* Java learns of it now rather than at the end of its wait, and attaches a new scheduler. */
	wake_java(HOTSCHED_WAKEUP_EXIT);
}

/*
 * A CPU went idle while Java had tasks to decide (starved since then), or left idle: how long it waited is
 * counted in stats.starved_waits. A CPU that goes idle while Java has nothing to decide is not starved.
 */
static __always_inline void note_starved(s32 i, bool idle)
{
	u64 now, since;
	u32 b;

	if (idle) {
		if (!starved_since[i] && java_has_work())
			starved_since[i] = bpf_ktime_get_ns();
		return;
	}
	since = starved_since[i];
	if (!since)
		return;
	starved_since[i] = 0;
	now = bpf_ktime_get_ns();
	if (now <= since)
		return;
	b = starved_bucket(now - since);
	/* Hidden from clang, which would drop the check, and the verifier needs it as the index's bound. */
	asm volatile("" : "+r"(b));
	if (b < HOTSCHED_STARVED_BUCKETS)
		__sync_fetch_and_add(&stats.starved_waits[b], 1);
}

/* Published for Java's pickIdleCpu; the kernel's own idle tracking stays on (SCX_OPS_KEEP_BUILTIN_IDLE). */
void BPF_STRUCT_OPS(hotsched_update_idle, s32 cpu, bool idle)
{
	s32 i = cpu_slot(cpu);

	if (i < 0)
		return;
	hotsched_cpu_idle[i] = idle;
	note_starved(i, idle);
	/* A policy that holds tasks hands them out as CPUs go idle: tell it this one did (unless Java
	 * itself just left it, having seen it free already). */
	if (idle && bridge.held_by_java && !dispatcher_ran_last[i])
		wake_java(HOTSCHED_WAKEUP_CPU_WANTS_WORK);
}

/*
 * Run by Java with BPF_PROG_TEST_RUN to end its own dispatch thread's wait at once: a policy swap or a stop
 * waits for that thread, which otherwise sleeps in epoll until a record comes (an idle machine sends none).
 */
SEC("syscall")
int hotsched_wake(void *ctx)
{
	wake_java(HOTSCHED_WAKEUP_ASKED);
	return 0;
}

SEC(".struct_ops")
struct sched_ext_ops hotsched = {
	.select_cpu = (void *)hotsched_select_cpu,
	.enqueue = (void *)hotsched_enqueue,
	.dequeue = (void *)hotsched_dequeue,
	.dispatch = (void *)hotsched_dispatch,
	.runnable = (void *)hotsched_runnable,
	.running = (void *)hotsched_running,
	.stopping = (void *)hotsched_stopping,
	.quiescent = (void *)hotsched_quiescent,
	.cpu_acquire = (void *)hotsched_cpu_acquire,
	.cpu_release = (void *)hotsched_cpu_release,
	.enable = (void *)hotsched_enable,
	.init_task = (void *)hotsched_init_task,
	.init = (void *)hotsched_init,
	.exit = (void *)hotsched_exit,
	.update_idle = (void *)hotsched_update_idle,
	.flags = SCX_OPS_KEEP_BUILTIN_IDLE | SCX_OPS_ENQ_LAST,
	.dispatch_max_batch = DISPATCH_MAX_BATCH,
	.timeout_ms = 5000,
	.name = "hotsched",
};
