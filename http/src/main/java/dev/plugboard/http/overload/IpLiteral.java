package dev.plugboard.http.overload;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals, read without ever asking DNS: {@link InetAddress#getByName} looks a name up
 * when the text is not a literal it recognises, so only text already known to be one reaches it.
 */
final class IpLiteral {
    // Hex digits, colons and (for an embedded IPv4 tail) dots, with at least one colon: the JDK
    // parses that as an IPv6 literal or refuses it, and never resolves it.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {}

    /** The address's bytes (4 or 16; an IPv4-mapped IPv6 address gives 4), or empty. */
    static Optional<byte[]> parse(String text) {
        if (text == null || text.length() > 45) {
            return Optional.empty();
        }
        Optional<byte[]> ipv4 = ipv4(text);
        if (ipv4.isPresent()) {
            return ipv4;
        }
        if (IPV6.matcher(text).matches()) {
            try {
                return Optional.of(InetAddress.getByName(text).getAddress());
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Dotted decimal, exactly four numbers from 0 to 255 without leading zeros (which some parsers
     * read as octal). By hand: it runs for every request.
     */
    static Optional<byte[]> ipv4(String text) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (value == 0) {
                    return Optional.empty();
                }
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return Optional.empty();
                }
            } else if (c == '.' && value >= 0 && part < 3) {
                bytes[part++] = (byte) value;
                value = -1;
            } else {
                return Optional.empty();
            }
        }
        if (part != 3 || value < 0) {
            return Optional.empty();
        }
        bytes[3] = (byte) value;
        return Optional.of(bytes);
    }

    /**
     * The key a client's requests are counted under: an IPv4 address whole, an IPv6 address by its
     * /64 network, since one subscriber is usually given a whole /64 and could otherwise pick a new
     * address for every request.
     */
    static String clientKey(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "."
                    + (address[3] & 0xff);
        }
        StringBuilder key = new StringBuilder(24);
        for (int i = 0; i < 8; i += 2) {
            key.append(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff)))
                    .append(':');
        }
        return key.append(":/64").toString();
    }
}
