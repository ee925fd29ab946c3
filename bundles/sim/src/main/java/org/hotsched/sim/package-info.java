/**
 * A deterministic discrete-event simulator of sched_ext semantics, modelled on scx_rustland_core: the kernel
 * queues runnable tasks to user space through a ring, user space answers with dispatch decisions into
 * per-CPU and shared dispatch queues, and safety nets keep tasks running when user space is slow or absent.
 *
 * <p>{@link org.hotsched.sim.SimKernel} is the backend the bridge drives; {@link org.hotsched.sim.Simulation}
 * runs a {@link org.hotsched.api.SchedulerPolicy} on a {@link org.hotsched.sim.Workload} in a unit test and
 * returns a {@link org.hotsched.sim.SimReport}.
 */
@Export
@Version("2.1.0")
package org.hotsched.sim;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
