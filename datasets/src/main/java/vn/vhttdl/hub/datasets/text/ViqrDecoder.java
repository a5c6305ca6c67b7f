package vn.vhttdl.hub.datasets.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Decides whether a text is Vietnamese written in VIQR (RFC 1456, "Vietnamese Quoted-Readable":
 * marks typed as ASCII after the vowel, {@code DDi`nh Tho^? Ha`} for {@code Đình Thổ Hà}), and
 * decodes it.
 *
 * <p>The spelling: {@code a( a^ e^ o^ o+ u+} are ă â ê ô ơ ư, {@code dd DD Dd} are đ/Đ; then
 * the tone: {@code '} sắc, {@code `} huyền, {@code ?} hỏi, {@code ~} ngã, {@code .} nặng.
 * A backslash makes the next mark literal ({@code Ha`\.} is {@code Hà.}, {@code d\d} is
 * {@code dd}). A mark attaches only right after a vowel (or the vowel's own modifier), and a
 * word takes one tone: a second mark is punctuation ({@code chu`a.} is {@code chùa.}).
 *
 * <p>VIQR marks are ordinary punctuation too ({@code Is it open?}, {@code don't}, {@code 8 a.m.},
 * {@code 1.5}), so a text is decoded only on strong evidence:
 * <ol>
 *   <li>its letters are 7-bit ASCII, as VIQR is: a text holding any letter beyond ASCII is
 *       never VIQR;</li>
 *   <li>decoded, every word that changed is a Vietnamese syllable in ordinary case (or an
 *       abbreviation such as {@code QĐ}); one word that comes out as garbage ({@code Hellỏ},
 *       {@code ađ} from {@code add}) keeps the whole text as it is;</li>
 *   <li>at least one decoded syllable is strong evidence: a word of two letters or more spelt
 *       with a vowel modifier ({@code ^ ( +}), with {@code dd}, with {@code `} or {@code ~}
 *       ({@code Ha`} alone is enough, {@code O+} is not), or of three letters or more with a
 *       sắc or hỏi mark inside the word ({@code Phu'c}, {@code Ti?nh}). Word-final
 *       {@code ' ? .}, dots inside words ({@code co.n}, {@code a.m.}) and short words
 *       ({@code O.K.}) prove nothing, however many there are;</li>
 *   <li>no backtick is left over that belongs to no vowel: {@code `true`} quotes code.</li>
 * </ol>
 * Tokens that are addresses (holding {@code ://} or {@code @}, or starting {@code www.}) are
 * never decoded. A decoded word that is no Vietnamese syllable but could be a place name of a
 * minority language ({@code Kro^ng} is {@code Krông}, see
 * {@link VietnameseSyllable#isMinorityWord}) is let through only when the text holds at least
 * as many words of the third rule ({@code Xa~ Kro^ng Pa}). When the row is known to be VIQR
 * (another field of it was decoded), the third rule is dropped: the text only has to change
 * into Vietnamese ({@code Ly'} is {@code Lý}, {@code QDD-UBND} is {@code QĐ-UBND}), and the
 * converter's escapes in addresses are removed ({@code bui\.ngoc@}). When every text field of
 * the row is ASCII as well, minority place names need no other word to vouch for them.
 */
final class ViqrDecoder {

    private static final String TONE_MARKS = "'`?~.";
    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";
    private static final String MODIFIERS = "^(+";
    private static final String VOWELS = "aeiouy";

    /** Decodes {@code text} if it is, beyond reasonable doubt, VIQR. */
    Optional<String> decode(String text) {
        return decode(text, true);
    }

    /**
     * Decodes {@code text} from a row known to be VIQR, unless that yields no Vietnamese.
     *
     * @param wholeRow whether every text field of the row is ASCII, as VIQR is
     */
    Optional<String> decodeFrom(String text, boolean wholeRow) {
        return decode(text, false, wholeRow);
    }

    private static Optional<String> decode(String text, boolean needEvidence) {
        return decode(text, needEvidence, false);
    }

    private static Optional<String> decode(String text, boolean needEvidence, boolean wholeRow) {
        if (!isViqrCandidate(text)) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence();
        int minority = 0;
        StringBuilder out = new StringBuilder(text.length());
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
            } else if (isAddress(token)) {
                // an address is never decoded; within a VIQR row its escapes (bui\.ngoc@) are the converter's
                out.append(needEvidence ? token : withoutEscapes(token));
            } else {
                String decoded = new TokenDecoder(token, evidence).decode();
                if (evidence.codeQuote) {
                    return Optional.empty();
                }
                for (String word : VietnameseWords.words(decoded)) {
                    if (VietnameseWords.classify(word, true) == WordKind.FOREIGN) {
                        if (!VietnameseSyllable.isMinorityWord(word)) {
                            return Optional.empty();
                        }
                        minority++;
                    }
                }
                out.append(decoded);
            }
            start = end;
        }
        String result = out.toString();
        if (result.equals(text)) {
            return Optional.empty();
        }
        // a minority place name (Kro^ng) proves nothing: strong syllables of the text must outweigh them
        boolean minorityVouched = minority == 0 || wholeRow || evidence.strong >= minority;
        boolean convincing = (!needEvidence || evidence.strong >= 1) && minorityVouched;
        return convincing ? Optional.of(result) : Optional.empty();
    }

    /**
     * @return whether every letter of the text is ASCII (typographic quotes and dashes may have
     *     been added by a word processor), no control character is left, and a VIQR mark, an
     *     escape ({@code D\\DL}) or a {@code dd} is there
     */
    private static boolean isViqrCandidate(String text) {
        boolean marks = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beyondAscii = c >= 0x80 && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
            if (beyondAscii || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return false;
            }
            marks |= TONE_MARKS.indexOf(c) >= 0 || MODIFIERS.indexOf(c) >= 0 || c == '\\'
                    || (i > 0 && Character.toLowerCase(c) == 'd' && Character.toLowerCase(text.charAt(i - 1)) == 'd');
        }
        return marks;
    }

    /** @return whether no letter (nor combining mark) of the text is beyond ASCII */
    static boolean lettersAreAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    /** @return the token without the backslashes that escape a VIQR mark or a d */
    private static String withoutEscapes(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean escape = c == '\\' && i + 1 < token.length()
                    && (isMark(token.charAt(i + 1)) || Character.toLowerCase(token.charAt(i + 1)) == 'd');
            if (!escape) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAddress(String token) {
        return token.contains("://") || token.indexOf('@') >= 0 || token.regionMatches(true, 0, "www.", 0, 4);
    }

    private static boolean isMark(char c) {
        return TONE_MARKS.indexOf(c) >= 0 || MODIFIERS.indexOf(c) >= 0;
    }

    /** What the decoded syllables of a whole text prove. */
    private static final class Evidence {
        /** changed words that are Vietnamese syllables spelt in a way ordinary punctuation never is */
        int strong;
        /** a backtick that belongs to no vowel: the text quotes code ({@code `true`}), as VIQR never does */
        boolean codeQuote;
    }

    /**
     * Decodes one whitespace-free token, word by word. A word ("run") is a stretch of ASCII
     * letters and digits with the marks attached to them; any other character ends it.
     */
    private static final class TokenDecoder {

        private final String token;
        private final Evidence evidence;
        private final StringBuilder out;
        private final StringBuilder run = new StringBuilder();
        private boolean runChanged;
        private boolean runStrong;
        private boolean toned;
        /** a letter follows a sắc or hỏi mark inside the word (Phu'c, Ti?nh); a dot there is too often a name's (co.n) */
        private boolean letterAfterTone;
        private boolean midWordSlot;
        /** the raw characters just before were a vowel of the run (and maybe its tone): a modifier may follow */
        private boolean modifierSlot;
        /** the raw character before the current one was a vowel or its modifier: a tone may follow */
        private boolean toneSlot;
        /** the raw character before the current one was a plain d of the run */
        private char pendingD;
        /** the vowel a modifier would attach to, and where it is in the run */
        private char vowel;
        private int vowelAt;

        TokenDecoder(String token, Evidence evidence) {
            this.token = token;
            this.evidence = evidence;
            this.out = new StringBuilder(token.length());
        }

        String decode() {
            int i = 0;
            while (i < token.length()) {
                char c = token.charAt(i);
                if (c == '\\' && i + 1 < token.length() && isEscapable(token.charAt(i + 1))) {
                    endRun();
                    out.append(token.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c < 0x80 && Character.isLetterOrDigit(c)) {
                    letter(c);
                } else if (MODIFIERS.indexOf(c) >= 0 && modifierSlot && fits(vowel, c)) {
                    // before or after the tone (Vie^.t as RFC 1456 has it, Vie.^t as some type it)
                    run.insert(vowelAt + 1, c == '^' ? '\u0302' : c == '(' ? '\u0306' : '\u031B');
                    runChanged = runStrong = true;
                    modifierSlot = false;
                    toneSlot = !toned;
                    pendingD = 0;
                } else if (TONE_MARKS.indexOf(c) >= 0 && toneSlot && !toned) {
                    run.append(TONES.charAt(TONE_MARKS.indexOf(c)));
                    runChanged = toned = true;
                    runStrong |= c == '`' || c == '~';
                    midWordSlot = c == '\'' || c == '?';
                    toneSlot = false;
                    pendingD = 0;
                } else {
                    evidence.codeQuote |= c == '`';
                    endRun();
                    out.append(c);
                }
                i++;
            }
            endRun();
            return out.toString();
        }

        private boolean isEscapable(char next) {
            return isMark(next) || (pendingD != 0 && Character.toLowerCase(next) == 'd');
        }

        private void letter(char c) {
            boolean d = Character.toLowerCase(c) == 'd';
            if (d && pendingD != 0 && (pendingD == 'D' || c == 'd')) {
                run.setCharAt(run.length() - 1, pendingD == 'D' ? 'Đ' : 'đ');
                runChanged = runStrong = true;
                pendingD = 0;
                modifierSlot = toneSlot = false;
                return;
            }
            letterAfterTone |= toned && midWordSlot;
            run.append(c);
            pendingD = d ? c : 0;
            modifierSlot = toneSlot = VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
            if (modifierSlot) {
                vowel = c;
                vowelAt = run.length() - 1;
            }
        }

        private static boolean fits(char vowel, char modifier) {
            char lower = Character.toLowerCase(vowel);
            return switch (modifier) {
                case '^' -> "aeo".indexOf(lower) >= 0;
                case '(' -> lower == 'a';
                default -> "ou".indexOf(lower) >= 0;
            };
        }

        private void endRun() {
            if (!run.isEmpty()) {
                String word = Normalizer.normalize(run, Normalizer.Form.NFC);
                // a lone letter proves nothing: O+ is a blood group before it is Ơ
                boolean strong = (runStrong && word.length() >= 2) || (letterAfterTone && word.length() >= 3);
                if (runChanged && strong && VietnameseWords.classify(word, true) == WordKind.VIETNAMESE) {
                    evidence.strong++;
                }
                out.append(word);
            }
            run.setLength(0);
            runChanged = runStrong = toned = letterAfterTone = midWordSlot = modifierSlot = toneSlot = false;
            pendingD = 0;
        }
    }
}
