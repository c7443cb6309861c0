package dev.plugboard.domain.webhook;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why an attempt failed.
 *
 * @param status the receiver's HTTP status; empty when no answer came (connection refused, timeout)
 * @param error a short description that names no header value or secret
 */
public record DeliveryFailure(OptionalInt status, String error) {
    public static final int MAX_ERROR_LENGTH = 500;

    public DeliveryFailure {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        if (error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH);
        }
    }

    public static DeliveryFailure status(int status) {
        return new DeliveryFailure(OptionalInt.of(status), "the receiver answered HTTP " + status);
    }

    public static DeliveryFailure noAnswer(String error) {
        return new DeliveryFailure(OptionalInt.empty(), error);
    }
}
