package org.excoord.authority;

import org.excoord.shared.CleanText;
import jakarta.validation.constraints.Size;

/**
 * A request to import the text of an authority (Markdown or plain text). Everything but {@code text} is
 * optional: metadata found in the text is used where these are null.
 */
public record ImportAuthority(@CleanText(multiline = true) String text, @CleanText @Size(max = 850) String name,
        AuthorityType type, Jurisdiction jurisdiction, @CleanText @Size(max = 200) String issuingBody,
        @CleanText @Size(max = 1000) String sourceUrl, @CleanText @Size(max = 500) String tags) {

    public static ImportAuthority of(String text) {
        return new ImportAuthority(text, null, null, null, null, null, null);
    }
}
