package vn.vhttdl.hub.datasets.museum;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Can chi: the sexagenary cycle that names years ({@code Giáp Tý} 1864, 1924, 1984...). Alone it
 * repeats every 60 years; within a reign era or a stated year it pins one year down or proves a
 * contradiction.
 */
final class CanChi {

    /** Thiên can, the ten stems, folded; 1984 is Giáp. */
    private static final List<String> STEMS = List.of("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy");

    /** Địa chi, the twelve branches, folded; 1984 is Tý. Mão is also written Mẹo, Tỵ also Tị. */
    private static final List<List<String>> BRANCHES = List.of(List.of("ty"), List.of("suu"), List.of("dan"),
            List.of("mao", "meo"), List.of("thin"), List.of("ty", "ti"), List.of("ngo"), List.of("mui"), List.of("than"),
            List.of("dau"), List.of("tuat"), List.of("hoi"));

    private final int stem;
    private final List<Integer> branches;

    private CanChi(int stem, List<Integer> branches) {
        this.stem = stem;
        this.branches = branches;
    }

    /**
     * Finds a stem followed by a branch among folded words ({@code nam giap ngo}).
     * Folding makes Tý (子) and Tỵ (巳) one word, so "ty" stands for both and the year decides.
     */
    static Optional<CanChi> find(String folded) {
        String[] words = folded.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            int stem = STEMS.indexOf(words[i]);
            if (stem < 0) {
                continue;
            }
            String next = words[i + 1];
            List<Integer> branches = IntStream.range(0, BRANCHES.size()).filter(b -> BRANCHES.get(b).contains(next))
                    .boxed().toList();
            if (!branches.isEmpty()) {
                return Optional.of(new CanChi(stem, branches));
            }
        }
        return Optional.empty();
    }

    /** @return whether {@code year} (CE) bears this name */
    boolean names(int year) {
        int offset = Math.floorMod(year - 1984, 60);
        return offset % 10 == stem && branches.contains(offset % 12);
    }

    /** @return the years between {@code first} and {@code last} that bear this name */
    List<Integer> yearsBetween(int first, int last) {
        return IntStream.rangeClosed(first, last).filter(this::names).boxed().toList();
    }
}
