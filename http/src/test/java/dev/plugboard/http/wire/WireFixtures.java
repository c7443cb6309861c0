package dev.plugboard.http.wire;

import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Branding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.connector.HealthStage;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialFormat;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.Language;
import dev.plugboard.domain.credential.SelectOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Object mother for the wire tests: real connectors of contract §9, and variations of them. */
final class WireFixtures {
    /** Pluggy Bank (id 2) exactly as {@link ConnectorWriter} must write it: contract §1, §2 and §9.1. */
    static final String PLUGGY_BANK_JSON = "{\"id\":2,\"name\":\"Pluggy Bank\",\"primaryColor\":\"ef294b\","
            + "\"institutionUrl\":\"https://pluggy.ai\",\"country\":\"BR\",\"type\":\"PERSONAL_BANK\","
            + "\"credentials\":["
            + "{\"label\":\"User\",\"name\":\"user\",\"type\":\"text\",\"placeholder\":\"\","
            + "\"validation\":\"^user-.{2,50}$\",\"validationMessage\":\"O user deve começar com \\\"user-\\\"\","
            + "\"optional\":false},"
            + "{\"label\":\"Password\",\"name\":\"password\",\"type\":\"password\",\"placeholder\":\"\","
            + "\"validation\":\"^.{6,20}$\",\"validationMessage\":\"A senha deve ter entre 6 e 20 caracteres\","
            + "\"optional\":false}],"
            + "\"imageUrl\":\"https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg\","
            + "\"hasMFA\":false,\"oauth\":false,"
            + "\"health\":{\"status\":\"ONLINE\",\"stage\":null},"
            + "\"products\":[\"ACCOUNTS\",\"CREDIT_CARDS\",\"TRANSACTIONS\",\"PAYMENT_DATA\",\"INVESTMENTS\","
            + "\"INVESTMENTS_TRANSACTIONS\",\"IDENTITY\",\"LOANS\"],"
            + "\"createdAt\":\"2020-09-07T00:08:06.588Z\",\"isSandbox\":true,\"isOpenFinance\":false,"
            + "\"updatedAt\":\"2025-08-03T20:07:20.291Z\","
            + "\"supportsPaymentInitiation\":false,\"supportsScheduledPayments\":false,"
            + "\"supportsSmartTransfers\":false,\"supportsBoletoManagement\":false,\"supportsAutomaticPix\":false}";

    /** {@link #everyFieldSet()} as {@link ConnectorWriter} must write it. */
    static final String EVERY_FIELD_SET_JSON = "{\"id\":612,\"name\":\"Itaú Unibanco\",\"primaryColor\":\"EC7000\","
            + "\"institutionUrl\":\"https://www.itau.com.br\",\"country\":\"BR\",\"type\":\"BUSINESS_BANK\","
            + "\"credentials\":["
            + "{\"label\":\"User\",\"name\":\"user\",\"type\":\"text\",\"placeholder\":\"\","
            + "\"validation\":\"^user-.{2,50}$\",\"validationMessage\":\"O user deve começar com \\\"user-\\\"\","
            + "\"optional\":false},"
            + "{\"label\":\"Token\",\"name\":\"token\",\"type\":\"number\",\"placeholder\":\"\","
            + "\"validation\":\"^\\\\d{6}$\",\"validationMessage\":\"O token tem 6 dígitos\","
            + "\"optional\":false,\"mfa\":true,\"format\":\"DATE\",\"minLength\":6,\"maxLength\":10,"
            + "\"allowFutureDates\":false,\"validationMessages\":{\"en\":\"The token has 6 digits\"}},"
            + "{\"label\":\"Perfil\",\"name\":\"profile\",\"type\":\"select\",\"placeholder\":\"Escolha\","
            + "\"optional\":true,\"assistiveText\":\"Pessoa física ou jurídica\","
            + "\"data\":\"data:image/png;base64,iVBORw0KGgo=\","
            + "\"options\":[{\"value\":\"PF\",\"label\":\"Pessoa Física\"},{\"value\":\"PJ\",\"label\":\"Pessoa Jurídica\"}],"
            + "\"instructions\":\"Escolha o seu perfil\",\"expiresAt\":\"2026-01-02T03:04:05.678Z\"}],"
            + "\"imageUrl\":\"https://cdn.pluggy.ai/assets/connector-icons/612.svg\","
            + "\"hasMFA\":true,\"oauth\":true,\"oauthUrl\":\"https://auth.itau.example/authorize\","
            + "\"resetPasswordUrl\":\"https://www.itau.com.br/reset\","
            + "\"health\":{\"status\":\"UNSTABLE\",\"stage\":\"BETA\"},"
            + "\"products\":[\"ACCOUNTS\",\"BROKERAGE_NOTE\",\"MOVE_SECURITY\"],"
            + "\"createdAt\":\"2021-03-04T05:06:07.008Z\",\"isSandbox\":false,\"isOpenFinance\":true,"
            + "\"updatedAt\":\"2026-01-01T00:00:00.000Z\","
            + "\"supportsPaymentInitiation\":true,\"supportsScheduledPayments\":false,"
            + "\"supportsSmartTransfers\":true,\"supportsBoletoManagement\":false,\"supportsAutomaticPix\":true}";

