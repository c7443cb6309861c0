package dev.plugboard.http.wire;

import java.util.regex.Pattern;

/**
 * Parses the {@code {id}} of a connector path. Generated clients type the id as a float, so
 * {@code 201.0} (and {@code 201.00}) is id 201. Anything else that is not a whole number from 0 to
 * {@link Integer#MAX_VALUE} — letters, fractions, signs, exponents, overflow — is a 400.
 */
public final class ConnectorIds {
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,10}(?:\\.0+)?");

    private ConnectorIds() {}

    public static int parse(String text) {
        if (text == null || text.length() > 40 || !WHOLE.matcher(text).matches()) {
            throw new ApiException(ApiError.INVALID_CONNECTOR_ID, String.valueOf(text));
        }
        int dot = text.indexOf('.');
        long value = Long.parseLong(dot < 0 ? text : text.substring(0, dot));
        if (value > Integer.MAX_VALUE) {
            throw new ApiException(ApiError.INVALID_CONNECTOR_ID, text);
        }
        return (int) value;
    }
}
