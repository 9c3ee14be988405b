package org.excoord.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What the domain accepts as text and as a date, in one place: every command checks its input here (directly or
 * through the {@link CleanText} and {@link SaneDate} constraints on its record), the REST bodies carry the same
 * constraints, and the entities carry them too, so Hibernate refuses anything that slipped past before it reaches
 * the database. Without this, PostgreSQL refuses NUL bytes and dates past year 294276 (a 409 for a bad input), and
 * quietly changes what it cannot represent: a lone surrogate becomes {@code ?}, the year 0 becomes 1 BC.
 */
public final class Inputs {

    /** The earliest date the domain accepts (no executive record predates it). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date the domain accepts. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    private static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    // messages without an EL implementation: core has none, and the messages need no expressions
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Inputs() {
    }

    /** The factory the domain validates with; Hibernate uses it for the entities as well. */
    public static ValidatorFactory validatorFactory() {
        return FACTORY;
    }

    /**
     * Why a text is not acceptable, or null when it is (null is acceptable: whether a value is required is the
     * command's business). Refused: a broken UTF-16 sequence (a lone surrogate), the C0 and C1 control characters
     * and DEL, and the Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and their like in every plane). A
     * multi-line text may contain tabs, line feeds and carriage returns; a single-line text none of them.
     */
    public static String textProblem(CharSequence text, boolean multiline) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "contains a broken character (a lone surrogate) at position " + i;
                }
                cp = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isLowSurrogate(c)) {
                return "contains a broken character (a lone surrogate) at position " + i;
            }
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                if (!multiline) {
                    return "must be a single line (no tabs or line breaks)";
                }
            } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
                return "contains a control character (" + codePoint(cp) + ") at position " + i;
            } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                return "contains a Unicode noncharacter (" + codePoint(cp) + ") at position " + i;
            }
        }
        return null;
    }

    /** Why a date is not acceptable, or null when it is (or is null). */
    public static String dateProblem(LocalDate date) {
        if (date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE))) {
            return null;
        }
        return "must be between " + EARLIEST_DATE + " and " + LATEST_DATE;
    }

    /** Why a moment is not acceptable, or null when it is (or is null): the same range as for dates, in UTC. */
    public static String instantProblem(Instant instant) {
        if (instant == null || (!instant.isBefore(EARLIEST_INSTANT) && instant.isBefore(LATEST_INSTANT))) {
            return null;
        }
        return "must be between " + EARLIEST_DATE + " and " + LATEST_DATE;
    }

    /**
     * A refusal naming {@code field} when {@code value} is longer than {@code max} characters or is not clean
     * text; null when it is acceptable (null included).
     */
    public static Refusal text(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            return Refusal.invalid(field, field + " is longer than " + max + " characters");
        }
        String problem = textProblem(value, multiline);
        return problem == null ? null : Refusal.invalid(field, field + " " + problem);
    }

    /** A refusal naming {@code field} when the date is outside the accepted range; null when acceptable. */
    public static Refusal date(String field, LocalDate value) {
        String problem = dateProblem(value);
        return problem == null ? null : Refusal.invalid(field, field + " " + problem);
    }

    /**
     * Checks a command against the constraints on its components ({@link CleanText}, {@link SaneDate},
     * {@code @Size}, …): the first violation, by field name, as a refusal naming the field ("receipt.fromPerson");
     * null when there is none.
     */
    public static Refusal check(Object command) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(command);
        return violations.stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> Refusal.invalid(v.getPropertyPath().toString(),
                        v.getPropertyPath() + " " + v.getMessage()))
                .orElse(null);
    }

    /** The first refusal that is not null, or null: {@code firstOf(text(...), date(...))}. */
    public static Refusal firstOf(Refusal... refusals) {
        for (Refusal refusal : refusals) {
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    private static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }
}
