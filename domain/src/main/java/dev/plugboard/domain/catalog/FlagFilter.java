package dev.plugboard.domain.catalog;

/** A tri-state filter on a boolean attribute: not sent means no filter. */
public enum FlagFilter {
    ANY,
    ONLY_TRUE,
    ONLY_FALSE;

    public static FlagFilter of(boolean wanted) {
        return wanted ? ONLY_TRUE : ONLY_FALSE;
    }

    public boolean accepts(boolean value) {
        return switch (this) {
            case ANY -> true;
            case ONLY_TRUE -> value;
            case ONLY_FALSE -> !value;
        };
    }
}
