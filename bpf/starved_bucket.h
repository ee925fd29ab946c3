/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The starved_waits bucket of a wait, as intf.h defines the histogram: one function for the scheduler and for
 * the test program that checks it against Java's (bpf/test/roundtrip.bpf.c, StarvedBucketsTest). Include after
 * intf.h.
 */
#ifndef HOTSCHED_STARVED_BUCKET_H
#define HOTSCHED_STARVED_BUCKET_H

/* floor(log2(v)) for v > 0, without a loop the verifier would have to walk. */
static __always_inline u32 log2_u64(u64 v)
{
	u32 r = 0;

	if (v >> 32) { v >>= 32; r += 32; }
	if (v >> 16) { v >>= 16; r += 16; }
	if (v >> 8) { v >>= 8; r += 8; }
	if (v >> 4) { v >>= 4; r += 4; }
	if (v >> 2) { v >>= 2; r += 2; }
	if (v >> 1)
		r += 1;
	return r;
}

/* The starved_waits bucket of a wait of ns, as intf.h defines it. */
static __always_inline u32 starved_bucket(u64 ns)
{
	u32 k, b;

	if (ns < (1ULL << HOTSCHED_STARVED_MIN_SHIFT))
		return 0;
	k = log2_u64(ns);
	b = 1 + 4 * (k - HOTSCHED_STARVED_MIN_SHIFT) + ((ns >> (k - 2)) & 3);
	return b < HOTSCHED_STARVED_BUCKETS ? b : HOTSCHED_STARVED_BUCKETS - 1;
}

#endif
