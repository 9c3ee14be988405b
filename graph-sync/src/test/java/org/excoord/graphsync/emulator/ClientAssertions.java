package org.excoord.graphsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Checks a certificate client assertion (RFC 7523, as MSAL sends it): a JWT signed RS256 or PS256 by the key of a
 * certificate registered for the app, issued by and for the client id, for this token endpoint, not expired.
 */
final class ClientAssertions {

    private final ObjectMapper json = new ObjectMapper();

    /** Null when the assertion is good, else why not. */
    String problem(String assertion, String clientId, String tokenEndpoint, List<X509Certificate> certificates) {
        String[] parts = assertion.split("\\.");
        if (parts.length != 3) {
            return "the assertion is not a JWT";
        }
        try {
            JsonNode header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            String alg = header.path("alg").asText();
            boolean verified = false;
            for (X509Certificate certificate : certificates) {
                Signature verifier;
                if (alg.equals("PS256")) {
                    verifier = Signature.getInstance("RSASSA-PSS");
                    verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                } else if (alg.equals("RS256")) {
                    verifier = Signature.getInstance("SHA256withRSA");
                } else {
                    return "unsupported alg " + alg;
                }
                verifier.initVerify(certificate.getPublicKey());
                verifier.update(signed);
                verified |= verifier.verify(signature);
            }
            if (!verified) {
                return "the signature matches no certificate registered for the app";
            }
            if (!clientId.equals(claims.path("iss").asText()) || !clientId.equals(claims.path("sub").asText())) {
                return "iss and sub must be the client id";
            }
            if (!tokenEndpoint.equalsIgnoreCase(claims.path("aud").asText())) {
                return "aud must be the token endpoint, not " + claims.path("aud").asText();
            }
            if (claims.path("exp").asLong() < Instant.now().getEpochSecond()) {
                return "the assertion has expired";
            }
            return null;
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            return "unreadable assertion: " + e.getMessage();
        }
    }
}
