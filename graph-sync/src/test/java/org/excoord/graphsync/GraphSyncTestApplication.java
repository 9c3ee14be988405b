package org.excoord.graphsync;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Boots core and graph-sync (JPA, Flyway with both migration folders, the services) for graph-sync's tests. It
 * lives in graph-sync's package, so it names org.excoord for component, entity and repository scanning, leaving out
 * other applications found there (in a reactor build core's whole test-classes folder, CoreTestApplication
 * included, is on the class path). Graph itself is whatever gateway the test provides (none when graph-sync is off).
 * It declares no beans (the clock is {@link TestClockConfiguration}, imported by the tests), so another test
 * application whose scan finds it (the push's) gets nothing twice.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "org.excoord")
@ComponentScan(basePackages = "org.excoord", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class)})
@ConfigurationPropertiesScan("org.excoord.graphsync")
public class GraphSyncTestApplication {
}
