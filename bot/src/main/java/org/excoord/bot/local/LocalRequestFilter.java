package org.excoord.bot.local;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Without authentication, the endpoints answer only what this machine's own programs send, not what a web page
 * the user has open makes the browser send. A page on another site can send a "simple" request without asking
 * (text/plain, a form, or a body without a type), and it can point its own domain name at 127.0.0.1 (DNS
 * rebinding) to read the answers. So an unauthenticated request is refused (403) unless the host it is addressed to
 * is a loopback name (127.x.x.x, [::1] or localhost, any port), it carries no {@code Origin} or a loopback one,
 * and the browser does not mark it {@code Sec-Fetch-Site: cross-site}; a body must carry a type its endpoints
 * accept, never one a page sends unasked (415). Every refusal is logged at WARN.
 */
final class LocalRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LocalRequestFilter.class);
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final int LOGGED_CHARS = 200;

    private final List<EndpointAuthentication> groups;

    LocalRequestFilter(List<EndpointAuthentication> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        EndpointAuthentication group = groups.stream().filter(g -> g.paths().test(path)).findFirst().orElse(null);
        boolean unauthenticated = group == null ? groups.stream().anyMatch(EndpointAuthentication::off) : group.off();
        if (!unauthenticated) {
            chain.doFilter(request, response);
            return;
        }
        Refusal refusal = refusal(request, group);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused {} {} without authentication ({}): {}; Host {}, Origin {}, Sec-Fetch-Site {}, "
                + "Content-Type {}, from {}", loggable(request.getMethod()), loggable(path),
                group == null ? "no endpoint group" : group.endpoints(), refusal.reason(),
                loggable(request.getHeader("Host")), loggable(origins(request)),
                loggable(request.getHeader("Sec-Fetch-Site")), loggable(request.getContentType()),
                loggable(request.getRemoteAddr()));
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + refusal.status().getReasonPhrase() + "\",\"status\":"
                + refusal.status().value() + ",\"detail\":\"" + refusal.reason() + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(refusal.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String origins(HttpServletRequest request) {
        List<String> origins = Collections.list(request.getHeaders("Origin"));
        return origins.isEmpty() ? null : String.join(" ", origins);
    }

    /** Why the request is refused (a fixed text, safe in JSON and logs), or null when it may pass. */
    private Refusal refusal(HttpServletRequest request, EndpointAuthentication group) {
        if (!isLoopbackHost(request.getServerName())) {
            return Refusal.forbidden("without authentication, requests must be addressed to 127.0.0.1, [::1] or localhost");
        }
        boolean loopbackOrigin = false;
        for (String origin : Collections.list(request.getHeaders("Origin"))) {
            if (!isLoopbackOrigin(origin)) {
                return Refusal.forbidden("without authentication, requests from other web sites are refused");
            }
            loopbackOrigin = true;
        }
        if (!loopbackOrigin && "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return Refusal.forbidden("without authentication, requests from other web sites are refused");
        }
        String contentType = request.getContentType();
        if (contentType == null) {
            boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
            return body ? Refusal.unsupported("without authentication, a body must say its Content-Type "
                    + "(application/json)") : null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return Refusal.unsupported("without authentication, a body must say its Content-Type (application/json)");
        }
        boolean accepted = group == null ? groups.stream().anyMatch(g -> g.accepts(type)) : group.accepts(type);
        return accepted ? null : Refusal.unsupported("without authentication, only "
                + String.join(" or ", (group == null ? List.of(MediaType.APPLICATION_JSON) : group.bodyTypes())
                        .stream().map(MediaType::toString).toList()) + " bodies are accepted");
    }

    /** localhost, or a literal loopback address; never a name to resolve (that is what DNS rebinding exploits). */
    static boolean isLoopbackHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean ipv6 = host.startsWith("[") && host.endsWith("]") && host.length() > 2
                && host.substring(1, host.length() - 1).chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
        if (!ipv6 && !IPV4.matcher(host).matches()) {
            return false;
        }
        try {
            // a literal only (checked above), so no name is looked up
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** http(s)://a-loopback-host[:port] and nothing else ("null", the origin of sandboxed and file pages, is not). */
    static boolean isLoopbackOrigin(String origin) {
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && isLoopbackHost(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A header value as one log line: control characters escaped, and not longer than a line should be. */
    static String loggable(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), LOGGED_CHARS) + 2).append('"');
        for (int i = 0; i < value.length() && i < LOGGED_CHARS; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > LOGGED_CHARS) {
            out.append("…");
        }
        return out.append('"').toString();
    }

    private record Refusal(HttpStatus status, String reason) {

        static Refusal forbidden(String reason) {
            return new Refusal(HttpStatus.FORBIDDEN, reason);
        }

        static Refusal unsupported(String reason) {
            return new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, reason);
        }
    }
}
