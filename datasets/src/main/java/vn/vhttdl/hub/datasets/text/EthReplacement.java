package vn.vhttdl.hub.datasets.text;

/**
 * Replaces Ð (U+00D0, Icelandic Eth) by Đ (U+0110) and ð by đ, as scraped web text and some
 * fonts confuse them. Ð is legitimate only in Icelandic and Faroese, so the replacement is made
 * only when every word holding it then reads as Vietnamese or as an abbreviation ({@code Ðình}
 * → {@code Đình}, {@code QÐ} → {@code QĐ}, but {@code Guðrún} and a lone {@code Ð} stay).
 */
final class EthReplacement {

    private EthReplacement() {
    }

    static String apply(String text) {
        if (text.indexOf('Ð') < 0 && text.indexOf('ð') < 0) {
            return text;
        }
        String replaced = text.replace('Ð', 'Đ').replace('ð', 'đ');
        for (String word : VietnameseWords.words(replaced)) {
            if (word.indexOf('Đ') < 0 && word.indexOf('đ') < 0) {
                continue;
            }
            WordKind kind = VietnameseWords.classify(word, true);
            boolean abbreviation = kind == WordKind.ABBREVIATION && word.length() >= 2;
            if (kind != WordKind.VIETNAMESE && !abbreviation) {
                return text;
            }
        }
        return replaced;
    }
}
