package vn.vhttdl.hub.datasets.text;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether a text is Vietnamese held in a legacy encoding, and decodes it.
 *
 * <p>The evidence has to be strong, because genuine text must never change. A text is decoded
 * only when all of these hold:
 * <ol>
 *   <li>every letter it holds fits in one byte (Latin-1 or CP1252), as legacy text must;</li>
 *   <li>read as it is, it is not Vietnamese: some word spells no Vietnamese syllable or is
 *       oddly capitalised ({@code Chïa}, {@code HuÕ});</li>
 *   <li>decoded, every word that has letters beyond ASCII is a Vietnamese syllable (or an
 *       abbreviation such as {@code QĐ});</li>
 *   <li>decoding turned more words into Vietnamese syllables than it changed words that were
 *       already Vietnamese syllables.</li>
 * </ol>
 */
final class LegacyTextDecoder {

    /** The result of a successful decoding. */
    record Decoded(String text, TextRepair repair) {
    }

    private final List<LegacyEncoding> encodings = List.of(new Tcvn3Encoding(), new VniWindowsEncoding());

    Optional<Decoded> decode(String text) {
        if (!fitsInOneByte(text) || readsAsVietnamese(text)) {
            return Optional.empty();
        }
        for (LegacyEncoding encoding : encodings) {
            Optional<String> decoded = decodeWith(encoding, text);
            if (decoded.isPresent()) {
                return Optional.of(new Decoded(decoded.get(), encoding.repair()));
            }
        }
        return Optional.empty();
    }

    private static boolean fitsInOneByte(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mustFit = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (mustFit && LegacyBytes.byteOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the text, as it stands, is plausible Vietnamese (and so must stay as it is) */
    private static boolean readsAsVietnamese(String text) {
        int vietnamese = 0;
        for (String word : VietnameseWords.words(text)) {
            WordKind kind = VietnameseWords.classify(word, true);
            if (kind == WordKind.FOREIGN) {
                return false;
            }
            if (kind == WordKind.VIETNAMESE) {
                vietnamese++;
            }
        }
        return vietnamese > 0;
    }

    private static Optional<String> decodeWith(LegacyEncoding encoding, String text) {
        StringBuilder out = new StringBuilder(text.length());
        int gained = 0;
        int overwritten = 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            boolean whitespace = Character.isWhitespace(text.charAt(start));
            while (end < text.length() && Character.isWhitespace(text.charAt(end)) == whitespace) {
                end++;
            }
            String token = text.substring(start, end);
            if (whitespace) {
                out.append(token);
            } else {
                String decoded = encoding.decodeToken(token);
                for (String word : VietnameseWords.words(decoded)) {
                    if (VietnameseWords.classify(word, false) == WordKind.FOREIGN) {
                        return Optional.empty();
                    }
                }
                if (!decoded.equals(token)) {
                    gained += (int) VietnameseWords.words(decoded).stream()
                            .filter(VietnameseWords::isVietnameseWordBeyondAscii)
                            .count();
                    overwritten += (int) VietnameseWords.words(token).stream()
                            .filter(word -> VietnameseWords.classify(word, true) == WordKind.VIETNAMESE)
                            .count();
                }
                out.append(decoded);
            }
            start = end;
        }
        return gained > overwritten ? Optional.of(out.toString()) : Optional.empty();
    }
}
