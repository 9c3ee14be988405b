package org.excoord.bot.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.ImportAuthority;
import org.excoord.directory.Actor;
import org.excoord.directory.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analysis over REST with Azure OpenAI configured (a loopback stub): answers are cached per text — asking again
 * sends nothing — and when the service cannot answer, the offline analyzer does, saying why.
 */
class AnalysisApiTests extends ApiTestSupport {

    private static final WireMockServer AZURE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String QUOTE = "Within 60 days of the date of this order, the Director of the Office of "
            + "Management and Budget (OMB), in consultation with the Secretary of Defense";

    static {
        AZURE.start();
    }

    @DynamicPropertySource
    static void azure(DynamicPropertyRegistry registry) {
        registry.add("excoord.analyzer.azure.endpoint", () -> "http://127.0.0.1:" + AZURE.port());
        registry.add("excoord.analyzer.azure.api-key", () -> "test-key");
        registry.add("excoord.analyzer.azure.deployment", () -> "gpt-4o-test");
    }

    @AfterAll
    static void stop() {
        AZURE.stop();
    }

    @Test
    void theModelIsAskedOnceAndItsVerifiedAnswerKept() throws Exception {
        long id = importOrder("eo-14028.md");
        String content = "{\"key_points\":[],\"obligations\":[{\"actor\":\"the Director of OMB\",\"action\":\"review the FAR\","
                + "\"deadline\":\"Within 60 days of the date of this order\",\"section_id\":\"Sec. 2(b)\",\"quote\":\""
                + QUOTE + "\"}]}";
        answer("stop", content);
        Person reader = fixtures.person("Rhea Reader", null);

        Response first = get("/api/v1/authorities/" + id + "/analysis", reader);
        int requests = AZURE.getAllServeEvents().size();
        Response again = get("/api/v1/authorities/" + id + "/analysis", reader);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("analyzer")).isEqualTo("azure-openai:gpt-4o-test:v2");
        assertThat(first.body().at("/obligations/0/deadline/due").asText()).isEqualTo("2021-07-11");
        assertThat(requests).isPositive();
        assertThat(AZURE.getAllServeEvents()).as("a repeated request sends nothing").hasSize(requests);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void whenTheServiceCannotAnswerTheOfflineAnalyzerDoesAndSaysWhy() throws Exception {
        long cited = importOrder("eo-14028.md");
        long id = importOrder("eo-14144.md");
        AZURE.resetAll();
        answer("content_filter", "{}");

        Response analysis = get("/api/v1/authorities/" + id + "/analysis", fixtures.person("Finn Fallback", null));

        assertThat(analysis.status()).isEqualTo(200);
        assertThat(analysis.text("analyzer")).isEqualTo("offline-3");
        assertThat(analysis.text("notice")).contains("content filter").contains("from the text alone");
        assertThat(analysis.body().get("obligations").size()).isPositive();
        assertThat(analysis.body().get("references")).anySatisfy(r -> {
            assertThat(r.get("executiveOrderNumber").asText()).isEqualTo("14028");
            assertThat(r.get("authorityId").asLong()).isEqualTo(cited);
        });
    }

    private long importOrder(String file) throws Exception {
        String text = new String(getClass().getResourceAsStream("/authorities/" + file).readAllBytes(),
                StandardCharsets.UTF_8);
        return context.getBean(AuthorityCatalog.class).importText(ImportAuthority.of(text), Actor.system()).orElseThrow()
                .authority().getId();
    }

    private static void answer(String finishReason, String content) throws Exception {
        String escaped = JSON.writeValueAsString(content);
        AZURE.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/openai/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"x\",\"object\":\"chat.completion\","
                        + "\"created\":1,\"model\":\"gpt-4o-test\",\"choices\":[{\"index\":0,\"finish_reason\":\""
                        + finishReason + "\",\"message\":{\"role\":\"assistant\",\"content\":" + escaped + "}}],"
                        + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}")));
    }
}
