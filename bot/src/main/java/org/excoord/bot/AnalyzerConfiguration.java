package org.excoord.bot;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.excoord.analyzer.azure.AzureOpenAiAnalyzer;
import org.excoord.analyzer.azure.AzureOpenAiSettings;
import org.excoord.analyzer.azure.EntraClientCredentials;
import org.excoord.analyzer.offline.OfflineAnalyzer;
import org.excoord.authority.analysis.AuthorityAnalyzer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The analyzers, first choice first: Azure OpenAI when {@code excoord.analyzer.azure.endpoint} is set, and the
 * offline analyzer always — the default without an endpoint and the fallback when the service cannot answer.
 */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

    @Bean
    @Order(0)
    @ConditionalOnProperty("excoord.analyzer.azure.endpoint")
    AuthorityAnalyzer azureOpenAiAnalyzer(Environment env, Clock clock) {
        String key = env.getProperty("excoord.analyzer.azure.api-key");
        Supplier<String> token = null;
        if (key == null || key.isBlank()) {
            // no key: an Entra ID app registration (client credentials); government clouds set login-host and scope
            token = new EntraClientCredentials(
                    env.getProperty("excoord.analyzer.azure.login-host", "https://login.microsoftonline.com"),
                    env.getRequiredProperty("excoord.analyzer.azure.tenant-id"),
                    env.getRequiredProperty("excoord.analyzer.azure.client-id"),
                    env.getRequiredProperty("excoord.analyzer.azure.client-secret"),
                    env.getProperty("excoord.analyzer.azure.scope", "https://cognitiveservices.azure.com/.default"), clock);
        }
        return new AzureOpenAiAnalyzer(new AzureOpenAiSettings(env.getRequiredProperty("excoord.analyzer.azure.endpoint"),
                key, token, env.getRequiredProperty("excoord.analyzer.azure.deployment"),
                env.getProperty("excoord.analyzer.azure.chunk-tokens", Integer.class, 8_000),
                env.getProperty("excoord.analyzer.azure.timeout", Duration.class, Duration.ofSeconds(30))));
    }

    @Bean
    @Order(100)
    AuthorityAnalyzer offlineAnalyzer() {
        return new OfflineAnalyzer();
    }
}
