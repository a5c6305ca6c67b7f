package vn.vhttdl.hub.datasets.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Genuine Vietnamese text for tests: {@code vietnamese-samples.txt} and English counterparts. */
final class VietnameseSamples {

    static final List<String> ENGLISH = List.of(
            "The Department of Culture, Sports and Tourism publishes its heritage register.",
            "Dinh Bang communal house was listed in 1962.",
            "Open daily 8:00-17:00; tickets cost 20,000 VND.",
            "Naïve visitors order a café au lait and a crème brûlée.",
            "Résumé of Müller, Straße 5, Köln",
            "Guðrún Þórsdóttir from Reykjavík",
            "São Paulo, El Niño, Ångström, Søren Kierkegaard, Björk",
            "See § 5 and § 12 of the regulation.",
            "A 3 × 4 m panel; tolerance ±0.5 °C.",
            "The filter passes particles of 5 µm.",
            "Mix ½ cup flour with ¼ cup sugar.",
            "© 2024 Sở VHTTDL. All rights reserved.",
            "Price: £5, ¥100 or €4.50",
            "Windows® and Java™ are trademarks.",
            "«Le Monde» wrote about the pagoda · twice.",
            "Peña, Cæsar, façade, über, Pelé, Ça va",
            "x¹ + x² = y³",
            "Ðakovo and Đakovo are the same Croatian town.",
            "Hello\tworld\nsecond line");

    private VietnameseSamples() {
    }

    static List<String> vietnamese() {
        try (InputStream in = Objects.requireNonNull(
                        VietnameseSamples.class.getResourceAsStream("/vietnamese-samples.txt"), "vietnamese-samples.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
