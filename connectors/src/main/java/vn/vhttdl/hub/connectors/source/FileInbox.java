package vn.vhttdl.hub.connectors.source;

import java.nio.file.Path;

/**
 * A folder where a unit drops its spreadsheets for the hub ({@code hub.file-sources.<name>}).
 * Files are taken in name order; each is read once and then moved to {@code processed}, or to
 * {@code failed} with a {@code <file>.error.txt} beside it when it cannot be read as a whole.
 *
 * @param name         the configured name, shown in errors and logs
 * @param folder       the inbox; hidden files and names ending {@code .part} or {@code .tmp} (a copy still
 *                     under way) are left alone
 * @param processed    where read files go
 * @param failed       where unreadable files go
 * @param maxFileBytes larger files are refused as a whole
 * @param csvDelimiter the CSV field separator ({@code ,} or {@code ;} as Excel writes it in some locales)
 */
public record FileInbox(String name, Path folder, Path processed, Path failed, long maxFileBytes, char csvDelimiter) {
}
