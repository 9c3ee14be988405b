package org.excoord.bot;

import java.time.Duration;
import org.excoord.analyzer.azure.AzureOpenAiAnalyzer;
import org.excoord.analyzer.azure.AzureOpenAiSettings;
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
    AuthorityAnalyzer azureOpenAiAnalyzer(Environment env) {
        return new AzureOpenAiAnalyzer(new AzureOpenAiSettings(env.getRequiredProperty("excoord.analyzer.azure.endpoint"),
                env.getRequiredProperty("excoord.analyzer.azure.api-key"),
                env.getRequiredProperty("excoord.analyzer.azure.deployment"),
                env.getProperty("excoord.analyzer.azure.chunk-tokens", Integer.class, 8_000),
                env.getProperty("excoord.analyzer.azure.timeout", Duration.class, Duration.ofSeconds(30))));
    }

    @Bean
    @Order(100)
    AuthorityAnalyzer offlineAnalyzer() {
        return new OfflineAnalyzer();
    }
}
