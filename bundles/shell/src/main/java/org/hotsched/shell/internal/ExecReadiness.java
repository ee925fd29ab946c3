package org.hotsched.shell.internal;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Waits, up to one deadline for all steps, until what an exec run needs is there. */
final class ExecReadiness {

    private final BundleContext context;
    private final long timeoutMs;
    private final long deadline;

    ExecReadiness(BundleContext context, long timeoutMs) {
        this.context = context;
        this.timeoutMs = timeoutMs;
        this.deadline = System.currentTimeMillis() + timeoutMs;
    }

    /** Deployed policies and configuration are in place once the framework has reached its start level. */
    void awaitStarted() throws InterruptedException, NotReady {
        CountDownLatch started = new CountDownLatch(1);
        FrameworkListener listener = event -> {
            if (event.getType() == FrameworkEvent.STARTED) {
                started.countDown();
            }
        };
        context.addFrameworkListener(listener);
        try {
            if (context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() != Bundle.ACTIVE
                    && !started.await(remaining(), TimeUnit.MILLISECONDS)) {
                throw new NotReady("hotsched did not finish starting within " + seconds()
                        + ": run it without --exec and look at 'lb'");
            }
        } finally {
            context.removeFrameworkListener(listener);
        }
    }

    /** The service of type {@code type} that {@code tracker}, opened and closed by the caller, follows. */
    <T> T awaitService(ServiceTracker<T, T> tracker, Class<T> type, String what) throws InterruptedException, NotReady {
        T service = tracker.waitForService(remaining());
        if (service == null) {
            throw missing(type.getSimpleName(), what);
        }
        return service;
    }

    /**
     * Waits for a service to be registered without getting it: getting and releasing a delayed DS
     * component would activate it and deactivate it again.
     */
    void awaitRegistered(Class<?> type, String what) throws InterruptedException, NotReady {
        ServiceTracker<?, ServiceReference<?>> tracker = new ServiceTracker<>(context, type.getName(), null) {
            @Override
            public ServiceReference<?> addingService(ServiceReference<Object> reference) {
                return reference;
            }
        };
        tracker.open();
        try {
            if (tracker.waitForService(remaining()) == null) {
                throw missing(type.getSimpleName(), what);
            }
        } finally {
            tracker.close();
        }
    }

    /** Gogo learns of a command a moment after its service appears. */
    void awaitCommand(CommandSession session, String command) throws InterruptedException, NotReady {
        while (!(session.get(".commands") instanceof Set<?> names && names.contains(command))) {
            if (System.currentTimeMillis() > deadline) {
                throw new NotReady(command + " is not registered after " + seconds()
                        + ": check with 'lb' that bundle org.hotsched.shell is active");
            }
            Thread.sleep(20);
        }
    }

    private NotReady missing(String service, String what) {
        return new NotReady("no " + service + " service after " + seconds() + ": " + what
                + " did not start; run hotsched without --exec and look at 'lb'");
    }

    private long remaining() {
        return Math.max(1, deadline - System.currentTimeMillis());
    }

    private String seconds() {
        return timeoutMs / 1000 + " s";
    }

    /** Something an exec run needs did not show up in time. */
    static final class NotReady extends Exception {
        private static final long serialVersionUID = 1L;

        NotReady(String message) {
            super(message);
        }
    }
}
