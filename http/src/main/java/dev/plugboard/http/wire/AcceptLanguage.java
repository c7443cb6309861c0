package dev.plugboard.http.wire;

import dev.plugboard.domain.credential.Language;
import java.util.Optional;

/**
 * Picks the language of validation messages from an {@code Accept-Language} header (RFC 9110
 * §12.5.4): the supported language with the highest quality wins, the first listed on a tie; a
 * language with {@code q=0} is never chosen; {@code *} and anything unsupported or malformed fall
 * back to the default, Brazilian Portuguese.
 */
public final class AcceptLanguage {
    private AcceptLanguage() {}

    public static Language choose(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return Language.DEFAULT;
        }
        Language best = null;
        double bestQuality = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String tag = parts[0].strip();
            double quality = quality(parts);
            Optional<Language> language = tag.equals("*") ? Optional.of(Language.DEFAULT) : Language.fromTag(tag);
            if (language.isPresent() && quality > bestQuality) {
                best = language.get();
                bestQuality = quality;
            }
        }
        return best == null ? Language.DEFAULT : best;
    }

    /**
     * The {@code q} weight of one element of an {@code Accept-*} header (RFC 9110 §12.4.2), split
     * at {@code ;}: 1 when absent, 0 when malformed or out of range.
     */
    static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
