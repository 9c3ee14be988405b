package org.excoord.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The date (or moment) lies between {@link Inputs#EARLIEST_DATE} and {@link Inputs#LATEST_DATE}; null is valid.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {SaneDate.ForDate.class, SaneDate.ForInstant.class})
public @interface SaneDate {

    String message() default "must be between 1900-01-01 and 2200-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** For {@link LocalDate}. */
    final class ForDate implements ConstraintValidator<SaneDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return Inputs.dateProblem(value) == null;
        }
    }

    /** For {@link Instant}. */
    final class ForInstant implements ConstraintValidator<SaneDate, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return Inputs.instantProblem(value) == null;
        }
    }
}
