package dev.plugboard.domain.webhook;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The events Plugboard emits, by their wire name. Pluggy has many more; Plugboard sends only these. */
public enum WebhookEvent {
    /** A connector's visible health status changed (ONLINE, UNSTABLE, OFFLINE). */
    CONNECTOR_STATUS_UPDATED("connector/status_updated");

    /**
     * Every value of Pluggy's {@code WebhookEventType} (contract document), so a subscription to one
     * of them can be told apart from a typo: Plugboard refuses both, but says why.
     */
    public static final Set<String> PLUGGY_EVENTS = Set.of(
            "all",
            "item/created",
            "item/updated",
            "item/error",
            "item/deleted",
            "item/waiting_user_input",
            "item/waiting_user_action",
            "item/login_succeeded",
            "connector/status_updated",
            "transactions/created",
            "transactions/updated",
            "transactions/deleted",
            "payment_intent/created",
            "payment_intent/completed",
            "payment_intent/waiting_payer_authorization",
            "payment_intent/error",
            "payment_request/updated",
            "scheduled_payment/created",
            "scheduled_payment/completed",
            "scheduled_payment/error",
            "scheduled_payment/canceled",
            "scheduled_payment/all_completed",
            "scheduled_payment/all_created",
            "boleto/updated",
            "automatic_pix_payment/created",
            "automatic_pix_payment/completed",
            "automatic_pix_payment/error",
            "automatic_pix_payment/canceled",
            "smart_transfer_preauthorization/completed",
            "smart_transfer_preauthorization/error",
            "smart_transfer_payment/completed",
            "smart_transfer_payment/error");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> fromWire(String text) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(text)).findFirst();
    }
}
