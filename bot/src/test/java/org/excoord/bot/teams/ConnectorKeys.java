package org.excoord.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A stand-in for the Bot Connector's OpenID metadata on loopback: publishes signing keys (one endorsed for msteams,
 * one for another channel) and signs tokens the way the Connector does.
 */
public final class ConnectorKeys implements AutoCloseable {

    public static final String ISSUER = "https://api.botframework.com";
    public static final String SERVICE_URL = "https://smba.trafficmanager.net/amer/";

    final RSAKey teamsKey = rsaKey("teams-key");
    final RSAKey otherChannelKey = rsaKey("other-channel-key");
    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final String appId;

    public ConnectorKeys(String appId) {
        this.appId = appId;
        server.start();
        server.stubFor(get(urlEqualTo("/v1/.well-known/openidconfiguration")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":"
                        + "\"http://127.0.0.1:" + server.port() + "/v1/.well-known/keys\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
        server.stubFor(get(urlEqualTo("/v1/.well-known/keys")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(keys())));
    }

    public String metadataUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1/.well-known/openidconfiguration";
    }

    /** A genuine token for the bot, as the Connector sends it for {@link #SERVICE_URL}. */
    public String token() {
        return token(teamsKey, c -> { });
    }

    /** A genuine token no other call returns (its own {@code jti}): the bot has to validate it from scratch. */
    public String freshToken() {
        return token(teamsKey, c -> c.jwtID(java.util.UUID.randomUUID().toString()));
    }

    JWTClaimsSet.Builder claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(appId)
                .notBeforeTime(minutes(-5)).issueTime(minutes(-5)).expirationTime(minutes(55))
                .claim("serviceurl", SERVICE_URL);
        change.accept(claims);
        return claims;
    }

    String token(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims(change).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Date minutes(int n) {
        return Date.from(Instant.now().plusSeconds(60L * n));
    }

    static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String keys() {
        try {
            return Activities.JSON.writeValueAsString(Map.of("keys", List.of(
                    withEndorsements(teamsKey, List.of("msteams")), withEndorsements(otherChannelKey, List.of("skype")))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> withEndorsements(RSAKey key, List<String> endorsements) {
        Map<String, Object> jwk = new LinkedHashMap<>(key.toPublicJWK().toJSONObject());
        jwk.put("endorsements", endorsements);
        return jwk;
    }

    @Override
    public void close() {
        server.stop();
    }
}
