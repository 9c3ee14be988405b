package org.excoord.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.excoord.authority.AuthorityTextParser;
import org.excoord.authority.ParsedAuthority;

/** The six sample executive orders (test resources), parsed as the catalog parses them. */
public final class SampleOrders {

    private SampleOrders() {
    }

    public static String text(String file) {
        try (InputStream in = SampleOrders.class.getResourceAsStream("/authorities/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ParsedAuthority parse(String file) {
        return new AuthorityTextParser().parse(text(file));
    }
}
