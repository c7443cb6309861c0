package dev.plugboard.domain.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for "alike" matching: accents removed, lower case, runs of white space made one
 * space, ends trimmed. {@code "ITAÚ"}, {@code "Itaú"} and {@code "itau"} all fold to {@code "itau"}.
 */
public final class NameFolding {
    private NameFolding() {}

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = folded.length() > 0;
                continue;
            }
            if (pendingSpace) {
                folded.append(' ');
                pendingSpace = false;
            }
            folded.append(c);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
