package org.excoord.graphsync;

/**
 * The national cloud the agency's tenant lives in ({@code excoord.cloud}); it sets the Graph and login hosts
 * together (PROTOCOL.md §0: GCC uses the worldwide endpoints; tokens do not cross clouds).
 */
public enum Cloud {
    WORLDWIDE("https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com"),
    GCC("https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com"),
    GCC_HIGH("https://graph.microsoft.us/v1.0", "https://login.microsoftonline.us"),
    DOD("https://dod-graph.microsoft.us/v1.0", "https://login.microsoftonline.us");

    private final String graphBaseUrl;
    private final String loginHost;

    Cloud(String graphBaseUrl, String loginHost) {
        this.graphBaseUrl = graphBaseUrl;
        this.loginHost = loginHost;
    }

    public String graphBaseUrl() {
        return graphBaseUrl;
    }

    public String loginHost() {
        return loginHost;
    }

    /** Reads the setting's documented spellings: worldwide, gcc, gcc-high, dod (any case, '-' or '_'). */
    public static Cloud of(String setting) {
        if (setting == null || setting.isBlank()) {
            return WORLDWIDE;
        }
        return valueOf(setting.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
