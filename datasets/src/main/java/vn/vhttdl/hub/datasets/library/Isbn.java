package vn.vhttdl.hub.datasets.library;

import java.util.Optional;

/**
 * ISBN: read as catalogues write it ({@code 978-604-2-12345-6}, {@code ISBN 9786042123456},
 * {@code 604-2-1234-X}), kept only when its check digit holds, written as 13 digits.
 */
final class Isbn {

    private Isbn() {
    }

    /** @return the ISBN-13, or empty when the text is no ISBN or its check digit is wrong */
    static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.toUpperCase(java.util.Locale.ROOT).replaceFirst("^ISBN(-1[03])?:?", "")
                .replaceAll("[\\s-]", "");
        if (digits.matches("[0-9]{13}") && checksum13(digits.substring(0, 12)) == digits.charAt(12) - '0') {
            return Optional.of(digits);
        }
        if (digits.matches("[0-9]{9}[0-9X]") && valid10(digits)) {
            String thirteen = "978" + digits.substring(0, 9);
            return Optional.of(thirteen + checksum13(thirteen));
        }
        return Optional.empty();
    }

    private static int checksum13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean valid10(String ten) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = ten.charAt(i) == 'X' ? 10 : ten.charAt(i) - '0';
            sum += digit * (10 - i);
        }
        return sum % 11 == 0;
    }
}
