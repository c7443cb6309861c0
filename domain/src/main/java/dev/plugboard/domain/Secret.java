package dev.plugboard.domain;

import java.util.Objects;

/**
 * A value that must never leave the door it came in: a client secret, an API key, a credential
 * value. {@link #toString()} is {@code ***}, so string concatenation, loggers and exception
 * messages cannot leak it; only {@link #reveal()} gives the text, and callers of it are few.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /**
     * Compares every character whatever the first difference, so the time taken does not tell how
     * much of a guess was right (only, at most, its length). Characters are compared as they are:
     * two different unpaired surrogates are not made equal by an encoding step.
     */
    public boolean matches(Secret other) {
        String a = value;
        String b = other.value;
        int difference = a.length() ^ b.length();
        for (int i = 0; i < a.length(); i++) {
            difference |= a.charAt(i) ^ (i < b.length() ? b.charAt(i) : 0);
        }
        return difference == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && matches(other);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "***";
    }
}
