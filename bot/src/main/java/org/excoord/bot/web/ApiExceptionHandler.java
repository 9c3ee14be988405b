package org.excoord.bot.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excoord.audit.RefusalTrail;
import org.excoord.bot.DatabaseUnavailable;
import org.excoord.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Translates everything that can go wrong in a request into an RFC 9457 problem: refusals by their kind
 * (404, 403, 400 with the {@code field}, 409), bad input to 400, a lost optimistic-locking race to 409. An
 * unexpected failure is logged with an id and answered with that id only, never with internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** Jackson's words for a key given twice ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}). */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:Object property|field) \"(.*)\"");

    private final RefusalTrail refusals;

    ApiExceptionHandler(RefusalTrail refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<ProblemDetail> refused(RefusedException e, HttpServletRequest request) {
        Refusal refusal = e.refusal();
        // services trace their refusals themselves; this catches one an endpoint raised on its own
        refusals.refusedAtEdge(callerOf(request), request.getMethod() + " " + request.getRequestURI(), refusal);
        HttpStatus status = switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.message());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static String callerOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        String named = request.getHeader(CurrentActorResolver.USER_HEADER);
        return principal != null ? principal.getName() : named != null ? named : "the local user";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> lostRace(ObjectOptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "someone else changed this record at the same moment; reload it and try again");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(org.excoord.bot.conversation.Messenger.MessengerException.class)
    ResponseEntity<ProblemDetail> teamsRefused(org.excoord.bot.conversation.Messenger.MessengerException e) {
        log.warn("A proactive message was not delivered: {}", e.getMessage(), e.getCause());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_GATEWAY, "Teams did not accept the message; try again later"));
    }

    @ExceptionHandler(UnknownUserException.class)
    ResponseEntity<ProblemDetail> unknownUser(UnknownUserException e, HttpServletRequest request) {
        refusals.refusedAtEdge(callerOf(request), request.getMethod() + " " + request.getRequestURI(),
                Refusal.forbidden(e.getMessage()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "'" + e.getValue() + "' is not a valid value for " + e.getName());
        problem.setProperty("field", e.getName());
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A constraint the database enforced: 400 naming the field for bad input (length, required, check, a reference
     * to nothing), 409 naming the field only for a real duplicate.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.message());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        return ResponseEntity.status(refusal.status()).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e);
        }
        String id = UUID.randomUUID().toString();
        log.error("unexpected failure {}", id, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "something went wrong on our side; quote " + id + " when you report it");
        return ResponseEntity.internalServerError().body(problem);
    }

    /** The database is down or restarting: the client may try again shortly; no stack trace for an outage. */
    private static ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "the database is not available at the moment; try again shortly"));
    }

    /**
     * An entity's constraint refused at commit (Hibernate validates what it flushes then): the same 400 naming the
     * field as a refused parameter; anything else that failed the commit is unexpected.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<?> commitRefused(TransactionSystemException e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return constraintViolated(violation);
            }
        }
        return unexpected(e);
    }

    /** A constraint on a parameter of a controller validated through a proxy (class-level {@code @Validated}). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream().findFirst().orElse(null);
        if (first == null) {
            return badRequest(null, "the request is invalid");
        }
        String field = null;
        for (Path.Node node : first.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return badRequest(field, (field == null ? "" : field + " ") + first.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors && errors.getFieldError() != null) {
                FieldError first = errors.getFieldError();
                return badRequest(first.getField(), first.getField() + " " + first.getDefaultMessage());
            }
            if (!result.getResolvableErrors().isEmpty()) {
                String field = result.getMethodParameter().getParameterName();
                return badRequest(field, field + " " + result.getResolvableErrors().get(0).getDefaultMessage());
            }
        }
        return badRequest(null, "the request is invalid");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(ex.getParameterName(), "the parameter " + ex.getParameterName() + " is required");
    }

    /**
     * A body that cannot be read: too large (413), not JSON, or a value of the wrong type, format or enum (400
     * naming the field where the parser knows it).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        JacksonException jackson = null;
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
            }
            if (jackson == null && t instanceof JacksonException j) {
                jackson = j;
            }
        }
        if (jackson == null) {
            String message = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
                    ? "the request body is missing" : "the request body could not be read";
            return badRequest(null, message);
        }
        String field = pathOf(jackson);
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(jackson.getOriginalMessage()));
        if (jackson instanceof StreamReadException && duplicate.find()) {
            String name = field == null ? duplicate.group(1) : field + "." + duplicate.group(1);
            return badRequest(name, name + " appears more than once in the request body");
        }
        if (jackson instanceof InvalidFormatException invalid) {
            return badRequest(field, "'" + invalid.getValue() + "' is not " + expected(invalid.getTargetType())
                    + (field == null ? "" : " for " + field));
        }
        if (jackson instanceof MismatchedInputException mismatched && field != null) {
            return badRequest(field, field + " must be " + expected(mismatched.getTargetType()));
        }
        if (jackson instanceof StreamReadException || field == null) {
            TokenStreamLocation at = jackson.getLocation();
            return badRequest(field, "the request body is not valid JSON"
                    + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        return badRequest(field, field + " has a value that cannot be read");
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date like 2026-03-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 timestamp like 2026-03-31T14:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date and time like 2026-03-31T14:30:00";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return type.isRecord() || !type.getName().startsWith("java.") ? "an object" : "a " + type.getSimpleName();
    }

    private static ResponseEntity<Object> badRequest(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError first = ex.getBindingResult().getFieldError();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                first == null ? "the request is invalid" : first.getField() + " " + first.getDefaultMessage());
        if (first != null) {
            problem.setProperty("field", first.getField());
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
