package dev.plugboard.storage;

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

/** Connectors that exercise every stored field. */
final class StorageConnectors {
    private StorageConnectors() {}

    static Connector pluggyBank() {
        return new Connector(
                2,
                "Pluggy Bank",
                ConnectorType.PERSONAL_BANK,
                "BR",
                new Branding("ef294b", "https://pluggy.ai", "https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg"),
                List.of(
                        Credential.of("User", "user", CredentialType.TEXT)
                                .withValidation("^user-.{2,50}$", "O user deve começar com \"user-\""),
                        Credential.of("Password", "password", CredentialType.PASSWORD)
                                .withValidation("^.{6,20}$", "A senha deve ter entre 6 e 20 caracteres")),
                Access.PLAIN,
                ConnectorHealth.ONLINE,
                List.of(Product.ACCOUNTS, Product.CREDIT_CARDS, Product.TRANSACTIONS, Product.IDENTITY),
                Capabilities.NONE,
                true,
                false,
                Instant.parse("2020-09-07T00:08:06.588Z"),
                Instant.parse("2025-08-03T20:07:20.291Z"));
    }

    /** Every optional field set, so a round trip proves each column and JSON key is kept. */
    static Connector everythingSet() {
        Credential select = new Credential(
                "Tipo de conta",
                "accountType",
                CredentialType.SELECT,
                Optional.of("Escolha"),
                Optional.of("^(CC|CP)$"),
                Optional.of("Escolha CC ou CP"),
                true,
                false,
                Optional.of("Conta corrente ou poupança"),
                Optional.empty(),
                List.of(new SelectOption("CC", "Conta corrente"), new SelectOption("CP", "Poupança")),
                Optional.empty(),
                Optional.empty(),
                Constraints.NONE,
                Map.of());
        Credential token = new Credential(
                "Token",
                "token",
                CredentialType.IMAGE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                true,
                Optional.empty(),
                Optional.of("iVBORw0KGgo="),
                List.of(),
                Optional.of("Escaneie o QR code"),
                Optional.of(Instant.parse("2026-01-02T03:04:05.678Z")),
                new Constraints(Optional.of(CredentialFormat.DATE), OptionalInt.of(1), OptionalInt.of(10), false),
                Map.of(Language.EN, "Scan the QR code", Language.PT_BR, "Escaneie o QR code"));
        return new Connector(
                601,
                "Itaú",
                ConnectorType.BUSINESS_BANK,
                "BR",
                new Branding(
                        "EC7000", "https://www.itau.com.br", "https://cdn.pluggy.ai/assets/connector-icons/201.svg"),
                List.of(select, token),
                new Access(
                        true,
                        true,
                        Optional.of("https://auth.example/oauth"),
                        Optional.of("https://itau.example/reset")),
                new ConnectorHealth(HealthStatus.UNSTABLE, Optional.of(HealthStage.BETA)),
                List.of(Product.LOANS, Product.MOVE_SECURITY),
                new Capabilities(true, false, true, false, true),
                false,
                true,
                Instant.parse("2023-09-01T18:05:09.145Z"),
                Instant.parse("2024-07-16T15:34:08.028Z"));
    }
}
