package dev.plugboard.http.wire;

import static dev.plugboard.http.wire.WireFixtures.PLUGGY_BANK_JSON;
import static dev.plugboard.http.wire.WireFixtures.pluggyBank;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.HealthStage;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.SelectOption;
import dev.plugboard.http.wire.ConnectorWriter.HealthDetails;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectorWriterTest {
    private static final String HEALTH = "\"health\":{\"status\":\"ONLINE\",\"stage\":null}";
    private static final String USER_CREDENTIAL = "{\"label\":\"User\",\"name\":\"user\",\"type\":\"text\","
            + "\"placeholder\":\"\",\"validation\":\"^user-.{2,50}$\","
            + "\"validationMessage\":\"O user deve começar com \\\"user-\\\"\",\"optional\":false}";

    private static String write(Connector connector) {
        return write(connector, Optional.empty());
    }

    private static String write(Connector connector, Optional<HealthDetails> details) {
        return new String(ConnectorWriter.toBytes(connector, details), StandardCharsets.UTF_8);
    }

    /** Pluggy Bank's JSON with one fragment replaced; fails loudly if the fragment is not there. */
    private static String pluggyBankJsonWith(String fragment, String replacement) {
        assertThat(PLUGGY_BANK_JSON).contains(fragment);
        return PLUGGY_BANK_JSON.replace(fragment, replacement);
    }

    @Test
    void writes_pluggy_bank_as_the_exact_compact_json_of_real_payloads() {
        assertThat(write(pluggyBank())).isEqualTo(PLUGGY_BANK_JSON);
    }

    @Test
    void writes_utf8_bytes_without_unicode_escapes() {
        Connector itau = pluggyBank().withName("Itaú Ação");

        byte[] bytes = ConnectorWriter.toBytes(itau, Optional.empty());

        assertThat(bytes)
                .isEqualTo(pluggyBankJsonWith("\"name\":\"Pluggy Bank\"", "\"name\":\"Itaú Ação\"")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).doesNotContain("\\u");
    }

    @Test
    void writes_empty_health_details_when_details_are_asked_for_but_none_are_known() {
        assertThat(write(pluggyBank(), Optional.of(HealthDetails.NONE)))
                .isEqualTo(pluggyBankJsonWith(
                        HEALTH,
                        "\"health\":{\"status\":\"ONLINE\",\"stage\":null,\"details\":"
                                + "{\"connectionRateLast6Hours\":null,\"connectionsLast6Hours\":0}}"));
    }

    @Test
    void writes_a_known_connection_rate_and_count_in_health_details() {
        HealthDetails details = new HealthDetails(
                java.util.OptionalDouble.of(87.5), 8, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(write(pluggyBank(), Optional.of(details)))
                .isEqualTo(pluggyBankJsonWith(
                        HEALTH,
                        "\"health\":{\"status\":\"ONLINE\",\"stage\":null,\"details\":"
                                + "{\"connectionRateLast6Hours\":87.5,\"connectionsLast6Hours\":8}}"));
    }

    @Test
    void writes_the_override_message_and_plugboards_extra_figures_after_pluggys_two() {
        var window = new dev.plugboard.domain.health.TimeWindow(
                java.time.Instant.parse("2026-12-04T06:01:00Z"), java.time.Instant.parse("2026-12-04T12:01:00Z"));
        var counts = new dev.plugboard.domain.health.OutcomeCounts(
                java.util.Map.of(
                        dev.plugboard.domain.health.ExecutionStatus.SUCCESS, 6L,
                        dev.plugboard.domain.health.ExecutionStatus.CONNECTION_ERROR, 1L,
                        dev.plugboard.domain.health.ExecutionStatus.INVALID_CREDENTIALS, 1L),
                java.util.Map.of(
                        dev.plugboard.domain.connector.Product.ACCOUNTS,
                        new dev.plugboard.domain.health.ProductTally(3, 4)));
        var stats = new dev.plugboard.domain.health.HealthStats(2, window, counts);
        HealthDetails details = new HealthDetails(
                stats.connectionRate(),
                3,
                Optional.of("maintenance until 14h"),
                Optional.of(stats),
                Optional.of(dev.plugboard.domain.health.HealthPolicy.DEFAULT));

        assertThat(write(pluggyBank(), Optional.of(details)))
                .isEqualTo(
                        pluggyBankJsonWith(
                                HEALTH,
                                "\"health\":{\"status\":\"ONLINE\",\"stage\":null,\"details\":{\"connectionRateLast6Hours\":87.5,"
                                        + "\"connectionsLast6Hours\":3,\"error\":\"maintenance until 14h\","
                                        + "\"window\":{\"start\":\"2026-12-04T06:01:00.000Z\",\"end\":\"2026-12-04T12:01:00.000Z\"},"
                                        + "\"sampleSize\":8,\"failures\":1,\"outcomes\":{\"success\":6,\"institutionError\":1,"
                                        + "\"platformError\":0,\"userError\":1},\"products\":{\"ACCOUNTS\":75.0},"
                                        + "\"thresholds\":{\"onlineAt\":90.0,\"offlineBelow\":50.0,\"margin\":5.0,\"minimumSample\":20}}}"));
    }

    @Test
    void writes_a_beta_stage_and_a_non_online_status() {
        Connector beta =
                pluggyBank().withHealth(new ConnectorHealth(HealthStatus.UNSTABLE, Optional.of(HealthStage.BETA)));

        assertThat(write(beta))
                .isEqualTo(pluggyBankJsonWith(HEALTH, "\"health\":{\"status\":\"UNSTABLE\",\"stage\":\"BETA\"}"));
    }

    @Test
    void writes_oauth_url_and_reset_password_url_after_oauth_when_they_are_set() {
        Connector oauth = WireFixtures.withAccess(
                pluggyBank(),
                new Access(
                        false,
                        true,
                        Optional.of("https://auth.mercadopago.com.br/authorization?client_id=1&x=y"),
                        Optional.of("https://pluggy.ai/reset")));

        assertThat(write(oauth))
                .isEqualTo(pluggyBankJsonWith(
                        "\"oauth\":false,",
                        "\"oauth\":true,"
                                + "\"oauthUrl\":\"https://auth.mercadopago.com.br/authorization?client_id=1&x=y\","
                                + "\"resetPasswordUrl\":\"https://pluggy.ai/reset\","));
    }

    @Test
    void writes_only_the_reset_password_url_when_only_it_is_set() {
        Connector reset = WireFixtures.withAccess(
                pluggyBank(), new Access(true, false, Optional.empty(), Optional.of("https://pluggy.ai/reset")));

        assertThat(write(reset))
                .isEqualTo(pluggyBankJsonWith(
                        "\"hasMFA\":false,\"oauth\":false,",
                        "\"hasMFA\":true,\"oauth\":false,\"resetPasswordUrl\":\"https://pluggy.ai/reset\","));
    }

    @Test
    void writes_mfa_on_a_credential_only_when_it_is_true() {
        Credential token =
                Credential.of("Token", "token", CredentialType.NUMBER).asMfa();
        Connector mfa = WireFixtures.withCredentials(pluggyBank(), List.of(WireFixtures.pluggyBankUser(), token));

        assertThat(write(mfa))
                .isEqualTo(pluggyBankJsonWith(
                        PLUGGY_BANK_JSON.substring(
                                PLUGGY_BANK_JSON.indexOf("\"credentials\":"), PLUGGY_BANK_JSON.indexOf("\"imageUrl\"")),
                        "\"credentials\":[" + USER_CREDENTIAL + ","
                                + "{\"label\":\"Token\",\"name\":\"token\",\"type\":\"number\",\"placeholder\":\"\","
                                + "\"optional\":false,\"mfa\":true}],"));
    }

    @Test
    void writes_select_options_in_order_and_optional_strings_only_when_set() {
        Credential select = new Credential(
                "Tipo de conta",
                "accountType",
                CredentialType.SELECT,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true,
                false,
                Optional.of("Escolha uma"),
                Optional.of("aGVsbG8="),
                List.of(new SelectOption("CC", "Conta corrente"), new SelectOption("CP", "Poupança")),
                Optional.of("Veja o extrato"),
                Optional.of(Instant.parse("2026-01-02T03:04:05Z")),
                Constraints.NONE,
                Map.of());
        Connector withSelect = WireFixtures.withCredentials(pluggyBank(), List.of(select));

        assertThat(write(withSelect))
                .isEqualTo(pluggyBankJsonWith(
                        PLUGGY_BANK_JSON.substring(
                                PLUGGY_BANK_JSON.indexOf("\"credentials\":"), PLUGGY_BANK_JSON.indexOf("\"imageUrl\"")),
                        "\"credentials\":[{\"label\":\"Tipo de conta\",\"name\":\"accountType\",\"type\":\"select\","
                                + "\"optional\":true,\"assistiveText\":\"Escolha uma\",\"data\":\"aGVsbG8=\","
                                + "\"options\":[{\"value\":\"CC\",\"label\":\"Conta corrente\"},"
                                + "{\"value\":\"CP\",\"label\":\"Poupança\"}],"
                                + "\"instructions\":\"Veja o extrato\",\"expiresAt\":\"2026-01-02T03:04:05.000Z\"}],"));
    }

    @Test
    void writes_an_empty_credentials_array_for_an_oauth_only_connector() {
        Connector meuPluggy = WireFixtures.withCredentials(pluggyBank(), List.of());

        assertThat(write(meuPluggy))
                .isEqualTo(pluggyBankJsonWith(
                        PLUGGY_BANK_JSON.substring(
                                PLUGGY_BANK_JSON.indexOf("\"credentials\":"), PLUGGY_BANK_JSON.indexOf("\"imageUrl\"")),
                        "\"credentials\":[],"));
    }

    @Test
    void writes_timestamps_with_three_millisecond_digits_even_when_milliseconds_are_zero() {
        Connector roundTimes = pluggyBank()
                .withTimes(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2025-12-31T23:59:59.100Z"));

        assertThat(write(roundTimes))
                .isEqualTo(pluggyBankJsonWith(
                                "\"createdAt\":\"2020-09-07T00:08:06.588Z\"",
                                "\"createdAt\":\"2021-01-01T00:00:00.000Z\"")
                        .replace(
                                "\"updatedAt\":\"2025-08-03T20:07:20.291Z\"",
                                "\"updatedAt\":\"2025-12-31T23:59:59.100Z\""));
    }

    @Test
    void writes_timestamps_cut_to_milliseconds_when_the_instant_is_finer() {
        Connector fine = pluggyBank()
                .withTimes(
                        Instant.parse("2020-09-07T00:08:06.588999999Z"),
                        Instant.parse("2025-08-03T20:07:20.291000001Z"));

        assertThat(write(fine)).isEqualTo(PLUGGY_BANK_JSON);
    }

    @Test
    void writes_every_optional_field_of_connector_and_credentials_in_pluggys_order() {
        assertThat(write(WireFixtures.everyFieldSet())).isEqualTo(WireFixtures.EVERY_FIELD_SET_JSON);
    }
}
