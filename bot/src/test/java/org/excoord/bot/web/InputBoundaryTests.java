package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the input rules accept goes through and comes back unchanged: the first and last accepted dates, texts of
 * exactly the column's size, emoji, CJK and right-to-left text, tabs and line breaks where a text may have them,
 * and an authority title of the longest accepted length (which failed with a 409 while the amendment derived from
 * it had a column of 300).
 */
@SecurityTest
class InputBoundaryTests extends ApiTestSupport {

    private static final String WORLD = "😀 漢字かな 한국어 עברית \u00e9\u0301 👩‍👩‍👧";

    private Person admin;

    @BeforeEach
    void people() {
        OrgUnit unit = fixtures.unit("Boundary Office", null);
        admin = fixtures.person("Bea Boundary", unit, Role.ADMIN, Role.SECRETARIAT, Role.MANAGER);
    }

    @Test
    void theFirstAndLastAcceptedDatesRoundTrip() {
        Response item = post("/api/v1/action-items", Map.of("subject", "Dates", "startDate", "1900-01-01",
                "dueDate", "2200-12-31"), admin);
        assertThat(item.status()).as(item.raw()).isEqualTo(201);
        Response read = get("/api/v1/action-items/" + item.body().get("id").asLong(), admin);
        assertThat(read.text("startDate")).isEqualTo("1900-01-01");
        assertThat(read.text("dueDate")).isEqualTo("2200-12-31");

        Response moved = put("/api/v1/action-items/" + item.body().get("id").asLong() + "/due-date",
                Map.of("dueDate", "1900-01-01", "version", read.body().get("version").asLong()), admin);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.text("dueDate")).isEqualTo("1900-01-01");

        long typeId = get("/api/v1/executive-action-types", admin).body().get(0).get("id").asLong();
        Response letter = post("/api/v1/correspondence", Map.of("subject", "Old letter", "typeId", typeId,
                "dueDate", "2200-12-31", "receipt", Map.of("receivedAt", "1900-01-01T00:00:00Z", "method", "MAIL")),
                admin);
        assertThat(letter.status()).as(letter.raw()).isEqualTo(201);
        assertThat(letter.body().at("/executiveAction/dueDate").asText()).isEqualTo("2200-12-31");
        assertThat(letter.body().at("/executiveAction/receipt/receivedAt").asText()).isEqualTo("1900-01-01T00:00:00Z");
    }

    @Test
    void textsOfExactlyTheColumnSizeInAnyScriptRoundTripUnchanged() {
        String subject = fill(WORLD, 400);
        String details = "Line one\twith a tab\r\nline two " + WORLD + "\n\n" + "x".repeat(9_000);
        Response item = post("/api/v1/action-items", Map.of("subject", subject, "details", details), admin);
        assertThat(item.status()).as(item.raw()).isEqualTo(201);
        long id = item.body().get("id").asLong();
        Response read = get("/api/v1/action-items/" + id, admin);
        assertThat(read.text("subject")).isEqualTo(subject);
        assertThat(read.text("details")).isEqualTo(details);

        String comment = "Reviewed.\n" + WORLD + "\tok";
        assertThat(post("/api/v1/action-items/" + id + "/comments", Map.of("body", comment), admin).status())
                .isEqualTo(201);
        assertThat(get("/api/v1/action-items/" + id + "/comments", admin).body().get(0).get("body").asText())
                .isEqualTo(comment);

        long typeId = get("/api/v1/executive-action-types", admin).body().get(0).get("id").asLong();
        String name = fill(WORLD, 100);
        String from = fill("Ministère 省 ", 200);
        Response action = post("/api/v1/executive-actions", Map.of("name", name, "typeId", typeId,
                "receipt", Map.of("receivedAt", "2026-03-02T12:00:00Z", "method", "EMAIL", "fromPerson", from)), admin);
        assertThat(action.status()).as(action.raw()).isEqualTo(201);
        assertThat(action.text("name")).isEqualTo(name);
        assertThat(action.body().at("/receipt/fromPerson").asText()).isEqualTo(from);
    }

    @Test
    void anAuthorityWithATitleOfTheLongestAcceptedLengthIsImported() {
        String title = fill("Strengthening the Nation's Coordination 協調 " + System.nanoTime() + " ", 850);
        Response imported = post("/api/v1/authorities", Map.of("name", title,
                "text", "# Short title\n\n## Sec. 1. Purpose\n\n(a) Agencies shall report.\n"), admin);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        Response read = get("/api/v1/authorities/" + imported.body().at("/authority/id").asLong(), admin);
        assertThat(read.text("name")).isEqualTo(title);
        assertThat(read.body().get("amendments").get(0).get("name").asText()).isEqualTo("Original: " + title);
    }

    @Test
    void metadataATextStatesBeyondWhatCanBeStoredIsCutOrDroppedAndTheTextIsImported() {
        String heading = "Purpose " + "and scope ".repeat(70);
        String text = "# Oversized " + System.nanoTime() + "\n\n**Date:** January 1, 0001\n\n"
                + "Document Number: " + "D".repeat(150) + "\n\nExecutive Order Number: " + "9".repeat(30) + "\n\n"
                + "## Sec. 1. " + heading + "\n\n(a) Agencies shall report.\n\n## Sec. " + "7".repeat(40)
                + ". Numbered past belief\n\nText.\n";
        Response imported = post("/api/v1/authorities", Map.of("text", text), admin);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        Response read = get("/api/v1/authorities/" + imported.body().at("/authority/id").asLong(), admin);
        assertThat(read.body().get("signingDate").isNull()).isTrue();
        assertThat(read.body().get("executiveOrderNumber").isNull()).isTrue();
        assertThat(read.body().get("documentNumber").isNull()).isTrue();
        JsonNode first = null;
        for (JsonNode section : read.body().get("sections")) {
            first = "Sec. 1".equals(section.get("sectionId").asText()) ? section : first;
        }
        assertThat(first).as(read.raw()).isNotNull();
        assertThat(first.get("heading").asText()).hasSize(500).startsWith("Purpose and scope");
        assertThat(read.body().get("sections")).extracting(s -> s.get("sectionId").asText())
                .allMatch(id -> id.length() <= 100);
    }

    /** {@code pattern} repeated and cut to exactly {@code length} UTF-16 units, without splitting a surrogate pair. */
    private static String fill(String pattern, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(pattern);
        }
        s.setLength(length);
        if (Character.isHighSurrogate(s.charAt(length - 1))) {
            s.setCharAt(length - 1, 'x');
        }
        return s.toString();
    }
}
