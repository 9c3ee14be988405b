package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.excoord.actionitem.ItemVerb;
import org.excoord.shared.ActionStatus;
import org.junit.jupiter.api.Test;

/** The OpenAPI document: served, lists the API, declares the bearer scheme and hides the resolved caller. */
class OpenApiApiTests extends ApiTestSupport {

    @Test
    void theDocumentListsTheApiWithItsBearerSchemeAndWithoutTheActorParameter() {
        Response docs = get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        assertThat(docs.body().at("/info/title").asText()).isEqualTo("excoord API");
        assertThat(docs.body().at("/info/version").asText()).isEqualTo("v1");
        JsonNode paths = docs.body().get("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("/api/v1/me", "/api/v1/org-units", "/api/v1/org-units/{id}",
                "/api/v1/org-units/{id}/overdue-items", "/api/v1/people", "/api/v1/people/{id}",
                "/api/v1/authorities", "/api/v1/authorities/{ref}", "/api/v1/authorities/{id}/sections/{sectionId}",
                "/api/v1/authorities/{id}/status", "/api/v1/authorities/{id}/analyses", "/api/v1/authorities/{id}/impacts",
                "/api/v1/authorities/{id}/risks", "/api/v1/executive-action-types", "/api/v1/executive-actions",
                "/api/v1/executive-actions/{ref}", "/api/v1/executive-actions/{id}/status",
                "/api/v1/executive-actions/{id}/due-date", "/api/v1/executive-actions/{id}/outcome",
                "/api/v1/executive-actions/{id}/processes", "/api/v1/process-templates", "/api/v1/correspondence",
                "/api/v1/correspondence/{id}", "/api/v1/correspondence/{id}/route", "/api/v1/correspondence/{id}/accept",
                "/api/v1/correspondence/{id}/reassign", "/api/v1/correspondence/{id}/assign",
                "/api/v1/correspondence/{id}/acknowledge", "/api/v1/correspondence/{id}/resolve", "/api/v1/audit",
                "/api/v1/action-items", "/api/v1/action-items/{ref}", "/api/v1/action-items/{id}/transitions",
                "/api/v1/org-units/{id}/planner", "/api/v1/admin/graph-sync/failures",
                "/api/v1/admin/graph-sync/retry");
        assertThat(docs.body().at("/components/securitySchemes").toString()).contains("bearer");
        assertThat(docs.body().get("security")).isNotNull();
        // the caller is resolved from the token, never a parameter
        List<String> parameters = new ArrayList<>();
        paths.forEach(path -> path.forEach(operation -> operation.path("parameters")
                .forEach(p -> parameters.add(p.path("name").asText()))));
        assertThat(parameters).isNotEmpty().doesNotContain("actor");
        assertThat(docs.raw()).doesNotContain("managedPaths");
        // the import takes Markdown, plain text and JSON
        assertThat(docs.body().at("/paths/~1api~1v1~1authorities/post/requestBody/content").toString())
                .contains("text/markdown", "text/plain", "application/json");
    }

    /** The schemas are the code's: every reference resolves, and the enumerations are the domain's. */
    @Test
    void theSchemasDescribeTheRequestAndResponseBodiesOfTheCode() {
        JsonNode docs = get("/v3/api-docs", null).body();
        JsonNode schemas = docs.at("/components/schemas");

        List<String> refs = new ArrayList<>();
        collectRefs(docs, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(ref).startsWith("#/components/schemas/")
                .satisfies(r -> assertThat(schemas.has(r.substring("#/components/schemas/".length())))
                        .as("%s resolves", r).isTrue()));

        JsonNode transition = docs.at("/paths/~1api~1v1~1action-items~1{id}~1transitions/post");
        JsonNode body = schema(schemas, transition.at("/requestBody/content/application~1json/schema"));
        assertThat(enumOf(body.at("/properties/verb"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ItemVerb.values()).map(Enum::name).toList());
        assertThat(body.at("/properties/version/type").asText()).isEqualTo("integer");
        assertThat(body.get("required")).extracting(JsonNode::asText).contains("verb", "version");
        JsonNode item = schema(schemas, transition.at("/responses/200/content/*~1*/schema"));
        assertThat(enumOf(item.at("/properties/status"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ActionStatus.values()).map(Enum::name).toList());
        assertThat(item.at("/properties/version/type").asText()).isEqualTo("integer");

        JsonNode create = schema(schemas, docs.at("/paths/~1api~1v1~1action-items/post/requestBody/content"
                + "/application~1json/schema"));
        assertThat(create.at("/properties/subject/maxLength").asInt()).isPositive();
        assertThat(create.at("/properties/dueDate/format").asText()).isEqualTo("date");

        // every JSON request body is described by an object schema with properties, never an empty one
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> bodies.put(
                op.getKey() + " " + path.getKey(), op.getValue().at("/requestBody/content/application~1json/schema"))));
        bodies.values().removeIf(JsonNode::isMissingNode);
        assertThat(bodies).hasSizeGreaterThan(10).allSatisfy((operation, json) ->
                assertThat(schema(schemas, json).path("properties").size()).as(operation).isPositive());
    }

    private static JsonNode schema(JsonNode schemas, JsonNode schemaOrRef) {
        String ref = schemaOrRef.path("$ref").asText();
        assertThat(ref).as("a named schema").startsWith("#/components/schemas/");
        JsonNode found = schemas.path(ref.substring("#/components/schemas/".length()));
        assertThat(found.isObject()).as(ref).isTrue();
        return found;
    }

    private static List<String> enumOf(JsonNode property) {
        List<String> values = new ArrayList<>();
        property.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        node.properties().forEach(field -> {
            if (field.getKey().equals("$ref")) {
                refs.add(field.getValue().asText());
            }
            collectRefs(field.getValue(), refs);
        });
        if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
