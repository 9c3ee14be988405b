package org.excoord.authority;

/**
 * A request to import the text of an authority (Markdown or plain text). Everything but {@code text} is
 * optional: metadata found in the text is used where these are null.
 */
public record ImportAuthority(String text, String name, AuthorityType type, Jurisdiction jurisdiction,
        String issuingBody, String sourceUrl, String tags) {

    public static ImportAuthority of(String text) {
        return new ImportAuthority(text, null, null, null, null, null, null);
    }
}
