/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hotsched: the kernel <-> Java wire format, defined once.
 *
 * The BPF scheduler (hotsched.bpf.c) and the Java bridge exchange these records:
 *   - struct hotsched_queued_task  BPF -> Java, one per runnable task, over the "queued" ring buffer;
 *   - struct hotsched_dispatch     Java -> BPF, one per decision, over the "dispatched" user ring buffer;
 *   - struct hotsched_stats        BPF counters in .bss, read by Java through the mmapped map;
 *   - struct hotsched_bridge       what Java tells BPF between records (tasks it holds), mmapped;
 *   - a "wakeups" ring buffer      BPF -> Java, one u64 (enum hotsched_wakeup) when a CPU wants work
 *                                  and Java holds tasks: it wakes Java's wait on the queued ring;
 *   - struct hotsched_config       knobs in .rodata, written by Java before load;
 *   - struct hotsched_exit_info    why the kernel stopped the scheduler, in .bss.
 * The Java mirror (bundles/libbpf, jextract form) is checked against this header by a build-time test that
 * compiles _Static_asserts on every size and offset, so the two cannot drift.
 *
 * No policy lives here: only types, flags and limits. Every field says its unit and direction.
 */
#ifndef __HOTSCHED_INTF_H
#define __HOTSCHED_INTF_H

#ifndef __VMLINUX_H__
#include <linux/types.h>
typedef __s32 s32;
typedef __u32 u32;
typedef __s64 s64;
typedef __u64 u64;
#endif

enum hotsched_limits {
	HOTSCHED_MAX_CPUS	= 1024,	/* most CPUs handled; also the id of the shared DSQ */
	HOTSCHED_MASK_WORDS	= 16,	/* u64 words in an allowed-CPU mask: HOTSCHED_MAX_CPUS bits */
	HOTSCHED_COMM_LEN	= 16,	/* command name bytes, as the kernel's TASK_COMM_LEN */
	HOTSCHED_EXIT_REASON_LEN = 128,	/* bytes of the kernel's exit reason kept */
	HOTSCHED_EXIT_MSG_LEN	= 1024,	/* bytes of the scheduler's exit message kept */
	/* Size of the "queued" ring buffer: ~4680 records of 216 bytes + 8 of header. Java maps the ring and
	 * reads its records in place, so it needs the size to mask positions with. */
	HOTSCHED_QUEUED_RING_BYTES = 1 << 20,
	/* Size of the "dispatched" user ring buffer: 5461 decisions of 40 bytes + 8 of header, more than
	 * "queued" holds. Java counts the room left in it from this and stats.nr_drained. */
	HOTSCHED_DISPATCHED_RING_BYTES = 1 << 18,
	/* Size of the "wakeups" ring buffer: one page; at most one wake-up waits in it at a time. */
	HOTSCHED_WAKEUP_RING_BYTES = 1 << 12,
	/* A decision's slice is clamped into [MIN, MAX] ns (0 = the configured default), on both sides. */
	HOTSCHED_MIN_SLICE_NS	= 10 * 1000,
	HOTSCHED_MAX_SLICE_NS	= 1000 * 1000 * 1000,
	/* A task Java has read but holds (its policy orders it behind others) goes to the fallback DSQ after
	 * this long, while Java keeps finishing rounds; one Java has not even read, or any task once Java has
	 * not finished a round for the stall budget, after the stall budget. Well below the 5 s watchdog. */
	HOTSCHED_HELD_BUDGET_NS	= 1000 * 1000 * 1000,
	/*
	 * struct hotsched_stats.starved_waits: a histogram of starved waits, each the time from a CPU going idle
	 * while Java had tasks to decide (held, or records not read yet) until it ran a task again. Bucket 0
	 * counts waits under 2^HOTSCHED_STARVED_MIN_SHIFT ns; above that, each power of two has 4 buckets: a
	 * wait w with 2^k <= w < 2^(k+1) counts in bucket 1 + 4 * (k - MIN_SHIFT) + (w >> (k - 2) & 3), so
	 * bucket b >= 1 holds waits below (5 + (b - 1) % 4) << (MIN_SHIFT + (b - 1) / 4 - 2) ns. The last
	 * bucket also counts every longer wait (from about 6.4 s).
	 */
	HOTSCHED_STARVED_BUCKETS = 96,
	HOTSCHED_STARVED_MIN_SHIFT = 10,
};

