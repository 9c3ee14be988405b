package org.excoord.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opens the built Teams app package (target/excoord-teams-app.zip) and checks what Teams will check on upload. */
class ManifestPackageTests {

    private static final Pattern GUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern LEFTOVER_PLACEHOLDER = Pattern.compile("@[A-Za-z0-9_.-]+@|\\$\\{[^}]*}");

    private static Map<String, byte[]> entries;
    private static String manifestText;
    private static JsonNode manifest;

    @BeforeAll
    static void openPackage() throws IOException {
        Path zip = Path.of(System.getProperty("teams.app.zip", "target/excoord-teams-app.zip"));
        assertThat(zip).as("the package is built in process-resources").isRegularFile();
        entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        manifestText = new String(entries.getOrDefault("manifest.json", new byte[0]), StandardCharsets.UTF_8);
        manifest = new ObjectMapper().readTree(manifestText);
    }

    private static String expected(String property, String fallback) {
        return System.getProperty(property, fallback);
    }

    @Test
    void theZipHoldsExactlyTheManifestAndTheTwoIconsAtItsRoot() {
        assertThat(entries.keySet()).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
    }

    @Test
    void everyPlaceholderWasFilledIn() {
        assertThat(LEFTOVER_PLACEHOLDER.matcher(manifestText).results().map(r -> r.group()).toList()).isEmpty();
        assertThat(manifest.path("$schema").asText())
                .isEqualTo("https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.schema.json");
    }

    @Test
    void manifestVersionIsAtLeast119AndMatchesTheSchemaUrl() {
        String version = manifest.path("manifestVersion").asText();
        assertThat(version).matches("\\d+\\.\\d+");
        String[] parts = version.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        assertThat(major > 1 || (major == 1 && minor >= 19)).as("manifestVersion %s >= 1.19", version).isTrue();
        assertThat(manifest.path("$schema").asText()).contains("/teams/v" + version + "/");
        assertThat(manifest.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void idsAreGuidsAndTheBotIdIsTheSsoAppId() {
        String appId = manifest.path("id").asText();
        String botId = manifest.path("bots").path(0).path("botId").asText();
        String domain = expected("teams.bot.domain", "excoord.example.gov");
        assertThat(appId).matches(GUID).isEqualTo(expected("teams.app.id", appId));
        assertThat(botId).matches(GUID).isEqualTo(expected("teams.bot.id", botId));
        assertThat(manifest.path("webApplicationInfo").path("id").asText()).isEqualTo(botId);
        assertThat(manifest.path("webApplicationInfo").path("resource").asText())
                .isEqualTo("api://" + domain + "/" + botId);
        assertThat(manifest.path("validDomains")).extracting(JsonNode::asText).containsExactly(domain);
        for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
            assertThat(manifest.path("developer").path(url).asText()).startsWith("https://" + domain + "/");
        }
    }

    @Test
    void theBotRunsInAllThreeScopesWithACommandListEach() {
        JsonNode bot = manifest.path("bots").path(0);
        assertThat(manifest.path("bots").size()).isEqualTo(1);
        assertThat(bot.path("scopes")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("personal", "team", "groupChat");
        assertThat(bot.path("supportsFiles").isBoolean()).isTrue();
        assertThat(bot.path("supportsFiles").asBoolean()).isFalse();

        List<String> listScopes = new ArrayList<>();
        for (JsonNode list : bot.path("commandLists")) {
            list.path("scopes").forEach(s -> listScopes.add(s.asText()));
            List<String> titles = new ArrayList<>();
            list.path("commands").forEach(c -> titles.add(c.path("title").asText()));
            assertThat(titles).as("commands of %s", list.path("scopes"))
                    .hasSizeBetween(1, 10)
                    .doesNotHaveDuplicates()
                    .contains("help", "my items", "overdue", "item", "authorities", "summarize");
            list.path("commands").forEach(c -> assertThat(c.path("description").asText()).isNotBlank());
        }
        assertThat(listScopes).containsExactlyInAnyOrder("personal", "team", "groupChat");
    }

    @Test
    void theColorIconIs192SquareAndOpaque() throws IOException {
        BufferedImage color = read("color.png");
        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        for (int y = 0; y < color.getHeight(); y++) {
            for (int x = 0; x < color.getWidth(); x++) {
                assertThat(color.getRGB(x, y) >>> 24).as("alpha at %d,%d", x, y).isEqualTo(0xFF);
            }
        }
    }

    @Test
    void theOutlineIconIs32SquareWhiteOnTransparent() throws IOException {
        BufferedImage outline = read("outline.png");
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        int[] argb = outline.getRGB(0, 0, outline.getWidth(), outline.getHeight(), null, 0, outline.getWidth());
        for (int i = 0; i < argb.length; i++) {
            int pixel = argb[i];
            assertThat(pixel >>> 24 == 0 || (pixel & 0xFFFFFF) == 0xFFFFFF)
                    .as("pixel %d,%d must be white or fully transparent", i % outline.getWidth(), i / outline.getWidth())
                    .isTrue();
        }
        assertThat(Arrays.stream(argb).filter(p -> p >>> 24 != 0).count()).as("the glyph").isPositive();
        assertThat(Arrays.stream(argb).filter(p -> p >>> 24 == 0).count()).as("the background").isPositive();
    }

    private static BufferedImage read(String name) throws IOException {
        assertThat(entries).containsKey(name);
        try (InputStream in = new ByteArrayInputStream(entries.get(name))) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image).as("%s is a readable PNG", name).isNotNull();
            return image;
        }
    }
}
