package dev.plugboard.domain.connector;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How an institution looks: brand colour (six hex digits, no {@code #}, case kept as authored),
 * home page and logo address.
 */
public record Branding(String primaryColor, String institutionUrl, String imageUrl) {
    private static final Pattern HEX_COLOUR = Pattern.compile("[0-9A-Fa-f]{6}");

    public Branding {
        Objects.requireNonNull(primaryColor, "primaryColor");
        Objects.requireNonNull(institutionUrl, "institutionUrl");
        Objects.requireNonNull(imageUrl, "imageUrl");
        if (!HEX_COLOUR.matcher(primaryColor).matches()) {
            throw new IllegalArgumentException("primaryColor must be six hex digits without '#': " + primaryColor);
        }
    }
}
