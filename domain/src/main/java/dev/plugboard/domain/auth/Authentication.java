package dev.plugboard.domain.auth;

import java.util.Optional;

/** The outcome of checking a {@code clientId} / {@code clientSecret} pair. */
public record Authentication(Outcome outcome, Optional<Application> application) {
    public enum Outcome {
        AUTHENTICATED,
        /** Unknown client id or wrong secret: the two are not told apart. */
        INVALID_KEYS,
        /** The keys are right but the application was disabled. */
        DISABLED
    }

    static Authentication authenticated(Application application) {
        return new Authentication(Outcome.AUTHENTICATED, Optional.of(application));
    }

    static Authentication invalid() {
        return new Authentication(Outcome.INVALID_KEYS, Optional.empty());
    }

    static Authentication disabled(Application application) {
        return new Authentication(Outcome.DISABLED, Optional.of(application));
    }
}
