package vn.vhttdl.hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/** Turns a program's JFR recording into {@code <program>-profile.txt} for the measured window. */
final class Profiles {

    private Profiles() {
    }

    static void summarise(RunDirectory run, String program, Instant from, Instant to, Consumer<String> log) {
        Path recording = run.recording(program);
        if (!Files.exists(recording)) {
            log.accept(program + ": no JFR recording at " + recording);
            return;
        }
        try {
            String summary = JfrProfile.read(recording, from, to).format(25);
            Path out = run.file(program + "-profile.txt");
            Files.writeString(out, summary, StandardCharsets.UTF_8);
            log.accept(program + ": profile of the measured window in " + out);
        } catch (IOException e) {
            log.accept(program + ": cannot read " + recording + ": " + e.getMessage());
        }
    }
}
