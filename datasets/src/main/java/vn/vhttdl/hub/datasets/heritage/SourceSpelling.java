package vn.vhttdl.hub.datasets.heritage;

/** Reduces a folded source value to a lookup key by dropping filler words and spaces. */
final class SourceSpelling {

    private SourceSpelling() {
    }

    /**
     * @param folded      text already folded by {@link vn.vhttdl.hub.datasets.text.VietnameseFolding}
     * @param fillerWords whole words or phrases that carry no meaning here ("di tich")
     */
    static String key(String folded, String... fillerWords) {
        String padded = " " + folded + " ";
        for (String filler : fillerWords) {
            padded = padded.replace(" " + filler + " ", " ");
        }
        return padded.replace(" ", "");
    }
}
