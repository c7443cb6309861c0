package dev.plugboard.domain.auth;

import dev.plugboard.domain.Secret;
import java.util.Objects;

/** A just-created application with its secret: the only moment the secret exists in clear. */
public record NewApplication(Application application, Secret clientSecret) {
    public NewApplication {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(clientSecret, "clientSecret");
    }
}
