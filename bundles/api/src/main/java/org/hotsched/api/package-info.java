/**
 * The contract between the hotsched bridge and scheduling policies.
 *
 * <p>A policy bundle registers a {@link org.hotsched.api.SchedulerPolicy} service. The bridge hands it
 * batches of tasks that became runnable ({@link org.hotsched.api.TaskBatch}) and asks it for dispatch
 * decisions through a {@link org.hotsched.api.DispatchSink}. Nothing on that path creates a Java object per
 * task: a batch is read through one reused {@link org.hotsched.api.TaskView}, and policies keep their tasks
 * in primitive stores such as {@link org.hotsched.api.TaskQueue}, and per-task state in a
 * {@link org.hotsched.api.PidTable}.
 */
@Export
@Version("1.6.0")
package org.hotsched.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
