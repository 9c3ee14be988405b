package org.excoord.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The flaky and toothless patterns the test audit removed stay removed, in the test sources of every module: no
 * reading of the machine's date (the app's day is New York's, from its Clock), no sleeping (wait for the condition,
 * with a timeout: Awaitility), no unbounded loop, no assertion that runs only if something happened to be so. This
 * file names the patterns, so it is the one source not scanned.
 */
class TestHygieneTests {

    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "LocalDate.now() (use the app's Clock: ActionItemManagement.today())", Pattern.compile("LocalDate\\.now\\("),
            "Thread.sleep (wait for the condition with Awaitility, or bound the wait)", Pattern.compile("Thread\\.sleep\\("),
            "an unbounded loop (bound the attempts)", Pattern.compile("while\\s*\\(\\s*true\\s*\\)|for\\s*\\(\\s*;\\s*;\\s*\\)"),
            "a conditional assertion (assert the condition, or filter and assert the result is not empty)",
            Pattern.compile("(?m)^\\s*(?:}\\s*else\\s*)?if\\s*\\(.*\\)\\s*\\{?\\s*\\n?\\s*(?:assertThat|assertThatThrownBy|"
                    + "assertEquals|assertTrue|assertFalse|assertNotNull|assertNull|fail)\\("));

    /**
     * Where a pattern is legitimate: the benchmarks are programs, not tests (they pace a load generator and poll a
     * separate JVM's health with a bounded loop, and generate data relative to the machine's date).
     */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "bot/src/test/java/org/excoord/bench/InvokeBenchmark.java", List.of("Thread.sleep"),
            "core/src/test/java/org/excoord/bench/HotQueryBenchmark.java", List.of("LocalDate.now()"),
            "core/src/test/java/org/excoord/bench/NudgePlanBenchmark.java", List.of("LocalDate.now()"));

    private static final Path SELF = Path.of("org/excoord/architecture/TestHygieneTests.java");

    @Test
    void noTestSourceSleepsLoopsForeverReadsTheMachinesDateOrAssertsConditionally() throws IOException {
        Path root = repositoryRoot();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path tests : modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(tests)) {
                    files.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.endsWith(SELF)).forEach(sources::add);
                }
            }
        }
        assertThat(sources).as("test sources of core, cards and bot").anyMatch(p -> p.startsWith(root.resolve("core")))
                .anyMatch(p -> p.startsWith(root.resolve("cards"))).anyMatch(p -> p.startsWith(root.resolve("bot")));

        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            String relative = root.relativize(source).toString();
            String text = read(source);
            FORBIDDEN.forEach((what, pattern) -> pattern.matcher(text).results()
                    .filter(m -> ALLOWED.getOrDefault(relative, List.of()).stream().noneMatch(what::startsWith))
                    .forEach(m -> violations.add(relative + ":" + line(text, m.start()) + ": " + what)));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void thePatternsRecogniseWhatTheyForbid() {
        assertThat(FORBIDDEN.values()).allSatisfy(p -> assertThat(p.matcher("int x = 1;").find()).isFalse());
        assertThat(List.of("LocalDate d = LocalDate" + ".now();", "Thread" + ".sleep(100);", "while (tr" + "ue) {",
                "for (;" + ";) {", "        if (x != null) {\n            assert" + "That(x).isEqualTo(1);",
                "if (x) assert" + "That(x).isTrue();", "} else if (y) {\n    fa" + "il(\"no\");")).allSatisfy(code -> assertThat(FORBIDDEN.values())
                .as(code).anySatisfy(p -> assertThat(p.matcher(code).find()).isTrue()));
        assertThat(FORBIDDEN.values()).as("an if guarding other work, then an unconditional assertion")
                .noneSatisfy(p -> assertThat(p.matcher("if (comment != null) {\n    body.put(\"c\", comment);\n}\n"
                        + "assertThat(body).isNotEmpty();").find()).isTrue());
    }

    /** The repository root, whichever module directory the test runs in. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (where mvnw is)").isNotNull();
        return dir;
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long line(String text, int offset) {
        return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
