package dev.plugboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.Secret;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.health.ChangeReason;
import dev.plugboard.domain.health.StatusChange;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConnectorStatusUpdatedTest {
    static final UUID EVENT_ID = UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");

    @Test
    void the_payload_is_pluggys_with_plugboards_extras_inside_data() {
        StatusChange change = new StatusChange(
                201,
                HealthStatus.ONLINE,
                HealthStatus.UNSTABLE,
                Instant.parse("2026-12-04T10:15:30.250Z"),
                ChangeReason.COMPUTED,
                OptionalDouble.of(72.5),
                40);

        assertThat(ConnectorStatusUpdated.of(change, EVENT_ID).toJson())
                .isEqualTo(
                        "{\"event\":\"connector/status_updated\",\"eventId\":\"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\","
                                + "\"id\":\"201\",\"connectorId\":201,\"data\":{\"status\":\"UNSTABLE\",\"previousStatus\":\"ONLINE\","
                                + "\"changedAt\":\"2026-12-04T10:15:30.250Z\",\"reason\":\"COMPUTED\",\"connectionRate\":72.5,"
                                + "\"sampleSize\":40}}");
    }

    @Test
    void a_window_without_executions_has_a_null_rate() {
        ConnectorStatusUpdated event = new ConnectorStatusUpdated(
                EVENT_ID,
                0,
                HealthStatus.ONLINE,
                HealthStatus.OFFLINE,
                Instant.parse("2026-12-04T10:00:00Z"),
                ChangeReason.OVERRIDE_SET,
                OptionalDouble.empty(),
                0);

        assertThat(event.toJson())
                .endsWith("\"changedAt\":\"2026-12-04T10:00:00.000Z\",\"reason\":\"OVERRIDE_SET\","
                        + "\"connectionRate\":null,\"sampleSize\":0}}");
        assertThat(ConnectorStatusUpdated.of(new StatusChange(
                                0,
                                HealthStatus.ONLINE,
                                HealthStatus.OFFLINE,
                                Instant.EPOCH,
                                ChangeReason.COMPUTED,
                                OptionalDouble.empty(),
                                0))
                        .eventId())
                .isNotEqualTo(ConnectorStatusUpdated.of(new StatusChange(
                                0,
                                HealthStatus.ONLINE,
                                HealthStatus.OFFLINE,
                                Instant.EPOCH,
                                ChangeReason.COMPUTED,
                                OptionalDouble.empty(),
                                0))
                        .eventId());
    }

    @Test
    void the_signature_is_hmac_sha256_of_time_dot_body_in_hex() {
        // Expected value computed independently: python3 -c "import hmac,hashlib;
        // print(hmac.new(b'whsec-test-secret', b'1764842400.{...}', hashlib.sha256).hexdigest())"
        String header = WebhookSignature.header(
                Secret.of("whsec-test-secret"), 1764842400L, "{\"event\":\"connector/status_updated\"}");

        assertThat(header)
                .isEqualTo("t=1764842400,v1=75fba9d75e948465d5865a4a90ae7d6eb00927d9fe4bb7a119794a354fc47348");
    }
}
