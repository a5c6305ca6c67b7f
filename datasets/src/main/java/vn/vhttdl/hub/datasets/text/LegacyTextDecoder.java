package vn.vhttdl.hub.datasets.text;

import java.util.ArrayList;
import java.util.Comparator;
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
 *       abbreviation such as {@code QĐ}), or a place name of a minority language
 *       ({@link VietnameseSyllable#isMinorityWord}: {@code Krông}, {@code Đakrông}) vouched for
 *       by the rest of the text: some other word spells no Vietnamese as it stands and a
 *       Vietnamese syllable decoded ({@code X·} is {@code Xã}), and the text gains at least as
 *       many Vietnamese words as it holds such names ({@code X· Ia Kr¸i} is {@code Xã Ia Krái});</li>
 *   <li>decoding made more Vietnamese words out of codes distinctive of the encoding than it
 *       changed words that already read as Vietnamese;</li>
 *   <li>one of those words has three letters or more, or was spelt with a symbol ({@code X·}
 *       is TCVN3 {@code Xã}) or with a mark of its own ({@code Xaõ} is VNI {@code Xã}): a lone
 *       {@code µm} (micrometre) would otherwise read {@code àm};</li>
 *   <li>no other encoding decodes the text as convincingly (the words gained, less those
 *       overwritten, less those that come out oddly capitalised: {@code ThÓ} is TCVN3
 *       {@code Thể}, not VNI {@code ThĨ}).</li>
 * </ol>
 * When the caller knows the source's encoding (other fields of the same row were decoded), the
 * last three rules relax, so that {@code 2103/Q§-BVHTTDL}, which holds no syllable at all, is
 * decoded too. When, moreover, every text field of the row could be in that encoding (none
 * holds a letter beyond one byte, so the row is not partly Unicode), the second and third rules
 * relax as well: a text that happens to read as Vietnamese is the encoding's all the same
 * (TCVN3 {@code Bèn sao} is {@code Bốn sao}, VNI {@code Goám} is {@code Gốm}), and a decoded
 * word may be a place name of a minority language ({@code Kr«ng} is {@code Krông}, see
 * {@link VietnameseSyllable#isMinorityWord}).
 */
final class LegacyTextDecoder {

    /** The result of a successful decoding. */
    record Decoded(String text, TextRepair repair) {
    }

    /**
     * @param score Vietnamese words gained, minus Vietnamese-looking words overwritten and
     *     oddly capitalised syllables made
     */
    private record Candidate(String text, TextRepair repair, int score) {
    }

    private final List<LegacyEncoding> encodings = List.of(new Tcvn3Encoding(), new VniWindowsEncoding());

    /** Decodes {@code text} if it is, beyond reasonable doubt, in one of the legacy encodings. */
    Optional<Decoded> decode(String text) {
        if (!fitsInOneByte(text) || readsAsVietnamese(text)) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (LegacyEncoding encoding : encodings) {
            decodeWith(encoding, text, Evidence.ALONE).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed());
        if (candidates.isEmpty()
                || (candidates.size() > 1 && candidates.get(1).score() == candidates.get(0).score()
                        && !candidates.get(1).text().equals(candidates.get(0).text()))) {
            return Optional.empty();
        }
        Candidate best = candidates.get(0);
        return Optional.of(new Decoded(best.text(), best.repair()));
    }

    /**
     * Decodes {@code text} from {@code sourceEncoding}, known from its context, unless that yields no Vietnamese.
     *
     * @param wholeRow whether every text field of the row could be in {@code sourceEncoding}
     */
    Optional<Decoded> decodeFrom(String text, TextRepair sourceEncoding, boolean wholeRow) {
        if (!fitsInOneByte(text) || (!wholeRow && readsAsVietnamese(text))) {
            return Optional.empty();
        }
        for (LegacyEncoding encoding : encodings) {
            if (encoding.repair() == sourceEncoding) {
                Evidence evidence = wholeRow ? Evidence.WHOLE_ROW : Evidence.ROW;
                return decodeWith(encoding, text, evidence).map(candidate -> new Decoded(candidate.text(), sourceEncoding));
            }
        }
        return Optional.empty();
    }

    /** How much a decoding has to prove. */
    private enum Evidence {
        /** the text alone: all the rules */
        ALONE,
        /** the row's encoding is known from another field */
        ROW,
        /** the row's encoding is known and every text field of it could be in it */
        WHOLE_ROW
    }

    /** @return whether every letter (and combining mark) of the text fits in one byte, as legacy text must */
    static boolean fitsInOneByte(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ((CharKinds.of(text.charAt(i)) & CharKinds.KIND) == CharKinds.BEYOND_ONE_BYTE) {
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

    /**
     * @return whether the text is written in capitals: no ASCII small letter, and some word with
     *     two ASCII capitals or more ({@code X· Bè H¹} is {@code Xã Bố Hạ}, not a heading; nor is
     *     {@code X· B'L¸}, {@code Xã B'Lá})
     */
    private static boolean isCapitalText(String text) {
        int capitalsInWord = 0;
        boolean capitalWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && Character.isLowerCase(c)) {
                return false;
            }
            if (VietnameseWords.isSeparator(c)) {
                // B'L¸ is B'Lá, a name written with an apostrophe, not two capitals of one word
                capitalsInWord = 0;
            } else if (c < 0x80 && Character.isUpperCase(c)) {
                capitalWord |= ++capitalsInWord >= 2;
            }
        }
        return capitalWord;
    }

    private static Optional<Candidate> decodeWith(LegacyEncoding encoding, String text, Evidence evidence) {
        boolean capitalText = isCapitalText(text);
        StringBuilder out = new StringBuilder(text.length());
        int gained = 0;
        int gainedStrong = 0;
        int overwritten = 0;
        /** tokens holding a word that only the looser grammar of minority place names accepts */
        int minority = 0;
        /** tokens that read as no Vietnamese as they stand and as Vietnamese syllables decoded */
        int proven = 0;
        /** decoded syllables capitalised as no one writes them */
        int oddCase = 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            boolean whitespace = Character.isWhitespace(text.charAt(start));
            while (end < text.length() && Character.isWhitespace(text.charAt(end)) == whitespace) {
                end++;
            }
            String token = text.substring(start, end);
            String decoded = whitespace ? token : encoding.decodeToken(token, capitalText);
            boolean changed = !decoded.equals(token);
            boolean minorityToken = false;
            int syllables = 0;
            int longSyllables = 0;
            for (String word : VietnameseWords.words(decoded)) {
                WordKind kind = VietnameseWords.classify(word, false);
                if (kind == WordKind.FOREIGN) {
                    if (!VietnameseSyllable.isMinorityWord(word)) {
                        return Optional.empty();
                    }
                    minorityToken = true;
                } else if (changed && kind == WordKind.VIETNAMESE && word.length() >= 2) {
                    syllables++;
                    longSyllables += word.length() >= 3 ? 1 : 0;
                    // VNI ThĨ (TCVN3 Thể): a capital inside a word is a wrong reading, not a spelling
                    oddCase += VietnameseWords.hasOrdinaryCase(word) ? 0 : 1;
                }
            }
            minority += minorityToken ? 1 : 0;
            if (changed) {
                boolean foreignAsItStands = false;
                for (String word : VietnameseWords.words(token)) {
                    WordKind kind = VietnameseWords.classify(word, true);
                    overwritten += kind == WordKind.VIETNAMESE ? 1 : 0;
                    foreignAsItStands |= kind == WordKind.FOREIGN;
                }
                proven += !minorityToken && foreignAsItStands && syllables > 0 ? 1 : 0;
                if (encoding.isDistinctive(token)) {
                    // symbols as letters (X· is Xã) or marks as bytes of their own (VNI Xaõ) are telling
                    boolean spelledWithSymbols = hasSymbolOrControl(token) || decoded.length() < token.length();
                    gained += syllables;
                    gainedStrong += spelledWithSymbols ? syllables : longSyllables;
                }
            }
            out.append(decoded);
            start = end;
        }
        String result = out.toString();
        // a minority name proves nothing: other words must, by spelling no Vietnamese until decoded
        boolean minorityVouched = minority == 0 || evidence == Evidence.WHOLE_ROW || (proven >= 1 && gained >= minority);
        boolean convincing = evidence == Evidence.ALONE
                ? gained > overwritten && gainedStrong >= 1 && minorityVouched
                : gained >= overwritten && !result.equals(text) && minorityVouched;
        int score = gained - overwritten - oddCase;
        return convincing ? Optional.of(new Candidate(result, encoding.repair(), score)) : Optional.empty();
    }

    /** @return whether the token holds a character that is neither a letter, a digit nor a separator (§, ·, ¸, a control) */
    private static boolean hasSymbolOrControl(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x80 && !Character.isLetterOrDigit(c) && !VietnameseWords.isSeparator(c)) {
                return true;
            }
        }
        return false;
    }
}
