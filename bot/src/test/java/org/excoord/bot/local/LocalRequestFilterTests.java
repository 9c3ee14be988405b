package org.excoord.bot.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The guard's parsing of hosts, origins and log values, without a server. */
@SecurityTest
class LocalRequestFilterTests {

    @Test
    void onlyLiteralLoopbackAddressesAndLocalhostAreLoopbackHosts() {
        assertThat(List.of("localhost", "LocalHost", "127.0.0.1", "127.255.0.9", "[::1]", "[0:0:0:0:0:0:0:1]",
                "[::ffff:127.0.0.1]")).allMatch(LocalRequestFilter::isLoopbackHost);
        // names are never resolved: a rebinding domain may well resolve to 127.0.0.1
        assertThat(List.of("", "localhost.", "a.localhost", "localhost.example", "127.0.0.1.nip.io", "0.0.0.0", "::1",
                "[::]", "[fd00::2]", "192.0.2.2", "2130706433", "0x7f000001", "127.1", "127.0.0.01", "[::1", "[]",
                "[localhost]", "256.0.0.1")).noneMatch(LocalRequestFilter::isLoopbackHost);
        assertThat(LocalRequestFilter.isLoopbackHost(null)).isFalse();
    }

    @Test
    void aLoopbackOriginIsASchemeAndALoopbackHostOnly() {
        assertThat(List.of("http://localhost", "http://127.0.0.1:3978", "https://[::1]:8443", "HTTP://LOCALHOST:1"))
                .allMatch(LocalRequestFilter::isLoopbackOrigin);
        assertThat(List.of("null", "", "file://", "http://localhost/", "http://localhost:3978/x", "http://u@localhost",
                "ws://localhost", "http://evil.example", "http://localhost.evil.example", "http://[fd00::2]",
                "http://127.0.0.1?x", "chrome-extension://abc", "http://localhost#x", "%%"))
                .noneMatch(LocalRequestFilter::isLoopbackOrigin);
    }

    @Test
    void aLoggedValueCannotBreakTheLogLine() {
        assertThat(LocalRequestFilter.loggable("evil\r\n2026-12-01 WARN forged\u2028\u0085\"\\"))
                .isEqualTo("\"evil\\u000d\\u000a2026-12-01 WARN forged\\u2028\\u0085\\\"\\\\\"").doesNotContain("\n", "\r");
        assertThat(LocalRequestFilter.loggable("x".repeat(500))).hasSize(200 + 3);
        assertThat(LocalRequestFilter.loggable(null)).isEqualTo("(none)");
    }

    @Test
    void noEndpointsMayTakeABodyAnyPageCanSendUnasked() {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "*/*",
                "text/*")) {
            assertThatThrownBy(() -> new EndpointAuthentication("x", Optional.of("off"), path -> true,
                    List.of(MediaType.parseMediaType(type)))).as(type).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
