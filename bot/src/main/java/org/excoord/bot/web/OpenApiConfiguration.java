package org.excoord.bot.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.excoord.directory.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: title, version, the Entra ID bearer scheme, and no trace of the
 * {@link Actor} parameter, which is resolved from the token rather than sent by the caller.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "entra-bearer";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI excoordOpenApi() {
        return new OpenAPI()
                .info(new Info().title("excoord API").version("v1").description("""
                        Executive coordination: legal authorities and their analyses, executive actions, action items, \
                        process templates, the executive secretariat's correspondence log, the directory and the audit \
                        trail. Errors are RFC 9457 problem details (application/problem+json): 400 with the `field` at \
                        fault, 403, 404, 409 for a stale `version` (every change carries the version it was based on), \
                        413 for an oversized request."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An Entra ID access token for the excoord API (the caller is the token's oid)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
