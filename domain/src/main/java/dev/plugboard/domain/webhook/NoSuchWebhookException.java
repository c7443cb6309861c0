package dev.plugboard.domain.webhook;

import dev.plugboard.domain.PlugboardException;

/**
 * No webhook with this id belongs to the caller: it never existed, was deleted, or is another
 * application's (the three are not told apart).
 */
public final class NoSuchWebhookException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    public NoSuchWebhookException(String id) {
        super("no webhook " + id + " for this application");
    }
}
