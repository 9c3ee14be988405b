package org.excoord.shared;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate validates every entity against its constraints ({@link CleanText}, {@link SaneDate}, {@code @Size} of
 * its column) before it writes it, with the domain's validator: a value that slipped past a command's checks is
 * refused as a {@code jakarta.validation.ConstraintViolationException} naming the field, not by the database.
 */
@Configuration(proxyBeanMethods = false)
class EntityValidationConfiguration {

    @Bean
    HibernatePropertiesCustomizer entityValidation() {
        return properties -> {
            properties.put("jakarta.persistence.validation.mode", "CALLBACK");
            properties.put("jakarta.persistence.validation.factory", Inputs.validatorFactory());
        };
    }
}
