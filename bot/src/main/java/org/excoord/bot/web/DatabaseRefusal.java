package org.excoord.bot.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/**
 * What a constraint PostgreSQL enforced says about the request: which field (the column, in the API's camelCase)
 * and whether it is bad input (400: too long, missing, not allowed, a reference to nothing, a value the database
 * cannot store) or a real conflict (409: a duplicate). The domain and the entities' constraints refuse almost all
 * of these first; this is the last translation, so the caller still learns what to fix.
 *
 * @param status  400 or 409
 * @param field   the field at fault, null when the database does not say
 * @param message a sentence the caller can act on
 */
record DatabaseRefusal(HttpStatus status, String field, String message) {

    private static final Pattern KEY = Pattern.compile("Key \\(([^)]+)\\)=");
    private static final Pattern TABLE = Pattern.compile("table \"([^\"]+)\"");

    static DatabaseRefusal of(DataIntegrityViolationException e) {
        ServerErrorMessage error = null;
        String state = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof PSQLException psql) {
                error = psql.getServerErrorMessage();
                state = psql.getSQLState();
                break;
            }
        }
        if (state == null) {
            return new DatabaseRefusal(HttpStatus.BAD_REQUEST, null, "the change was refused by a database constraint");
        }
        String detail = error == null || error.getDetail() == null ? "" : error.getDetail();
        String column = error == null ? null : error.getColumn();
        if (column == null) {
            Matcher key = KEY.matcher(detail);
            column = key.find() ? key.group(1) : null;
        }
        if (column == null && error != null && error.getConstraint() != null && error.getTable() != null) {
            column = columnOfCheck(error.getConstraint(), error.getTable());
        }
        String field = column == null ? null : camelCase(column);
        String subject = field == null ? "a value" : field;
        return switch (state) {
            case "23505" -> new DatabaseRefusal(HttpStatus.CONFLICT, field,
                    "there is already a record with this " + (field == null ? "value" : field));
            case "23503" -> {
                Matcher table = TABLE.matcher(detail);
                yield new DatabaseRefusal(HttpStatus.BAD_REQUEST, field, subject + " refers to "
                        + (detail.contains("is still referenced") ? "a record that others still refer to"
                        : "no existing " + (table.find() ? table.group(1).replace('_', ' ') : "record")));
            }
            case "23502" -> new DatabaseRefusal(HttpStatus.BAD_REQUEST, field, subject + " is required");
            case "23514" -> new DatabaseRefusal(HttpStatus.BAD_REQUEST, field, subject + " has a value that is not allowed");
            case "22001" -> new DatabaseRefusal(HttpStatus.BAD_REQUEST, field, subject + " is longer than the database allows");
            case "22007", "22008" -> new DatabaseRefusal(HttpStatus.BAD_REQUEST, field, subject + " is not a date the database can store");
            case "22021", "22P05" -> new DatabaseRefusal(HttpStatus.BAD_REQUEST, field,
                    subject + " contains a character the database cannot store");
            default -> new DatabaseRefusal(HttpStatus.BAD_REQUEST, field,
                    "the change was refused by a database constraint" + (field == null ? "" : " on " + field));
        };
    }

    /** PostgreSQL names an inline check constraint {@code <table>_<column>_check}. */
    private static String columnOfCheck(String constraint, String table) {
        String prefix = table + "_";
        if (constraint.startsWith(prefix) && constraint.endsWith("_check") && constraint.length() > prefix.length() + 6) {
            String column = constraint.substring(prefix.length(), constraint.length() - "_check".length());
            return column.matches("[a-z_]+") && !column.matches(".*\\d.*") ? column : null;
        }
        return null;
    }

    static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
