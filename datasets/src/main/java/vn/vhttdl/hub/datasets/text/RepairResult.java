package vn.vhttdl.hub.datasets.text;

import java.util.Set;

/**
 * The outcome of {@link VietnameseTextRepair#repair(String)}.
 *
 * @param text    the repaired text ({@code null} when the input was {@code null})
 * @param changed whether {@code text} differs from the input
 * @param repairs what was done, for logs and reports; empty when nothing changed
 */
public record RepairResult(String text, boolean changed, Set<TextRepair> repairs) {

    public RepairResult {
        repairs = Set.copyOf(repairs);
    }

    static RepairResult unchanged(String text) {
        return new RepairResult(text, false, Set.of());
    }
}
