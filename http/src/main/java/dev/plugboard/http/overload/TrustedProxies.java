package dev.plugboard.http.overload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which client address a request is counted under. By default the TCP peer's: any client can write
 * {@code X-Forwarded-For}, so believing it would let one client pose as any number of addresses
 * and escape every per-address limit. Only a request that arrives from a configured proxy has its
 * {@code X-Forwarded-For} read, from the right: the last entry was written by that proxy, and each
 * entry before it is believed only while the entry after it is a trusted proxy too. The first
 * address not trusted is the client.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of(), "");

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int MAX_HOPS = 32;

    private record Network(byte[] address, int prefix) {
        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (candidate[whole] & mask) == (address[whole] & mask);
        }
    }

    private final List<Network> networks;
    private final String text;

    private TrustedProxies(List<Network> networks, String text) {
        this.networks = List.copyOf(networks);
        this.text = text;
    }

    /**
     * Reads a comma-separated list of addresses and networks ({@code 10.0.0.7, 10.1.0.0/16,
     * fd00::/8}); an empty text trusts no proxy.
     *
     * @throws IllegalArgumentException naming the first entry that is neither (see {@link #problems})
     */
    public static TrustedProxies parse(String text) {
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        List<Network> networks = new ArrayList<>();
        for (String entry : entries(text)) {
            networks.add(network(entry).orElseThrow());
        }
        return new TrustedProxies(networks, String.join(", ", entries(text)));
    }

    /** A sentence for each entry that is not an IP address or a network in CIDR notation. */
    public static List<String> problems(String text) {
        return entries(text).stream()
                .filter(entry -> network(entry).isEmpty())
                .map(entry -> "'" + entry + "' is not an IP address or a network such as 10.0.0.0/8 or fd00::/8")
                .toList();
    }

    /**
     * The key of the client a request comes from.
     *
     * @param peer the TCP peer's address, as text (null when unknown)
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
     */
    String clientKey(String peer, List<String> forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        if (networks.isEmpty() && IpLiteral.ipv4(peer).isPresent()) {
            return peer; // already the key: the usual case costs no more than this check
        }
        Optional<byte[]> peerAddress = IpLiteral.parse(peer);
        if (peerAddress.isEmpty()) {
            return peer;
        }
        byte[] client = peerAddress.get();
        if (!networks.isEmpty() && !forwardedFor.isEmpty()) {
            List<String> hops = hops(forwardedFor);
            for (int i = hops.size() - 1; i >= 0 && trusts(client); i--) {
                Optional<byte[]> hop = IpLiteral.parse(withoutPort(hops.get(i)));
                if (hop.isEmpty()) {
                    break;
                }
                client = hop.get();
            }
        }
        return IpLiteral.clientKey(client);
    }

    /** Whether no proxy is trusted (so {@code X-Forwarded-For} need not even be read). */
    boolean none() {
        return networks.isEmpty();
    }

    boolean trusts(byte[] address) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",", MAX_HOPS + 1)) {
                hops.add(hop.strip());
            }
        }
        return hops.size() > MAX_HOPS ? hops.subList(hops.size() - MAX_HOPS, hops.size()) : hops;
    }

    /** {@code 192.0.2.1:8080} and {@code [2001:db8::1]:8080}, which some proxies write, lose the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    private static List<String> entries(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.split(",")).stream().map(String::strip).toList();
    }

    private static Optional<Network> network(String entry) {
        int slash = entry.indexOf('/');
        Optional<byte[]> address = IpLiteral.parse(slash < 0 ? entry : entry.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().length * 8;
        if (slash < 0) {
            return Optional.of(new Network(address.get(), bits));
        }
        String prefix = entry.substring(slash + 1);
        if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > bits) {
            return Optional.empty();
        }
        return Optional.of(new Network(address.get(), Integer.parseInt(prefix)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrustedProxies that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The list as configured, entries separated by {@code ", "}. */
    @Override
    public String toString() {
        return text;
    }
}
