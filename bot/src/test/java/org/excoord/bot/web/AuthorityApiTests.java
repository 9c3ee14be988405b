package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Authorities over HTTP: importing the real EO 14028 and EO 14144 (sections, cross-references both ways,
 * idempotent re-import), lookups by number, sections by their id, status, and analyses, impacts and risks.
 */
class AuthorityApiTests extends ApiTestSupport {

    private OrgUnit unit;
    private Person secretariat;
    private Person manager;
    private Person staff;

    @BeforeEach
    void people() {
        unit = fixtures.unit("Authority Office", null);
        secretariat = fixtures.person("Sue Secretariat", unit, Role.SECRETARIAT);
        manager = fixtures.manager("Max Manager", unit);
        staff = fixtures.person("Stu Staff", unit);
    }

    @Test
    void eo14028IsImportedWithItsSectionsAndReImportingItChangesNothing() {
        Response first = postRaw("/api/v1/authorities", "text/markdown; charset=UTF-8", sample("eo-14028.md"), secretariat);

        // another test in this JVM may have imported it already: then it is unchanged, never a second copy
        assertThat(first.status()).isIn(200, 201);
        assertThat(first.text("outcome")).isIn("CREATED", "UNCHANGED");
        assertThat(first.body().get("sections").asInt()).isGreaterThan(50);
        long id = first.body().at("/authority/id").asLong();
        assertThat(first.body().at("/authority/executiveOrderNumber").asText()).isEqualTo("14028");
        assertThat(first.body().at("/authority/type").asText()).isEqualTo("EXECUTIVE_ORDER");

        Response again = postRaw("/api/v1/authorities", "text/markdown; charset=UTF-8", sample("eo-14028.md"), secretariat);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("outcome")).isEqualTo("UNCHANGED");
        assertThat(again.body().at("/authority/id").asLong()).isEqualTo(id);

