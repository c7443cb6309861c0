package dev.plugboard.client;

/** Maps wire strings to enum constants without ever failing on a value it does not know. */
final class WireNames {
    private WireNames() {}

    static <E extends Enum<E>> E constant(Class<E> type, String value, E unknown) {
        for (E constant : type.getEnumConstants()) {
            if (constant != unknown && constant.name().equals(value)) {
                return constant;
            }
        }
        return unknown;
    }
}
