/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel types hotsched.bpf.c touches, and nothing else: a hand-written stand-in for vmlinux.h.
 *
 * Structs are CO-RE relocatable (preserve_access_index): only member names and types matter, libbpf
 * finds the offsets in the running kernel's BTF, so one object fits 6.17 and 7.2 although their
 * task_struct, sched_ext_entity and scx_exit_info layouts differ. sched_ext_ops lists only the members
 * the ops table sets; libbpf matches struct_ops members by name.
 *
 * Constants are hard-coded only where they are ABI (bpf uapi) or identical in every kernel we target
 * (checked against the BTF of Debian's 6.17 and 7.2, see bpf/README.md). Some sched_ext enums did move
 * (SCX_ENQ_HEAD, SCX_ENQ_CPU_SELECTED): read those with bpf_core_enum_value(), never from here.
 */
#ifndef __HOTSCHED_VMLINUX_H
#define __HOTSCHED_VMLINUX_H
/* intf.h and libbpf's headers take this to mean "kernel types come from a vmlinux.h". */
#define __VMLINUX_H__

typedef signed char __s8;
typedef unsigned char __u8;
typedef short __s16;
typedef unsigned short __u16;
typedef int __s32;
typedef unsigned int __u32;
typedef long long __s64;
typedef unsigned long long __u64;
typedef __u16 __be16;
typedef __u32 __be32;
typedef __u32 __wsum;

typedef __s8 s8;
typedef __u8 u8;
typedef __s16 s16;
typedef __u16 u16;
typedef __s32 s32;
typedef __u32 u32;
typedef __s64 s64;
typedef __u64 u64;
typedef _Bool bool;
typedef int pid_t;

#define true 1
#define false 0
#define NULL ((void *)0)

/* bpf uapi: map types, flags and opaque structs the verifier recognises by name and size */
enum {
	BPF_MAP_TYPE_ARRAY = 2,
	BPF_MAP_TYPE_QUEUE = 22,
	BPF_MAP_TYPE_RINGBUF = 27,
	BPF_MAP_TYPE_TASK_STORAGE = 29,
	BPF_MAP_TYPE_USER_RINGBUF = 31,
};

enum {
	BPF_ANY = 0,
	BPF_F_NO_PREALLOC = 1,
	BPF_LOCAL_STORAGE_GET_F_CREATE = 1,
	BPF_RB_NO_WAKEUP = 1,
	BPF_RB_AVAIL_DATA = 0,
};

#define CLOCK_MONOTONIC 1

struct bpf_timer {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

struct bpf_dynptr {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

#define PF_KTHREAD 0x00200000 /* include/linux/sched.h */

#define ENOMEM 12
#define E2BIG 7

/* kernel structs, relocated by libbpf against the running kernel */
#pragma clang attribute push(__attribute__((preserve_access_index)), apply_to = record)

struct cpumask {
	unsigned long bits[128];
};

struct sched_ext_entity {
	u32 weight;
	u64 dsq_vtime;
};

/* The task's cgroup v2 id: task->cgroups->dfl_cgrp->kn->id (its directory's inode number). */
struct kernfs_node {
	u64 id;
};

struct cgroup {
	struct kernfs_node *kn;
};

struct css_set {
	struct cgroup *dfl_cgrp;
};

struct task_struct {
	unsigned int flags;
	int nr_cpus_allowed;
	const struct cpumask *cpus_ptr;
	pid_t pid;
	pid_t tgid;
	unsigned long nvcsw;
	char comm[16];
	struct css_set *cgroups;
	struct sched_ext_entity scx;
};

struct scx_init_task_args {
	bool fork;
};

enum scx_exit_kind {
	SCX_EXIT_NONE = 0,
};

struct scx_exit_info {
	enum scx_exit_kind kind;
	s64 exit_code;
	const char *reason;
	char *msg;
};

/* Only passed on, never read: incomplete is enough. */
struct scx_cpu_acquire_args;
struct scx_cpu_release_args;

struct sched_ext_ops {
	s32 (*select_cpu)(struct task_struct *p, s32 prev_cpu, u64 wake_flags);
	void (*enqueue)(struct task_struct *p, u64 enq_flags);
	void (*dequeue)(struct task_struct *p, u64 deq_flags);
	void (*dispatch)(s32 cpu, struct task_struct *prev);
	void (*runnable)(struct task_struct *p, u64 enq_flags);
	void (*running)(struct task_struct *p);
	void (*stopping)(struct task_struct *p, bool runnable);
	void (*quiescent)(struct task_struct *p, u64 deq_flags);
	void (*cpu_acquire)(s32 cpu, struct scx_cpu_acquire_args *args);
	void (*cpu_release)(s32 cpu, struct scx_cpu_release_args *args);
	s32 (*init_task)(struct task_struct *p, struct scx_init_task_args *args);
	void (*enable)(struct task_struct *p);
	s32 (*init)(void);
	void (*exit)(struct scx_exit_info *info);
	void (*update_idle)(s32 cpu, bool idle);
	u32 dispatch_max_batch;
	u64 flags;
	u32 timeout_ms;
	char name[128];
};

#pragma clang attribute pop

/* 6.19+: the arguments of __scx_bpf_dsq_insert_vtime(), passed on the stack as laid out here */
struct scx_bpf_dsq_insert_vtime_args {
	u64 dsq_id;
	u64 slice;
	u64 vtime;
	u64 enq_flags;
};

/* sched_ext constants that are the same from 6.12 to 7.2 */
#define SCX_DSQ_LOCAL (0x8000000000000000ULL | 2) /* SCX_DSQ_FLAG_BUILTIN | 2 */
#define SCX_DSQ_LOCAL_ON (0x8000000000000000ULL | (1ULL << 62)) /* SCX_DSQ_FLAG_BUILTIN | SCX_DSQ_FLAG_LOCAL_ON; | cpu */
#define SCX_KICK_IDLE 1
#define SCX_KICK_PREEMPT 2
#define SCX_OPS_KEEP_BUILTIN_IDLE 1ULL
#define SCX_OPS_ENQ_LAST 2ULL
#define SCX_ENQ_LAST (1ULL << 41) /* the task is the only one its CPU has; 6.17 and 7.2 agree */

#endif /* __HOTSCHED_VMLINUX_H */
