package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.CleanText;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST endpoint that takes a body or parameters (found in Spring's own handler mapping, so a new endpoint is
 * covered without being listed here) gets hostile values in each of its text, date, number and enum fields: NUL and
 * other control characters, a lone surrogate, a noncharacter, line breaks in single-line fields, one character more
 * than the field allows, the dates the database mangles or refuses (0000-01-01, ±999999999) and those just outside
 * the accepted range, wrong types, and a key given twice. Each is answered 400 naming the field (never 409, never
 * 5xx), and nothing at all is written. The caller is an administrator and the secretariat, and every path names an
 * existing record, so no 403 or 404 can hide a missing check.
 */
@SecurityTest
class InputIntegrityTests extends ApiTestSupport {

    /** Non-ASCII escaped as {@code \\uXXXX}: a lone surrogate travels as JSON, not as a '?' of the UTF-8 encoder. */
    private static final JsonMapper ESCAPED = JsonMapper.builder().findAndAddModules()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final List<String> HOSTILE_TEXT = List.of("a\u0000b", "a\ud800b", "\udc00", "a\u0007b",
            "\u001b[2J", "a\u007fb", "a\u0085b", "a\u009bb", "a\ufffeb", "a\uffff", "x".repeat(10_000) + "\u0000");
    private static final List<String> SINGLE_LINE_BREAKERS = List.of("a\nb", "a\rb", "a\tb");
    private static final List<String> HOSTILE_DATES = List.of("0000-01-01", "-999999999-01-01", "+999999999-12-31",
            "1899-12-31", "2201-01-01", "2026-02-30", "next tuesday");
    private static final List<String> HOSTILE_INSTANTS = List.of("0000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "yesterday");
    // percent-encoded for a query string: NUL, BEL, a C1 control (U+0085), U+FFFE, a line break
    private static final List<String> HOSTILE_QUERY_TEXT = List.of("%00", "a%07b", "a%C2%85b", "a%EF%BF%BEb", "a%0Ab");
    private static final List<String> HOSTILE_QUERY_NUMBERS = List.of("abc", "-1", "1.5", "99999999999999999999");

    private Person admin;
    private OrgUnit unit;
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void records() {
        unit = fixtures.unit("Integrity Office", null);
        admin = fixtures.person("Ines Integrity", unit, Role.ADMIN, Role.SECRETARIAT, Role.MANAGER);
        Response authority = post("/api/v1/authorities", Map.of("text", "# Integrity Order " + System.nanoTime()
                + "\n\n## Sec. 1. Purpose\n\n(a) Agencies shall report within 30 days.\n"), admin);
        assertThat(authority.status()).isEqualTo(201);
        long typeId = get("/api/v1/executive-action-types", admin).body().get(0).get("id").asLong();
        Response action = post("/api/v1/executive-actions", Map.of("name", "Integrity action", "typeId", typeId), admin);
        assertThat(action.status()).isEqualTo(201);
        Response item = post("/api/v1/action-items", Map.of("subject", "Integrity item",
                "executiveActionId", action.body().get("id").asLong()), admin);
        assertThat(item.status()).isEqualTo(201);
        Response letter = post("/api/v1/correspondence", Map.of("subject", "Integrity letter", "typeId", typeId,
                "receipt", Map.of("receivedAt", "2026-03-02T12:00:00Z", "method", "EMAIL")), admin);
        assertThat(letter.status()).isEqualTo(201);
        ids.put("/api/v1/authorities/", authority.body().at("/authority/id").asText());
        ids.put("/api/v1/executive-actions/", action.body().get("id").asText());
        ids.put("/api/v1/action-items/", item.body().get("id").asText());
        ids.put("/api/v1/correspondence/", letter.body().get("id").asText());
        ids.put("/api/v1/org-units/", String.valueOf(unit.getId()));
        ids.put("/api/v1/people/", String.valueOf(admin.getId()));
    }

    /** One way in: a method, a path (with its variables filled in) and what it takes. */
    record Endpoint(RequestMethod method, String path, Class<?> bodyType, List<MethodParameter> params,
            String consumes) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A value at a place in a body: "receipt.fromPerson" → hostile. */
    record Field(String path, Class<?> type, Integer max, boolean multiline) {
    }

    @Test
    void theEndpointsAreFoundInTheHandlerMapping() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::toString).contains("POST /api/v1/action-items",
                "POST /api/v1/action-items/{id}/transitions", "PUT /api/v1/executive-actions/{id}/due-date",
                "POST /api/v1/correspondence", "POST /api/v1/authorities/{id}/impacts", "GET /api/v1/people",
                "GET /api/v1/audit");
        assertThat(endpoints.stream().filter(e -> e.bodyType() != null)).hasSizeGreaterThan(20);
    }

    @TestFactory
    Stream<DynamicTest> hostileBodyValuesAreRefusedNamingTheFieldAndWriteNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.bodyType() == null || endpoint.bodyType() == byte[].class) {
                continue;
            }
            Map<String, Object> valid = validBody(endpoint.bodyType());
            for (Field field : fields(endpoint.bodyType(), "")) {
                for (Object hostile : hostileValues(field)) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " " + field.path() + "=" + describe(hostile),
                            () -> refusedWithoutWriting(endpoint, json(with(valid, field.path(), hostile)), field.path())));
                }
                tests.add(DynamicTest.dynamicTest(endpoint + " " + field.path() + " given twice",
                        () -> refusedWithoutWriting(endpoint, duplicated(valid, field.path()), field.path())));
            }
        }
        assertThat(tests).hasSizeGreaterThan(300);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> hostileParametersAreRefusedAndWriteNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (MethodParameter param : endpoint.params()) {
                RequestParam annotation = param.getParameterAnnotation(RequestParam.class);
                String name = annotation.name().isEmpty() ? annotation.value().isEmpty() ? param.getParameterName()
                        : annotation.value() : annotation.name();
                Class<?> type = param.getParameterType();
                List<String> values = new ArrayList<>();
                if (type == String.class) {
                    values.addAll(HOSTILE_QUERY_TEXT);
                    Size size = param.getParameterAnnotation(Size.class);
                    values.add("x".repeat(size == null ? 10_000 : size.max() + 1));
                } else if (type.isEnum()) {
                    values.add("NO_SUCH_VALUE");
                } else {
                    values.addAll(HOSTILE_QUERY_NUMBERS);
                }
                for (String value : values) {
                    String query = queryWith(endpoint, name, value);
                    tests.add(DynamicTest.dynamicTest(endpoint + "?" + name + "=" + describe(value), () -> {
                        Map<String, Long> before = rowCounts();
                        Response answer = request(endpoint, query, endpoint.bodyType() == null ? null
                                : endpoint.bodyType() == byte[].class ? "# Title\n\nSec. 1. Text." : "{}");
                        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
                        assertThat(answer.text("field")).as(answer.raw()).isEqualTo(name);
                        assertThat(rowCounts()).isEqualTo(before);
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    /** The text import takes the text itself as the body (Markdown or plain text). */
    @TestFactory
    Stream<DynamicTest> hostileImportedTextIsRefusedAndWritesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.bodyType() != byte[].class) {
                continue;
            }
            for (String hostile : List.of("\u0000", "\u0007", "\u0085", "\ufffe", "\u001b")) {
                tests.add(DynamicTest.dynamicTest(endpoint + " text with " + describe(hostile), () -> {
                    Map<String, Long> before = rowCounts();
                    Response answer = request(endpoint, "", "# Hostile " + System.nanoTime() + "\n\n## Sec. 1. Purpose\n\n"
                            + "Agencies shall" + hostile + " report.\n");
                    assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
                    assertThat(answer.text("field")).isEqualTo("text");
                    assertThat(rowCounts()).isEqualTo(before);
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    // ------------------------------------------------------------------ the endpoints

    private List<Endpoint> endpoints() {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                Class<?> body = null;
                List<MethodParameter> params = new ArrayList<>();
                boolean unknownVariable = false;
                for (MethodParameter p : entry.getValue().getMethodParameters()) {
                    if (p.hasParameterAnnotation(RequestBody.class)) {
                        body = p.getParameterType();
                    } else if (p.hasParameterAnnotation(RequestParam.class) && p.getParameterType() != Actor.class) {
                        params.add(p);
                    } else if (p.hasParameterAnnotation(PathVariable.class)) {
                        unknownVariable |= fill(pattern) == null;
                    }
                }
                if ((body == null && params.isEmpty()) || unknownVariable) {
                    continue;
                }
                String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                        .map(Object::toString).orElse("application/json");
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    found.add(new Endpoint(method, pattern, body, params, consumes));
                }
            }
        }
        return found;
    }

    /** The pattern with its variables naming the records made for this test; null for a variable it cannot fill. */
    private String fill(String pattern) {
        String path = pattern;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (path.startsWith(id.getKey() + "{")) {
                path = id.getValue() + path.substring(path.indexOf('}', id.getKey().length()) + 1);
                path = id.getKey() + path;
            }
        }
        path = path.replace("{sectionId}", "Sec.%201");
        return path.contains("{") ? null : path;
    }

    private Response request(Endpoint endpoint, String query, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(fill(endpoint.path()) + query));
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        if (body != null) {
            request.header("Content-Type", endpoint.consumes().startsWith("application/json") ? "application/json"
                    : endpoint.consumes() + ";charset=UTF-8");
        }
        return send(request.method(endpoint.method().name(), publisher), admin);
    }

    private void refusedWithoutWriting(Endpoint endpoint, String body, String field) {
        Map<String, Long> before = rowCounts();
        Response answer = request(endpoint, "", body);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("field")).as(answer.raw()).isEqualTo(field);
        assertThat(rowCounts()).isEqualTo(before);
    }

    private String queryWith(Endpoint endpoint, String name, String hostile) {
        StringBuilder query = new StringBuilder("?").append(name).append('=').append(hostile);
        for (MethodParameter p : endpoint.params()) {
            RequestParam annotation = p.getParameterAnnotation(RequestParam.class);
            String other = annotation.name().isEmpty() ? annotation.value().isEmpty() ? p.getParameterName()
                    : annotation.value() : annotation.name();
            if (!other.equals(name) && annotation.required() && annotation.defaultValue().startsWith("\n")) {
                query.append('&').append(other).append('=').append(validParameter(other));
            }
        }
        return query.toString();
    }

    private String validParameter(String name) {
        return switch (name) {
            case "orgUnitId" -> String.valueOf(unit.getId());
            case "recordType" -> "ActionItem";
            case "recordId" -> ids.get("/api/v1/action-items/");
            default -> URLEncoder.encode("ok", StandardCharsets.UTF_8);
        };
    }

    // ------------------------------------------------------------------ bodies

    private static List<Field> fields(Class<?> type, String prefix) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (catchAll(type, c)) {
                continue;
            }
            String path = prefix + c.getName();
            if (c.getType().isRecord()) {
                fields.addAll(fields(c.getType(), path + "."));
                continue;
            }
            Size size = c.getAccessor().getAnnotation(Size.class) != null ? c.getAccessor().getAnnotation(Size.class)
                    : fieldAnnotation(type, c.getName(), Size.class);
            CleanText clean = fieldAnnotation(type, c.getName(), CleanText.class);
            fields.add(new Field(path, c.getType(), size == null ? null : size.max(), clean != null && clean.multiline()));
        }
        return fields;
    }

    /** The {@code @JsonAnySetter} that collects unknown keys (to refuse them) is not a field of the body. */
    private static boolean catchAll(Class<?> type, RecordComponent c) {
        return fieldAnnotation(type, c.getName(), com.fasterxml.jackson.annotation.JsonAnySetter.class) != null
                || c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAnySetter.class);
    }

    private static <A extends java.lang.annotation.Annotation> A fieldAnnotation(Class<?> type, String name,
            Class<A> annotation) {
        try {
            return type.getDeclaredField(name).getAnnotation(annotation);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> hostileValues(Field field) {
        List<Object> values = new ArrayList<>();
        Class<?> type = field.type();
        if (type == String.class) {
            values.addAll(HOSTILE_TEXT);
            if (!field.multiline()) {
                values.addAll(SINGLE_LINE_BREAKERS);
            }
            // every text field is bounded: one character more than it allows (the test fails on an unbounded one)
            values.add("x".repeat(field.max() == null ? 0 : field.max() + 1));
            values.add(Map.of("an", "object"));
            values.add(List.of("a", "list"));
        } else if (type == LocalDate.class) {
            values.addAll(HOSTILE_DATES);
            values.add(Map.of());
        } else if (type == Instant.class) {
            values.addAll(HOSTILE_INSTANTS);
        } else if (type == java.time.LocalTime.class) {
            values.addAll(List.of("25:00", "08:30 PM", "tomorrow"));
            values.add(Map.of());
        } else if (type.isEnum()) {
            values.add("NO_SUCH_VALUE");
            values.add(7);
        } else if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            values.add("abc");
            values.add(new java.math.BigInteger("99999999999999999999"));
            values.add(Map.of());
        } else if (type == Boolean.class || type == boolean.class) {
            values.add("perhaps");
            values.add(List.of());
        }
        return values;
    }

    private Map<String, Object> validBody(Class<?> type) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (catchAll(type, c)) {
                continue;
            }
            Class<?> t = c.getType();
            Object value;
            if (t.isRecord()) {
                value = validBody(t);
            } else if (t == String.class) {
                value = "ok";
            } else if (t == LocalDate.class) {
                value = "2026-03-02";
            } else if (t == Instant.class) {
                value = "2026-03-02T12:00:00Z";
            } else if (t == java.time.LocalTime.class) {
                value = "08:30";
            } else if (t.isEnum()) {
                value = t.getEnumConstants()[0].toString();
            } else if (t == Boolean.class || t == boolean.class) {
                value = false;
            } else {
                value = 0;
            }
            body.put(c.getName(), value);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> valid, String path, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(valid);
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.put(path, value);
        } else {
            String head = path.substring(0, dot);
            copy.put(head, with((Map<String, Object>) valid.get(head), path.substring(dot + 1), value));
        }
        return copy;
    }

    /** The body with {@code path} given twice: first a harmless value, then the valid one. */
    @SuppressWarnings("unchecked")
    private static String duplicated(Map<String, Object> valid, String path) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Object> e : valid.entrySet()) {
            json.append(json.length() > 1 ? "," : "").append(json(e.getKey())).append(':');
            if (e.getKey().equals(head) && dot >= 0) {
                json.append(duplicated((Map<String, Object>) e.getValue(), path.substring(dot + 1)));
            } else {
                json.append(json(e.getValue()));
            }
            if (e.getKey().equals(head) && dot < 0) {
                json.append(',').append(json(e.getKey())).append(':').append(json(e.getValue()));
            }
        }
        return json.append('}').toString();
    }

    private static String json(Object value) {
        try {
            return ESCAPED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.length() + " chars" : json(s);
    }

    // ------------------------------------------------------------------ what was written

    /** Rows in every table of the schema (but the scheduler's locks): a refused request changes none of them. */
    private Map<String, Long> rowCounts() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema"
                + " = current_schema() and table_type = 'BASE TABLE' and table_name not in ('shedlock') order by 1",
                String.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("select '").append(table)
                    .append("', count(*) from \"").append(table).append('"');
        }
        jdbc.query(sql.toString(), rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        assertThat(counts).containsKeys("action_item", "audit_entry", "legal_authority", "executive_action");
        return counts;
    }
}
