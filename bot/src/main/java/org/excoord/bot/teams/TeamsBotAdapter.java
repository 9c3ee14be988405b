package org.excoord.bot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's adapter with single-tenant outbound tokens: 4.14.3 asks the multi-tenant botframework.com authority,
 * which new (single-tenant) Azure Bot registrations are refused by.
 */
class TeamsBotAdapter extends BotFrameworkHttpAdapter {

    private final String appPassword;
    private final String tenantId;

    TeamsBotAdapter(TeamsProperties properties) {
        super(new SimpleCredentialProvider(properties.appId(), properties.appPassword()), new SimpleChannelProvider());
        this.appPassword = properties.appPassword();
        this.tenantId = properties.tenantId();
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String oAuthScope) {
        return CompletableFuture.completedFuture(new MicrosoftAppCredentials(appId, appPassword, tenantId, oAuthScope));
    }
}
