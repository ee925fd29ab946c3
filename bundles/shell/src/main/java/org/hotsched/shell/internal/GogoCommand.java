package org.hotsched.shell.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Registers a component's public methods as Gogo commands, as the service properties
 * {@code osgi.command.scope} and {@code osgi.command.function}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface GogoCommand {

    String PREFIX_ = "osgi.command.";

    String scope();

    String[] function();
}