        Response details = get("/api/v1/authorities/" + id, staff);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.text("name")).isEqualTo("Improving the Nation's Cybersecurity");
        assertThat(details.text("documentNumber")).isEqualTo("2021-10460");
        assertThat(details.text("citation")).isEqualTo("86 FR 26633");
        assertThat(details.text("signingDate")).isEqualTo("2021-05-12");
        assertThat(details.text("issuingBody")).isEqualTo("The President");
        assertThat(details.text("contentHash")).hasSize(64);
        JsonNode sections = details.body().get("sections");
        assertThat(sections).extracting(s -> s.get("sectionId").asText())
                .contains("Preamble", "Sec. 1", "Sec. 2", "Sec. 2(b)", "Sec. 4(e)(i)(A)", "Sec. 11");
        JsonNode sec2 = section(sections, "Sec. 2");
        assertThat(sec2.get("heading").asText()).isEqualTo("Removing Barriers to Sharing Threat Information");
        assertThat(sec2.get("level").asInt()).isEqualTo(1);
        assertThat(section(sections, "Sec. 2(b)").get("parentSectionId").asText()).isEqualTo("Sec. 2");
        assertThat(section(sections, "Sec. 2(b)").get("text").asText()).startsWith("(b) Within 60 days of the date of this order");
        assertThat(details.body().get("amendments")).anySatisfy(a ->
                assertThat(a.get("submissionType").asText()).isEqualTo("ORIGINAL"));
        // the text kept its typography (read as UTF-8)
        assertThat(details.raw()).contains("3\u2014The President").doesNotContain("\uFFFD");
    }

    @Test
    void crossReferencesAreLinkedInBothDirections() {
        long eo14028 = importSample("eo-14028.md");
        long eo14144 = importSample("eo-14144.md");

        Response citing = get("/api/v1/authorities/" + eo14144, staff);
        assertThat(citing.body().get("references")).anySatisfy(r -> {
            assertThat(r.get("toExecutiveOrderNumber").asText()).isEqualTo("14028");
            assertThat(r.get("toCitation").asText()).isEqualTo("Executive Order 14028");
            assertThat(r.get("toAuthorityId").asLong()).isEqualTo(eo14028);
            assertThat(r.get("sectionId").asText()).startsWith("Sec. ");
            assertThat(r.get("context").asText()).contains("Executive Order 14028");
        });
        assertThat(citing.body().get("references")).anySatisfy(r -> {
            assertThat(r.get("toExecutiveOrderNumber").asText()).isEqualTo("13694");
            assertThat(r.get("relation").asText()).isEqualTo("AMENDS");
        });

        Response cited = get("/api/v1/authorities/" + eo14028, staff);
        assertThat(cited.body().get("referencedBy")).anySatisfy(r ->
                assertThat(r.get("fromAuthorityId").asLong()).isEqualTo(eo14144));
    }

    @Test
    void anAuthorityIsFoundByIdOrderNumberOrDocumentNumber() {
        long id = importSample("eo-14028.md");

        for (String ref : new String[] {String.valueOf(id), "14028", "EO 14028", "E.O. 14028", "2021-10460"}) {
            Response found = get("/api/v1/authorities/" + ref.replace(" ", "%20"), staff);
            assertThat(found.status()).as(ref).isEqualTo(200);
            assertThat(found.body().get("id").asLong()).as(ref).isEqualTo(id);
        }
        Response missing = get("/api/v1/authorities/EO%2099999", staff);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");

        Response search = get("/api/v1/authorities?q=" + encode("Nation's Cybersecurity") + "&page=0&size=50", staff);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body().get("content")).anySatisfy(a -> {
            assertThat(a.get("id").asLong()).isEqualTo(id);
            assertThat(a.get("executiveOrderNumber").asText()).isEqualTo("14028");
            assertThat(a.get("status").asText()).isEqualTo("ACTIVE");
        });
        assertThat(get("/api/v1/authorities?q=14028", staff).body().get("content"))
                .extracting(a -> a.get("id").asLong()).contains(id);
    }

    @Test
    void aSectionIsFoundByItsUrlEncodedId() {
        long id = importSample("eo-14028.md");

        Response section = get("/api/v1/authorities/" + id + "/sections/" + pathSegment("Sec. 4(e)(i)(A)"), staff);
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.text("sectionId")).isEqualTo("Sec. 4(e)(i)(A)");
        assertThat(section.text("parentSectionId")).isEqualTo("Sec. 4(e)(i)");
        assertThat(section.body().get("level").asInt()).isEqualTo(4);
        assertThat(section.text("text")).contains("using administratively separate build environments");

        // the spaces encoded as %20, the parentheses either raw or encoded
        Response raw = get("/api/v1/authorities/" + id + "/sections/Sec.%202(b)", staff);
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.text("text")).startsWith("(b) Within 60 days");
        assertThat(get("/api/v1/authorities/" + id + "/sections/Sec.%202%28b%29", staff).text("sectionId"))
                .isEqualTo("Sec. 2(b)");
        assertThat(get("/api/v1/authorities/" + id + "/sections/Preamble", staff).status()).isEqualTo(200);

        assertThat(get("/api/v1/authorities/" + id + "/sections/" + pathSegment("Sec. 99(z)"), staff).status())
                .isEqualTo(404);
        assertThat(get("/api/v1/authorities/" + Long.MAX_VALUE + "/sections/Preamble", staff).status()).isEqualTo(404);
        assertThat(get("/api/v1/authorities/" + id + "/sections", staff).body()).hasSizeGreaterThan(50);
    }

    @Test
    void aNewTextIsCreatedWithItsLocationFromJsonWithMetadata() {
        String marker = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>();
        body.put("text", syntheticText(marker));
        body.put("name", "Testing Guidance " + marker);
        body.put("type", "GUIDANCE");
        body.put("jurisdiction", "STATE");
        body.put("issuingBody", "Office of Testing");
        body.put("sourceUrl", "https://example.gov/testing");
        body.put("tags", "testing,quality");

        HttpResponse<String> created = exchange(HttpRequest.newBuilder(uri("/api/v1/authorities"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))), secretariat);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode result = read(created.body());
        long id = result.at("/authority/id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/authorities/" + id));
        assertThat(result.get("outcome").asText()).isEqualTo("CREATED");
        assertThat(result.get("sections").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(result.get("crossReferences").asInt()).isZero();

        Response details = get("/api/v1/authorities/" + id, staff);
        assertThat(details.text("name")).isEqualTo("Testing Guidance " + marker);
        assertThat(details.text("type")).isEqualTo("GUIDANCE");
        assertThat(details.text("jurisdiction")).isEqualTo("STATE");
        assertThat(details.text("issuingBody")).isEqualTo("Office of Testing");
        assertThat(details.text("sourceUrl")).isEqualTo("https://example.gov/testing");
        assertThat(details.text("tags")).isEqualTo("testing,quality");
        assertThat(details.body().get("sections")).extracting(s -> s.get("sectionId").asText())
                .contains("Sec. 1", "Sec. 1(a)", "Sec. 1(b)", "Sec. 1(b)(i)", "Sec. 2");
    }

    @Test
    void plainTextTakesItsMetadataFromQueryParameters() {
        String marker = UUID.randomUUID().toString();
        Response created = postRaw("/api/v1/authorities?name=" + encode("Plain " + marker) + "&type=POLICY&tags=plain",
                "text/markdown", syntheticText(marker), secretariat);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/authority/name").asText()).isEqualTo("Plain " + marker);
        assertThat(created.body().at("/authority/type").asText()).isEqualTo("POLICY");

        Response badType = postRaw("/api/v1/authorities?type=NOVEL", "text/markdown", syntheticText(marker), secretariat);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.text("field")).isEqualTo("type");
    }

    @Test
    void onlyTheSecretariatOrAdministratorsImport() {
        Response refused = postRaw("/api/v1/authorities", "text/markdown", syntheticText(UUID.randomUUID().toString()), staff);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Response managerRefused = post("/api/v1/authorities", Map.of("text", syntheticText("m")), manager);
        assertThat(managerRefused.status()).isEqualTo(403);
    }

    @Test
    void anEmptyOrOversizedTextIsA400NamingTheText() {
        for (Response empty : new Response[] {postRaw("/api/v1/authorities", "text/markdown", "", secretariat),
                postRaw("/api/v1/authorities", "text/markdown", "  \n ", secretariat),
                post("/api/v1/authorities", Map.of("text", "   "), secretariat),
                post("/api/v1/authorities", Map.of("name", "No text"), secretariat)}) {
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.contentType()).startsWith("application/problem+json");
            assertThat(empty.text("field")).isEqualTo("text");
        }

        String oversized = "a".repeat(2_000_001);
        Response tooLongText = postRaw("/api/v1/authorities", "text/markdown", oversized, secretariat);
        assertThat(tooLongText.status()).isEqualTo(400);
        assertThat(tooLongText.text("field")).isEqualTo("text");
        Response tooLongJson = post("/api/v1/authorities", Map.of("text", oversized), secretariat);
        assertThat(tooLongJson.status()).isEqualTo(400);
        assertThat(tooLongJson.text("field")).isEqualTo("text");
    }

    @Test
    void aBodyDeclaredBeyondTheRequestCapIs413NotA500() throws IOException {
        // the request line and headers only: the answer must come before (and without) reading any of the body
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            String head = "POST /api/v1/authorities HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/markdown\r\n"
                    + "Content-Length: " + (RequestSizeLimitFilter.MAX_BYTES + 1) + "\r\n"
                    + CurrentActorResolver.USER_HEADER + ": " + secretariat.getUpn() + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder rest = new StringBuilder();
            int length = 0;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                rest.append(line).append('\n');
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            rest.append(body, 0, read);
            assertThat(status).startsWith("HTTP/1.1 413");
            assertThat(rest.toString()).containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":413");
        }
    }

    @Test
    void theSecretariatChangesTheStatusOthersMayNot() {
        long id = importSynthetic();

        Response repealed = put("/api/v1/authorities/" + id + "/status",
                Map.of("status", "REPEALED", "notes", "Revoked by a later order"), secretariat);
        assertThat(repealed.status()).isEqualTo(200);
        assertThat(repealed.text("status")).isEqualTo("REPEALED");
        assertThat(get("/api/v1/authorities/" + id, staff).text("dispositionNotes")).isEqualTo("Revoked by a later order");

        assertThat(put("/api/v1/authorities/" + id + "/status", Map.of("status", "ACTIVE"), staff).status()).isEqualTo(403);
        Response badStatus = put("/api/v1/authorities/" + id + "/status", Map.of("status", "GONE"), secretariat);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.text("field")).isEqualTo("status");
        Response noStatus = put("/api/v1/authorities/" + id + "/status", Map.of("notes", "?"), secretariat);
        assertThat(noStatus.status()).isEqualTo(400);
        assertThat(noStatus.text("field")).isEqualTo("status");
        assertThat(put("/api/v1/authorities/" + Long.MAX_VALUE + "/status", Map.of("status", "ACTIVE"), secretariat)
                .status()).isEqualTo(404);
    }

    @Test
    void analysesImpactsAndRisksAreRecordedAgainstAnAuthority() {
        long id = importSynthetic();

        Map<String, Object> analysis = new HashMap<>();
        analysis.put("name", "What it means for us");
        analysis.put("orgUnitId", unit.getId());
        analysis.put("pocId", manager.getId());
        analysis.put("summary", "A lot of testing");
        analysis.put("analysisFrom", "2026-01-05");
        analysis.put("analysisTo", "2026-02-05");
        Response recorded = post("/api/v1/authorities/" + id + "/analyses", analysis, manager);
        assertThat(recorded.status()).isEqualTo(201);
        long analysisId = recorded.body().get("id").asLong();
        assertThat(recorded.body().get("authorityId").asLong()).isEqualTo(id);
        assertThat(recorded.body().at("/poc/id").asLong()).isEqualTo(manager.getId());
        assertThat(recorded.text("status")).isEqualTo("NEW");
        assertThat(get("/api/v1/authorities/" + id + "/analyses", staff).body())
                .extracting(a -> a.get("id").asLong()).containsExactly(analysisId);

        Map<String, Object> impact = new HashMap<>();
        impact.put("name", "More test environments");
        impact.put("analysisId", analysisId);
        impact.put("orgUnitId", unit.getId());
        impact.put("level", "HIGH");
        impact.put("likelihood", "MEDIUM");
        impact.put("relevance", "DIRECT");
        impact.put("targetDate", "2026-06-30");
        impact.put("aiAssisted", true);
        Response impactRecorded = post("/api/v1/authorities/" + id + "/impacts", impact, secretariat);
        assertThat(impactRecorded.status()).isEqualTo(201);
        assertThat(impactRecorded.text("level")).isEqualTo("HIGH");
        assertThat(impactRecorded.body().get("analysisId").asLong()).isEqualTo(analysisId);
        assertThat(get("/api/v1/authorities/" + id + "/impacts", staff).body()).hasSize(1);

        Response risk = post("/api/v1/authorities/" + id + "/risks", Map.of("name", "Schedule slip", "level", "LOW",
                "likelihood", "HIGH"), manager);
        assertThat(risk.status()).isEqualTo(201);
        assertThat(get("/api/v1/authorities/" + id + "/risks", staff).body()).extracting(r -> r.get("name").asText())
                .containsExactly("Schedule slip");

        // only managers, the secretariat and administrators record them; bad input names its field
        assertThat(post("/api/v1/authorities/" + id + "/analyses", Map.of("name", "Mine"), staff).status()).isEqualTo(403);
        assertField(post("/api/v1/authorities/" + id + "/analyses", Map.of("summary", "no name"), manager), "name");
        assertField(post("/api/v1/authorities/" + id + "/analyses", Map.of("name", "x", "orgUnitId", Long.MAX_VALUE),
                manager), "orgUnitId");
        assertField(post("/api/v1/authorities/" + id + "/analyses", Map.of("name", "x", "pocId", Long.MAX_VALUE),
                manager), "pocId");
        assertField(post("/api/v1/authorities/" + id + "/analyses", Map.of("name", "x", "analysisFrom", "05/01/2026"),
                manager), "analysisFrom");
        assertField(post("/api/v1/authorities/" + id + "/risks", Map.of("name", "x", "level", "EXTREME"), manager), "level");
        assertField(post("/api/v1/authorities/" + id + "/impacts", Map.of("name", "x", "generalCategory", "c".repeat(61)),
                manager), "generalCategory");
        long other = importSynthetic();
        assertField(post("/api/v1/authorities/" + other + "/impacts", Map.of("name", "x", "analysisId", analysisId),
                manager), "analysisId");
        assertThat(post("/api/v1/authorities/" + Long.MAX_VALUE + "/impacts", Map.of("name", "x"), manager).status())
                .isEqualTo(404);
        assertThat(get("/api/v1/authorities/" + Long.MAX_VALUE + "/analyses", manager).status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ helpers

    private long importSample(String file) {
        Response imported = postRaw("/api/v1/authorities", "text/markdown; charset=UTF-8", sample(file), secretariat);
        assertThat(imported.status()).isIn(200, 201);
        return imported.body().at("/authority/id").asLong();
    }

    private long importSynthetic() {
        Response imported = postRaw("/api/v1/authorities", "text/markdown; charset=UTF-8",
                syntheticText(UUID.randomUUID().toString()), secretariat);
        assertThat(imported.status()).isEqualTo(201);
        return imported.body().at("/authority/id").asLong();
    }

    /** A small order-like text without order or document number, unique by {@code marker}. */
    private static String syntheticText(String marker) {
        return "Guidance on Testing " + marker + "\n\n"
                + "By the authority of the Office of Testing, it is directed as follows:\n\n"
                + "Sec. 1. Policy. (a) Agencies shall test everything, reference " + marker + ".\n"
                + "(b) Within 30 days of this guidance, the Director shall report:\n"
                + "(i) coverage; and\n"
                + "(ii) gaps.\n\n"
                + "Sec. 2. Definitions. (a) Test means a check.\n";
    }

    static String sample(String name) {
        try (InputStream in = AuthorityApiTests.class.getResourceAsStream("/authorities/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /authorities/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode section(JsonNode sections, String id) {
        for (JsonNode s : sections) {
            if (s.get("sectionId").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no section " + id);
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("field")).as(response.raw()).isEqualTo(field);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One path segment, percent-encoded (URLEncoder encodes for forms: a space would become '+'). */
    private static String pathSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, Person as) {
        request.header(CurrentActorResolver.USER_HEADER, as.getUpn());
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
