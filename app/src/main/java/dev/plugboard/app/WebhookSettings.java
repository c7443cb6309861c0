package dev.plugboard.app;

/**
 * How webhooks are accepted.
 *
 * @param allowHttpLoopback the development flag: accept plain {@code http} URLs to this machine
 *     (127.0.0.0/8, ::1, {@code localhost}); off, every webhook URL must be {@code https}
 */
public record WebhookSettings(boolean allowHttpLoopback) {
    public static final WebhookSettings DEFAULT = new WebhookSettings(false);
}
