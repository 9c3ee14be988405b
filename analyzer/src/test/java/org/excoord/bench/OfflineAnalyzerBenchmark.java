package org.excoord.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.Arrays;
import org.excoord.analyzer.azure.AzureOpenAiAnalyzer;
import org.excoord.analyzer.azure.AzureOpenAiSettings;
import org.excoord.analyzer.offline.OfflineAnalyzer;
import org.excoord.authority.AuthorityTextParser;
import org.excoord.authority.ParsedAuthority;
import org.excoord.authority.analysis.AnalysisResult;

/**
 * Time for the offline analyzer on EO 14110 (136 KB, the largest sample): parse + analyze, first run (cold JVM) and
 * the median of 20 warm runs; prints what it found so the numbers can be judged against the output. Then the tokens
 * the Azure OpenAI adapter sends for the same text (to a loopback stub), against the text's own token count.
 *
 * <p>Run: {@code ./mvnw -q -pl analyzer test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.excoord.bench.OfflineAnalyzerBenchmark}
 */
public final class OfflineAnalyzerBenchmark {

    private OfflineAnalyzerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String text;
        try (InputStream in = OfflineAnalyzerBenchmark.class.getResourceAsStream("/authorities/eo-14110.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        OfflineAnalyzer analyzer = new OfflineAnalyzer();
        long t0 = System.nanoTime();
        AnalysisResult first = analyzer.analyze(new AuthorityTextParser().parse(text));
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] warm = new double[20];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            ParsedAuthority parsed = new AuthorityTextParser().parse(text);
            analyzer.analyze(parsed);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        report("EO 14110, %,d characters: parse + analyze cold %.0f ms, warm median %.1f ms (max %.1f ms)",
                text.length(), cold, warm[warm.length / 2], warm[warm.length - 1]);
        report("%d duties (%d with a date), %d key points, %d references", first.obligations().size(),
                first.obligations().stream().filter(o -> o.deadline() != null && o.deadline().due() != null).count(),
                first.keyPoints().size(), first.references().size());
        report("summary: %s", first.summary());
        first.obligations().stream().limit(12).forEach(o -> report("  %-14s %-60.60s | %-50.50s | %s", o.sectionId(),
                o.actor(), o.action(), o.deadline() == null ? "" : o.deadline().due() != null ? o.deadline().due()
                        : o.deadline().text()));
        azureTokenBudget(text);
    }

    /** Tokens the Azure OpenAI adapter sends for EO 14110 (to a loopback stub), against the text's own tokens. */
    private static void azureTokenBudget(String text) throws IOException {
        WireMockServer stub = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        stub.start();
        try {
            stub.stubFor(WireMock.post(WireMock.urlEqualTo("/openai/v1/chat/completions")).willReturn(WireMock.aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"id\":\"x\",\"object\":\"chat.completion\","
                            + "\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
                            + "\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"key_points\\\":[],\\\"obligations\\\":[]}\"}}],"
                            + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}")));
            AzureOpenAiAnalyzer azure = new AzureOpenAiAnalyzer(new AzureOpenAiSettings("http://127.0.0.1:" + stub.port(),
                    "key", null, "gpt-4o", 8_000, Duration.ofSeconds(10)));
            ParsedAuthority parsed = new AuthorityTextParser().parse(text);
            azure.analyze(parsed);
            ObjectMapper json = new ObjectMapper();
            long sent = 0;
            for (var event : stub.getAllServeEvents()) {
                for (JsonNode m : json.readTree(event.getRequest().getBodyAsString()).get("messages")) {
                    sent += azure.tokens(m.get("content").asText());
                }
            }
            int own = azure.tokens(parsed.body());
            report("Azure OpenAI adapter, chunks of 8,000 tokens: %d requests, %,d tokens sent for a text of %,d tokens "
                    + "(%.3f x)", stub.getAllServeEvents().size(), sent, own, (double) sent / own);
        } finally {
            stub.stop();
        }
    }

    @SuppressWarnings("java:S106") // a benchmark's output is its report
    private static void report(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
