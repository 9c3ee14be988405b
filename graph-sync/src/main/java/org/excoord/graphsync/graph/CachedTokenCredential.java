package org.excoord.graphsync.graph;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.SimpleTokenCache;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Keeps the app token until shortly before it expires (azure-core's {@link SimpleTokenCache}, one per scope set).
 * MSAL4J has its own cache, but it misses for an authority on a port other than 443: it keys instance metadata by
 * host and tokens by host:port (measured with the emulator: one token request per Graph request). A request
 * with claims (a continuous-access-evaluation challenge) always asks the credential.
 */
final class CachedTokenCredential implements TokenCredential {

    private final TokenCredential credential;
    private final Map<String, SimpleTokenCache> caches = new ConcurrentHashMap<>();

    CachedTokenCredential(TokenCredential credential) {
        this.credential = credential;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        if (request.getClaims() != null && !request.getClaims().isBlank()) {
            return credential.getToken(request);
        }
        String key = String.join(" ", request.getScopes()) + "|" + request.getTenantId();
        return caches.computeIfAbsent(key, k -> new SimpleTokenCache(() -> credential.getToken(request))).getToken();
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        return getToken(request).block();
    }
}
