package org.excoord.bot.local;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.http.MediaType;

/**
 * Whether a group of endpoints authenticates its callers. Each group that can run without authentication
 * declares itself as a bean; one of them off is enough to confine the server to loopback.
 *
 * @param endpoints    what the group is, for messages ("the REST API")
 * @param switchedOff  the setting that switched authentication off, or empty when the group authenticates
 * @param paths        which request paths (the servlet path, decoded and normalised by the container) it serves
 * @param bodyTypes    the body media types it accepts while unauthenticated; none may be a type a browser sends to
 *                     another site without asking first (text/plain, forms), and a body must carry its type
 */
public record EndpointAuthentication(String endpoints, Optional<String> switchedOff, Predicate<String> paths,
        List<MediaType> bodyTypes) {

    private static final List<String> SENT_CROSS_SITE_UNASKED = List.of("text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data");

    public EndpointAuthentication {
        Objects.requireNonNull(endpoints);
        Objects.requireNonNull(switchedOff);
        Objects.requireNonNull(paths);
        bodyTypes = List.copyOf(bodyTypes);
        for (MediaType type : bodyTypes) {
            if (type.isWildcardType() || type.isWildcardSubtype()
                    || SENT_CROSS_SITE_UNASKED.contains(type.getType() + "/" + type.getSubtype())) {
                throw new IllegalArgumentException(type + " can come from any web site");
            }
        }
    }

    public boolean off() {
        return switchedOff.isPresent();
    }

    boolean accepts(MediaType type) {
        return bodyTypes.stream().anyMatch(allowed -> allowed.equalsTypeAndSubtype(type));
    }
}
