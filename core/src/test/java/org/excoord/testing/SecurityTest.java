package org.excoord.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class of the security suite (forged and malformed input, cross-site requests, binding,
 * classification, refusal logging, input integrity, durability). The suite runs with every {@code ./mvnw verify};
 * alone with {@code ./mvnw verify -Dgroups=security -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("security")
public @interface SecurityTest {
}
