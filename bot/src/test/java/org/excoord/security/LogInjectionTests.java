package org.excoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.excoord.bot.logging.OneLineMessageConverter;
import org.excoord.bot.web.ApiTestSupport;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A logged value cannot forge a log line: through the app's real logging set-up (logback-spring.xml, Boot's
 * console pattern), a value with CR, LF, U+2028, NUL, NEL and ANSI escapes ends up as one line, escaped.
 */
@SecurityTest
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTests extends ApiTestSupport {

    private static final Logger log = LoggerFactory.getLogger("org.excoord.bot.teams.TeamsBotAdapter");
    private static final String FORGED = "2026-01-01T00:00:00.000Z ERROR 1 --- [excoord] [main] o.e.Forged : FORGED";

    @Test
    void aHostileValueStaysOnItsLineEscaped(CapturedOutput output) {
        String hostile = "message\n" + FORGED + "\r" + FORGED + "\u2028" + FORGED + "\u0000nul\u001b[31mred\u001b[0m"
                + "\u0085nel\u2029end\ttab";
        log.warn("activity of type {} refused", hostile);
        log.info("a message that is itself hostile: " + hostile);

        List<String> lines = Arrays.asList(output.getOut().split("\n", -1));
        List<String> ours = lines.stream().filter(l -> l.contains("refused") && l.contains("activity of type")
                || l.contains("a message that is itself hostile")).toList();
        assertThat(ours).hasSize(2);
        assertThat(lines).noneMatch(l -> l.contains("FORGED") && !ours.contains(l));
        assertThat(lines).noneMatch(l -> l.startsWith("2026-01-01T00:00:00.000Z"));
        for (String line : ours) {
            assertThat(line).contains("message\\n" + FORGED + "\\r" + FORGED + "\\u2028" + FORGED
                    + "\\u0000nul\\u001b[31mred\\u001b[0m\\u0085nel\\u2029end\\ttab");
            assertThat(line.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029);
        }
        assertThat(ours.get(0)).contains("WARN").contains("bot.teams.TeamsBotAdapter");
    }

    @Test
    void anExceptionMessageCannotStartALineOfItsOwn(CapturedOutput output) {
        IllegalArgumentException cause = new IllegalArgumentException("bad token 'x\n" + FORGED + "'");
        cause.addSuppressed(new IllegalStateException("suppressed\r\n" + FORGED));
        log.error("could not read an activity", new IllegalStateException("wrapped\u2028" + FORGED, cause));

        List<String> lines = Arrays.asList(output.getOut().split("\n", -1));
        assertThat(lines).anyMatch(l -> l.contains("could not read an activity"));
        assertThat(lines).anyMatch(l -> l.contains("java.lang.IllegalArgumentException: bad token 'x\\n" + FORGED + "'"));
        assertThat(lines).anyMatch(l -> l.contains("suppressed\\r\\n" + FORGED));
        assertThat(lines).anyMatch(l -> l.contains("wrapped\\u2028" + FORGED));
        assertThat(lines).as("frames still have a line each").anyMatch(l -> l.startsWith("\tat "));
        assertThat(lines).noneMatch(l -> l.startsWith(FORGED) || l.startsWith("'") || l.contains("\u2028"));
    }

    @Test
    void printableTextIsLeftAsItIs() {
        assertThat(OneLineMessageConverter.escape("Zoë's café — 15 % done, “quoted” 日本")).isEqualTo(
                "Zoë's café — 15 % done, “quoted” 日本");
        assertThat(OneLineMessageConverter.escape("a\r\nb\u007f")).isEqualTo("a\\r\\nb\\u007f");
        assertThat(OneLineMessageConverter.escape(null)).isNull();
    }
}
