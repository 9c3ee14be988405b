package org.excoord.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** A loopback Bot Connector that accepts every send ({@code {"id":"sent-1"}}), for tests that look at what was sent. */
final class ConnectorStub {

    private ConnectorStub() {
    }

    static WireMockServer started() {
        WireMockServer connector = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"sent-1\"}")));
        return connector;
    }
}
