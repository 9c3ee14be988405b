package org.excoord.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
                "/api/v1/action-items", "/api/v1/action-items/{ref}", "/api/v1/action-items/{id}/transitions");
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
}
