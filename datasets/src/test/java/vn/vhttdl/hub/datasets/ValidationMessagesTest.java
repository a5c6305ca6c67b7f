package vn.vhttdl.hub.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key a constraint of the canonical records names ({@code {vn.vhttdl.hub...}})
 * has its text in Vietnamese and in English: a missing one would reach an administrator as the
 * raw key.
 */
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("\\{(vn\\.vhttdl\\.hub\\.[A-Za-z0-9.]+)\\}");

    @Test
    void everyKeyTheRecordsNameHasBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        Properties english = load("/ValidationMessages.properties");
        Properties vietnamese = load("/ValidationMessages_vi.properties");

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(keys).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(vietnamese.getProperty(key)).as("vi " + key).isNotBlank().isNotEqualTo(english.getProperty(key));
        });
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
