package org.excoord.bot.teams;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.excoord.bot.DatabaseUnavailable;
import org.excoord.bot.local.EndpointAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
class TeamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

    /** The Bot Connector's endpoint; without an app id it takes activities from anyone who can reach it. */
    @Bean
    EndpointAuthentication botAuthentication(TeamsProperties properties) {
        return new EndpointAuthentication("the bot endpoint /api/messages",
                properties.authenticationEnabled() ? Optional.empty() : Optional.of("an empty excoord.teams.app-id"),
                "/api/messages"::equals, List.of(MediaType.APPLICATION_JSON));
    }

    @Bean
    TeamsBotAdapter teamsBotAdapter(TeamsProperties properties) {
        if (!properties.authenticationEnabled()) {
            // one log call per line: the log escapes line breaks inside a message (no forged lines)
            """
                    ************************************************************************************
                    *  BOT AUTHENTICATION IS OFF (no excoord.teams.app-id): /api/messages accepts any   *
                    *  activity without a token. Local embedded default and Agents Playground only.    *
                    ************************************************************************************"""
                    .lines().forEach(log::warn);
        } else if (properties.openIdMetadataUrl() != null && !properties.openIdMetadataUrl().isBlank()) {
            // a static of the SDK: one key source per JVM, which is all a bot needs
            ChannelValidation.setOpenIdMetaDataUrl(properties.openIdMetadataUrl());
        }
        TeamsBotAdapter adapter = new TeamsBotAdapter(properties);
        adapter.setOnTurnError((context, failure) -> {
            if (DatabaseUnavailable.causedBy(failure)) {
                return CompletableFuture.failedFuture(failure); // answered 503 by BotMessagesController: retry later
            }
            log.error("A {} turn failed", LogSafe.of(context.getActivity().getType()), failure);
            return context.sendActivity("Sorry, something went wrong on our side. Please try again.")
                    .thenApply(r -> null);
        });
        return adapter;
    }
}
