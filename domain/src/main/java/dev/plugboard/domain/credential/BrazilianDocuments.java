package dev.plugboard.domain.credential;

import java.util.Optional;

/**
 * CPF and CNPJ checks. Shapes are matched against a layout rather than a regular expression: one
 * pass, never past the layout's length, so any input is answered in constant time.
 */
final class BrazilianDocuments {
    // Layout symbols: '#' an ASCII digit, '*' an ASCII letter or digit, anything else a separator
    // that may be left out.
    private static final String CPF_LAYOUT = "###.###.###-##";
    private static final String CNPJ_LAYOUT = "**.***.***/****-##";

    private static final int[] CPF_FIRST_WEIGHTS = {10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CPF_SECOND_WEIGHTS = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_FIRST_WEIGHTS = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_SECOND_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private BrazilianDocuments() {}

    static FormatVerdict checkCpf(String value) {
        return significant(value, CPF_LAYOUT)
                .map(digits -> verdict(digits, CPF_FIRST_WEIGHTS, CPF_SECOND_WEIGHTS))
                .orElse(FormatVerdict.MALFORMED);
    }

    static FormatVerdict checkCnpj(String value) {
        return significant(value, CNPJ_LAYOUT)
                .map(characters -> verdict(characters, CNPJ_FIRST_WEIGHTS, CNPJ_SECOND_WEIGHTS))
                .orElse(FormatVerdict.MALFORMED);
    }

    /** The two layouts never match the same text: a CPF has 11 significant characters, a CNPJ 14. */
    static FormatVerdict checkCpfOrCnpj(String value) {
        FormatVerdict asCpf = checkCpf(value);
        return asCpf == FormatVerdict.MALFORMED ? checkCnpj(value) : asCpf;
    }

    /**
     * The significant characters of {@code value}, letters upper-cased, if it follows {@code
     * layout}; empty otherwise. Separators are matched greedily, which is exact because no
     * separator can fill a character slot.
     */
    private static Optional<String> significant(String value, String layout) {
        if (value.length() > layout.length()) {
            return Optional.empty();
        }
        StringBuilder kept = new StringBuilder(layout.length());
        int at = 0;
        for (int i = 0; i < layout.length(); i++) {
            char slot = layout.charAt(i);
            boolean more = at < value.length();
            if (slot == '#' || slot == '*') {
                if (!more || !fits(slot, value.charAt(at))) {
                    return Optional.empty();
                }
                kept.append(Character.toUpperCase(value.charAt(at++)));
            } else if (more && value.charAt(at) == slot) {
                at++;
            }
        }
        return at == value.length() ? Optional.of(kept.toString()) : Optional.empty();
    }

    private static boolean fits(char slot, char c) {
        boolean digit = c >= '0' && c <= '9';
        boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        return digit || (slot == '*' && letter);
    }

    /** {@code characters}: the body followed by its two check digits, all ASCII, upper case. */
    private static FormatVerdict verdict(String characters, int[] firstWeights, int[] secondWeights) {
        if (characters.chars().distinct().count() == 1) {
            return FormatVerdict.INVALID;
        }
        int length = characters.length();
        boolean checks = checkDigit(characters, firstWeights) == characters.charAt(length - 2) - '0'
                && checkDigit(characters, secondWeights) == characters.charAt(length - 1) - '0';
        return checks ? FormatVerdict.VALID : FormatVerdict.INVALID;
    }

    /**
     * Modulo 11 over the first {@code weights.length} characters, each worth its ASCII code minus
     * 48 (the Receita Federal's rule for the alphanumeric CNPJ; digits keep their value).
     */
    private static int checkDigit(String characters, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (characters.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
