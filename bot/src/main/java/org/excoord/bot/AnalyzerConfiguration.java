package org.excoord.bot;

import org.excoord.analyzer.offline.OfflineAnalyzer;
import org.excoord.authority.analysis.AuthorityAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline analyzer: the default until an Azure OpenAI deployment is configured. */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

    @Bean
    AuthorityAnalyzer offlineAnalyzer() {
        return new OfflineAnalyzer();
    }
}
