/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The sched_ext kfuncs hotsched calls, and one wrapper per renamed one.
 *
 * Every kfunc is declared __weak, so a kernel without it still loads the object: libbpf leaves the
 * missing ones unresolved and bpf_ksym_exists() picks the variant the running kernel has (the verifier
 * drops the other branch as dead code).
 *
 * One rule keeps this working with libbpf 1.1 as well as 1.2+: never declare a name whose prototype
 * differs between the kernels we load on. libbpf 1.1 fails the load when a weak kfunc exists with
 * another prototype, and libbpf 1.2+ resolves a "name___v2" declaration to the kernel's "name". So we
 * call the names whose prototypes every kernel from 6.13 to 7.2 keeps (7.2 still has the void
 * scx_bpf_dsq_insert and the one-argument scx_bpf_dsq_move_to_local next to its ___v2 variants),
 * names that exist in only some kernels (__scx_bpf_dsq_insert_vtime, 6.19+), and 6.12's old names.
 * bpf/README.md lists which kernel has which.
 */
#ifndef __HOTSCHED_KFUNCS_H
#define __HOTSCHED_KFUNCS_H

#ifndef bpf_ksym_exists
/* libbpf >= 1.2 ships this; 1.1 does not. A weak ksym the kernel lacks is resolved to 0. */
#define bpf_ksym_exists(sym) (!!(sym))
#endif

/* A struct_ops callback. Sleepable ones (ops.init) get BPF_F_SLEEPABLE from the loader: libbpf 1.1
 * does not know the "struct_ops.s/" section prefix. */
#define BPF_STRUCT_OPS(name, args...) SEC("struct_ops/" #name) BPF_PROG(name, ##args)

/* present in every kernel from 6.12 on */
s32 scx_bpf_create_dsq(u64 dsq_id, s32 node) __ksym __weak;
void scx_bpf_kick_cpu(s32 cpu, u64 flags) __ksym __weak;
s32 scx_bpf_select_cpu_dfl(struct task_struct *p, s32 prev_cpu, u64 wake_flags, bool *is_idle) __ksym __weak;
s32 scx_bpf_pick_idle_cpu(const struct cpumask *cpus_allowed, u64 flags) __ksym __weak;
u32 scx_bpf_dispatch_nr_slots(void) __ksym __weak;
void scx_bpf_dispatch_cancel(void) __ksym __weak;
s32 scx_bpf_dsq_nr_queued(u64 dsq_id) __ksym __weak;
s32 scx_bpf_task_cpu(const struct task_struct *p) __ksym __weak;
u32 scx_bpf_nr_cpu_ids(void) __ksym __weak;
struct task_struct *bpf_task_from_pid(s32 pid) __ksym __weak;
void bpf_task_release(struct task_struct *p) __ksym __weak;
bool bpf_cpumask_test_cpu(u32 cpu, const struct cpumask *cpumask) __ksym __weak;
void bpf_rcu_read_lock(void) __ksym __weak;
void bpf_rcu_read_unlock(void) __ksym __weak;

/* 6.13 renamed scx_bpf_dispatch* to scx_bpf_dsq_insert* and scx_bpf_consume to
 * scx_bpf_dsq_move_to_local; 6.19 added __scx_bpf_dsq_insert_vtime, which takes its arguments
 * packed (kfuncs get at most five). */
void scx_bpf_dsq_insert(struct task_struct *p, u64 dsq_id, u64 slice, u64 enq_flags) __ksym __weak;
void scx_bpf_dispatch(struct task_struct *p, u64 dsq_id, u64 slice, u64 enq_flags) __ksym __weak;
bool __scx_bpf_dsq_insert_vtime(struct task_struct *p, struct scx_bpf_dsq_insert_vtime_args *args) __ksym __weak;
void scx_bpf_dsq_insert_vtime(struct task_struct *p, u64 dsq_id, u64 slice, u64 vtime, u64 enq_flags) __ksym __weak;
void scx_bpf_dispatch_vtime(struct task_struct *p, u64 dsq_id, u64 slice, u64 vtime, u64 enq_flags) __ksym __weak;
bool scx_bpf_dsq_move_to_local(u64 dsq_id) __ksym __weak;
bool scx_bpf_consume(u64 dsq_id) __ksym __weak;

static __always_inline void hs_dsq_insert(struct task_struct *p, u64 dsq_id, u64 slice, u64 enq_flags)
{
	if (bpf_ksym_exists(scx_bpf_dsq_insert))
		scx_bpf_dsq_insert(p, dsq_id, slice, enq_flags);
	else
		scx_bpf_dispatch(p, dsq_id, slice, enq_flags);
}

static __always_inline void hs_dsq_insert_vtime(struct task_struct *p, u64 dsq_id, u64 slice, u64 vtime,
						u64 enq_flags)
{
	if (bpf_ksym_exists(__scx_bpf_dsq_insert_vtime)) {
		struct scx_bpf_dsq_insert_vtime_args args = {
			.dsq_id = dsq_id,
			.slice = slice,
			.vtime = vtime,
			.enq_flags = enq_flags,
		};

		__scx_bpf_dsq_insert_vtime(p, &args);
	} else if (bpf_ksym_exists(scx_bpf_dsq_insert_vtime)) {
		scx_bpf_dsq_insert_vtime(p, dsq_id, slice, vtime, enq_flags);
	} else {
		scx_bpf_dispatch_vtime(p, dsq_id, slice, vtime, enq_flags);
	}
}

static __always_inline bool hs_dsq_move_to_local(u64 dsq_id)
{
	if (bpf_ksym_exists(scx_bpf_dsq_move_to_local))
		return scx_bpf_dsq_move_to_local(dsq_id);
	return scx_bpf_consume(dsq_id);
}

#endif /* __HOTSCHED_KFUNCS_H */
