/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The one header jextract reads to generate bundles/libbpf (see libbpf.args): everything the Java side of
 * hotsched calls or lays out, from libbpf, libc and the wire format. The build-time drift check in
 * bundles/libbpf compiles against this same header, so the bindings and their check see the same C.
 */
#ifndef __HOTSCHED_LIBBPF_H
#define __HOTSCHED_LIBBPF_H

#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/mman.h>
#include <linux/version.h>
#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "../intf.h"

/*
 * Kernel ABI values that Debian 12's uapi headers (linux-libc-dev 6.1) predate: kernel 6.4 added link-based
 * struct_ops attach. The values are fixed by the kernel ABI; newer headers must agree.
 */
enum hotsched_uapi_compat {
	HOTSCHED_BPF_F_LINK	= 1U << 13,	/* map flag: a struct_ops map that registers through a link */
	HOTSCHED_BPF_STRUCT_OPS	= 44,		/* enum bpf_attach_type value for bpf_link_create() */
};

#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)
_Static_assert((int)HOTSCHED_BPF_F_LINK == (int)BPF_F_LINK, "BPF_F_LINK differs from the uapi header");
_Static_assert((int)HOTSCHED_BPF_STRUCT_OPS == (int)BPF_STRUCT_OPS, "BPF_STRUCT_OPS differs from the uapi header");
#else
_Static_assert((int)HOTSCHED_BPF_STRUCT_OPS == (int)__MAX_BPF_ATTACH_TYPE, "BPF_STRUCT_OPS is the attach type after 6.1's last");
#endif

#endif /* __HOTSCHED_LIBBPF_H */