/* Dispatch target meaning "any CPU": the task goes to the shared DSQ. */
#define HOTSCHED_CPU_ANY	(-1)

/* struct hotsched_dispatch.flags */
enum hotsched_dispatch_flags {
	HOTSCHED_DISPATCH_PREEMPT = 1 << 0,	/* run it now: preempt the task on its CPU if none is idle */
};

/* struct hotsched_queued_task.flags */
enum hotsched_task_flags {
	HOTSCHED_TASK_KTHREAD	= 1 << 0,	/* a kernel thread */
};

/* A task that became runnable. BPF -> Java. */
struct hotsched_queued_task {
	s32 pid;			/* thread id (kernel pid) */
	s32 tgid;			/* process id (kernel tgid) */
	s32 prev_cpu;			/* CPU it last ran on or was selected for */
	u32 nr_cpus_allowed;		/* how many CPUs it may run on */
	u32 weight;			/* 1..10000, 100 = nice 0 (p->scx.weight) */
	u32 flags;			/* HOTSCHED_TASK_* */
	u64 enq_flags;			/* SCX_ENQ_* of this enqueue */
	u64 runtime_ns;			/* ns of CPU time since it last slept */
	u64 nvcsw;			/* voluntary context switches so far */
	u64 generation;			/* per-task enqueue counter; a decision must echo it */
	u64 vtime;			/* ns, p->scx.dsq_vtime */
	u64 cgroup_id;			/* its cgroup v2: the inode number of the directory under /sys/fs/cgroup */
	u64 cpumask[HOTSCHED_MASK_WORDS]; /* allowed CPUs: bit b of word w is CPU 64*w+b */
	char comm[HOTSCHED_COMM_LEN];	/* command name, NUL-padded */
};

/* A decision about one queued task. Java -> BPF. */
struct hotsched_dispatch {
	s32 pid;			/* the task */
	s32 cpu;			/* target CPU, or HOTSCHED_CPU_ANY */
	u64 generation;			/* the queued record's generation; an older one is cancelled */
	u64 slice_ns;			/* ns it may run; 0 = the configured default */
	u64 vtime;			/* ordering key in the target DSQ, smaller first (ns or sequence) */
	u64 flags;			/* HOTSCHED_DISPATCH_* */
};

/* Counters kept by BPF, read by Java. All monotonic except nr_running. */
struct hotsched_stats {
	u64 nr_queued;			/* records sent to Java */
	u64 nr_user_dispatches;		/* Java decisions inserted */
	u64 nr_kernel_dispatches;	/* tasks dispatched in BPF: kernel threads, the JVM's own threads */
	u64 nr_congested;		/* ring buffer full: dispatched in BPF instead */
	u64 nr_stall_fallbacks;		/* waited for Java longer than the stall budget: dispatched in BPF */
	u64 nr_cancelled;		/* stale decisions dropped (task re-enqueued since) */
	u64 nr_bounced;			/* decisions for a CPU the task may not use: sent to the shared DSQ */
	u64 nr_invalid;			/* decisions for a pid that does not exist any more */
	u64 nr_heartbeats;		/* heartbeat timer firings that had to wake the bridge thread */
	u64 nr_running;			/* tasks running now */
	u64 nr_in_dsqs;			/* tasks put in a DSQ by Java or the safety nets, not yet running: now */
	u64 nr_drained;			/* decisions read off the "dispatched" ring, whatever became of them */
	u64 nr_wakeups;			/* records written to "wakeups" (enum hotsched_wakeup): Java woken */
	u64 nr_rescued;			/* tasks taken from the DSQ of a CPU a higher class held (ops.cpu_release) */
	u64 nr_stolen;			/* tasks an idle CPU took from another CPU's DSQ */
	u64 nr_kept_last;		/* a CPU's only task kept running in BPF: Java held nothing to compare */
	u64 dispatcher_cpu;		/* 1 + the CPU bridge.dispatcher_tid last started running on; 0 = not yet */
	u64 nr_preempted;		/* CPUs kicked to run a HOTSCHED_DISPATCH_PREEMPT decision at once */
	u64 nr_held_stalls;		/* of nr_stall_fallbacks: read by Java and held past the held budget while
					 * Java kept finishing rounds (the policy's doing, not a late or stuck JVM) */
	u64 starved_waits[HOTSCHED_STARVED_BUCKETS]; /* CPUs idle while Java had tasks to decide: how long, by bucket
					 * (see HOTSCHED_STARVED_BUCKETS); Java diffs two readings for a window */
};

