package dev.plugboard.http;

import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Branding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.SelectOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The small catalog the HTTP tests serve. */
final class HttpFixtures {
    private HttpFixtures() {}

    static List<Connector> catalog() {
        return List.of(pluggyBank(0), pluggyBank(2), itauDirect(), bancoDoBrasil(), itauOpenFinance(), business());
    }

    static Connector pluggyBank(int id) {
        return new Connector(
                id,
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

    static Connector itauDirect() {
        return live(
                201,
                "Itaú",
                ConnectorType.PERSONAL_BANK,
                false,
                Capabilities.NONE,
                List.of(
                        Credential.of("Agência", "agency", CredentialType.NUMBER)
                                .withValidation("^\\d{4}", "Agência deve ter 4 dígitos"),
                        Credential.of("Conta", "account", CredentialType.NUMBER)
                                .withValidation("^\\d{4,6}", "Conta inválida"),
                        Credential.of("Senha", "password", CredentialType.PASSWORD)
                                .withValidation("^\\d{6}$", "Senha de 6 dígitos"),
                        Credential.of("Perfil", "profile", CredentialType.SELECT)
                                .withOptions(List.of(
                                        new SelectOption("PF", "Pessoa física"),
                                        new SelectOption("PJ", "Pessoa jurídica")))
                                .asOptional()));
    }

    static Connector bancoDoBrasil() {
        return live(
                211,
                "Banco do Brasil",
                ConnectorType.PERSONAL_BANK,
                false,
                new Capabilities(true, true, false, false, false),
                List.of(Credential.of("Agência", "agency", CredentialType.NUMBER)));
    }

    static Connector itauOpenFinance() {
        return live(
                601,
                "Itaú",
                ConnectorType.PERSONAL_BANK,
                true,
                new Capabilities(true, true, true, true, true),
                List.of(Credential.of("CPF", "cpf", CredentialType.NUMBER)
                        .withValidation("^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$", "CPF deve ter 11 números.")));
    }

    static Connector business() {
        return live(
                609,
                "Bradesco Empresas",
                ConnectorType.BUSINESS_BANK,
                true,
                new Capabilities(true, false, false, false, true),
                List.of(Credential.of("CNPJ", "cnpj", CredentialType.NUMBER)));
    }

    private static Connector live(
            int id,
            String name,
            ConnectorType type,
            boolean openFinance,
            Capabilities capabilities,
            List<Credential> credentials) {
        return new Connector(
                id,
                name,
                type,
                "BR",
                new Branding(
                        "EC7000",
                        "https://example.com/" + id,
                        "https://cdn.pluggy.ai/assets/connector-icons/" + id + ".svg"),
                credentials,
                new Access(false, openFinance, Optional.empty(), Optional.empty()),
                ConnectorHealth.ONLINE,
                List.of(Product.ACCOUNTS, Product.TRANSACTIONS),
                capabilities,
                false,
                openFinance,
                Instant.parse("2023-09-01T18:05:09.145Z"),
                Instant.parse("2024-07-16T15:34:08.028Z"));
    }
}
