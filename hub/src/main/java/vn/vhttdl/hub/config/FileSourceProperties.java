package vn.vhttdl.hub.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Folders where units drop spreadsheets for the hub ({@code hub.file-sources.<name>}).
 *
 * @param fileSources by the name exchange definitions use in {@code source.inbox}
 */
@Validated
@ConfigurationProperties("hub")
public record FileSourceProperties(@DefaultValue Map<String, @Valid FileSource> fileSources) {

    /**
     * One inbox.
     *
     * @param folder       the inbox the files are dropped in (copy under a {@code .part} or {@code .tmp}
     *                     name, then rename, so a half-copied file is never read)
     * @param processed    where read files go; empty: {@code <folder>/processed}
     * @param failed       where unreadable files go, each with its {@code .error.txt}; empty: {@code <folder>/failed}
     * @param maxFileSize  larger files are refused as a whole
     * @param csvDelimiter the CSV field separator
     */
    public record FileSource(
            @NotNull Path folder,
            Path processed,
            Path failed,
            @NotNull @DefaultValue("20MB") DataSize maxFileSize,
            @NotNull @Pattern(regexp = "[,;\\t|]", message = "must be one of , ; | or a tab") @DefaultValue(",") String csvDelimiter) {

        public Path processedFolder() {
            return processed != null ? processed : folder.resolve("processed");
        }

        public Path failedFolder() {
            return failed != null ? failed : folder.resolve("failed");
        }
    }
}
