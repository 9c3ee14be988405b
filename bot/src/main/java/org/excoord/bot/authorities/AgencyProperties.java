package org.excoord.bot.authorities;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency excoord serves ({@code excoord.agency.*}): which duties of an authority are its own.
 *
 * @param name    the agency's name ("Department of Homeland Security")
 * @param aliases its other names, its head and its offices as authorities name them ("DHS", "Secretary of Homeland
 *                Security", "CISA"); duties addressed to every agency apply whatever is configured here
 */
@ConfigurationProperties("excoord.agency")
public record AgencyProperties(String name, List<String> aliases) {

    public AgencyProperties {
        name = name == null || name.isBlank() ? "your agency" : name.strip();
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