/* Written by Java, read by BPF: what the bridge holds between two records. */
struct hotsched_bridge {
	u64 held_by_java;		/* tasks the active policy holds undecided; 0 = none */
	u64 records_read;		/* "queued" records Java has read so far: the first nr_queued ones */
	s32 dispatcher_tid;		/* the thread that decides (kernel tid); its CPU is free once it sleeps */
	u32 pad;
	u64 round_at_ns;		/* CLOCK_MONOTONIC ns when Java last finished a round of decisions */
};

/* What a "wakeups" record says. */
enum hotsched_wakeup {
	HOTSCHED_WAKEUP_CPU_WANTS_WORK = 1,	/* a CPU ran out of queued work while Java held tasks */
	HOTSCHED_WAKEUP_ASKED = 2,		/* Java asked (hotsched_wake): a swap or a stop waits for its thread */
	HOTSCHED_WAKEUP_EXIT = 3,		/* the kernel stopped the scheduler: Java re-attaches */
};

/* Knobs set by Java in .rodata before load; they take effect only on a (re)load. */
struct hotsched_config {
	s32 jvm_tgid;			/* the JVM's process: all its threads bypass Java scheduling */
	u32 pad;
	u64 slice_ns;			/* default slice, ns */
	u64 stall_budget_ns;		/* longest wait for a Java decision before BPF dispatches, ns */
	u64 heartbeat_ns;		/* period of the timer that keeps the bridge thread from starving, ns */
};

/* Why the scheduler stopped, as the kernel reported it in ops.exit. Written by BPF, read by Java. */
struct hotsched_exit_info {
	s64 kind;			/* enum scx_exit_kind; 0 while running */
	s64 exit_code;			/* the scheduler's or the kernel's exit code */
	char reason[HOTSCHED_EXIT_REASON_LEN];	/* e.g. "unregistered from user space" */
	char msg[HOTSCHED_EXIT_MSG_LEN];	/* detail, e.g. a stall description */
};

/* The layout is part of the contract: pin it, so a change is deliberate on both sides. */
/*
 * Which CPUs are idle, for Java's choice of CPU: the scheduler keeps one byte per CPU (1 = idle) in
 * u8 hotsched_cpu_idle[HOTSCHED_MAX_CPUS], the only variable of its own data section, which Java maps.
 */
#define HOTSCHED_CPU_IDLE_SECTION ".data.idle"
/* The section of struct hotsched_bridge bridge, its own map, which Java maps read-write. */
#define HOTSCHED_BRIDGE_SECTION ".data.bridge"

_Static_assert(sizeof(struct hotsched_queued_task) == 216, "hotsched_queued_task layout changed");
_Static_assert(sizeof(struct hotsched_dispatch) == 40, "hotsched_dispatch layout changed");
_Static_assert(sizeof(struct hotsched_stats) == 920, "hotsched_stats layout changed");
_Static_assert(sizeof(struct hotsched_config) == 32, "hotsched_config layout changed");
_Static_assert(sizeof(struct hotsched_exit_info) == 1168, "hotsched_exit_info layout changed");
_Static_assert(sizeof(struct hotsched_bridge) == 32, "hotsched_bridge layout changed");

#endif /* __HOTSCHED_INTF_H */
