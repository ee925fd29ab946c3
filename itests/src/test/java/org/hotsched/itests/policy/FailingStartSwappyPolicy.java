package org.hotsched.itests.policy;

import org.hotsched.api.PolicyContext;

/** A broken release of {@link SwappyPolicy} that cannot start: its {@code attach} throws {@link #MESSAGE}. */
public final class FailingStartSwappyPolicy extends SwappyPolicy {

    public static final String MESSAGE = "swappy cannot start here";

    @Override
    public void attach(PolicyContext ctx) {
        throw new IllegalStateException(MESSAGE);
    }
}
