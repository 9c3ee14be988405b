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

/**
 * The text is valid Unicode without control characters ({@link Inputs#textProblem}); null is valid. Tabs and line
 * breaks only where {@link #multiline()} is set (descriptions, comments, notes).
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = CleanText.Validator.class)
public @interface CleanText {

    /** Whether tabs, line feeds and carriage returns are allowed. */
    boolean multiline() default false;

    String message() default "must be text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CharSequence} with {@link Inputs#textProblem}, reporting the problem it names. */
    final class Validator implements ConstraintValidator<CleanText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(CleanText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            String problem = Inputs.textProblem(value, multiline);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // the problem is our own sentence (no braces or dollars), safe as a message template
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