    private WireFixtures() {}

    /** The sandbox connector id 2 as captured from real payloads (contract §9.1). */
    static Connector pluggyBank() {
        return new Connector(
                2,
                "Pluggy Bank",
                ConnectorType.PERSONAL_BANK,
                "BR",
                new Branding("ef294b", "https://pluggy.ai", "https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg"),
                List.of(pluggyBankUser(), pluggyBankPassword()),
                Access.PLAIN,
                ConnectorHealth.ONLINE,
                List.of(
                        Product.ACCOUNTS,
                        Product.CREDIT_CARDS,
                        Product.TRANSACTIONS,
                        Product.PAYMENT_DATA,
                        Product.INVESTMENTS,
                        Product.INVESTMENTS_TRANSACTIONS,
                        Product.IDENTITY,
                        Product.LOANS),
                Capabilities.NONE,
                true,
                false,
                Instant.parse("2020-09-07T00:08:06.588Z"),
                Instant.parse("2025-08-03T20:07:20.291Z"));
    }

    static Credential pluggyBankUser() {
        return Credential.of("User", "user", CredentialType.TEXT)
                .withValidation("^user-.{2,50}$", "O user deve começar com \"user-\"");
    }

    static Credential pluggyBankPassword() {
        return Credential.of("Password", "password", CredentialType.PASSWORD)
                .withValidation("^.{6,20}$", "A senha deve ter entre 6 e 20 caracteres");
    }

    static Connector withAccess(Connector c, Access access) {
        return new Connector(
                c.id(),
                c.name(),
                c.type(),
                c.country(),
                c.branding(),
                c.credentials(),
                access,
                c.health(),
                c.products(),
                c.capabilities(),
                c.sandbox(),
                c.openFinance(),
                c.createdAt(),
                c.updatedAt());
    }

    static Connector withCredentials(Connector c, List<Credential> credentials) {
        return new Connector(
                c.id(),
                c.name(),
                c.type(),
                c.country(),
                c.branding(),
                credentials,
                c.access(),
                c.health(),
                c.products(),
                c.capabilities(),
                c.sandbox(),
                c.openFinance(),
                c.createdAt(),
                c.updatedAt());
    }

    /**
     * A connector that sets every optional field of the wire, so a round trip proves that each of
     * them survives.
     */
    static Connector everyFieldSet() {
        Credential token = Credential.of("Token", "token", CredentialType.NUMBER)
                .withValidation("^\\d{6}$", "O token tem 6 dígitos")
                .asMfa()
                .withConstraints(new Constraints(
                        Optional.of(CredentialFormat.DATE), OptionalInt.of(6), OptionalInt.of(10), false))
                .withValidationMessages(Map.of(Language.EN, "The token has 6 digits"));
        Credential profile = new Credential(
                "Perfil",
                "profile",
                CredentialType.SELECT,
                Optional.of("Escolha"),
                Optional.empty(),
                Optional.empty(),
                true,
                false,
                Optional.of("Pessoa física ou jurídica"),
                Optional.of("data:image/png;base64,iVBORw0KGgo="),
                List.of(new SelectOption("PF", "Pessoa Física"), new SelectOption("PJ", "Pessoa Jurídica")),
                Optional.of("Escolha o seu perfil"),
                Optional.of(Instant.parse("2026-01-02T03:04:05.678Z")),
                Constraints.NONE,
                Map.of());
        return new Connector(
                612,
                "Itaú Unibanco",
                ConnectorType.BUSINESS_BANK,
                "BR",
                new Branding(
                        "EC7000", "https://www.itau.com.br", "https://cdn.pluggy.ai/assets/connector-icons/612.svg"),
                List.of(pluggyBankUser(), token, profile),
                new Access(
                        true,
                        true,
                        Optional.of("https://auth.itau.example/authorize"),
                        Optional.of("https://www.itau.com.br/reset")),
                new ConnectorHealth(HealthStatus.UNSTABLE, Optional.of(HealthStage.BETA)),
                List.of(Product.ACCOUNTS, Product.BROKERAGE_NOTE, Product.MOVE_SECURITY),
                new Capabilities(true, false, true, false, true),
                false,
                true,
                Instant.parse("2021-03-04T05:06:07.008Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
