package org.excoord.bot.local;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class LocalModeConfiguration {

    /** First of all filters (before security and the size cap), and only when some endpoints authenticate nobody. */
    @Bean
    FilterRegistrationBean<LocalRequestFilter> localRequestFilter(ObjectProvider<EndpointAuthentication> groups) {
        List<EndpointAuthentication> all = groups.orderedStream().toList();
        FilterRegistrationBean<LocalRequestFilter> registration = new FilterRegistrationBean<>(new LocalRequestFilter(all));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(all.stream().anyMatch(EndpointAuthentication::off));
        return registration;
    }
}
