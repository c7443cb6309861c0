package dev.plugboard.domain;

import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Branding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.SelectOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Object mother for connectors and credentials. Every factory returns an equal value on every
 * call, so tests can compare whole records: {@code assertThat(page.results()).containsExactly(itau())}.
 */
public final class TestConnectors {
    public static final String USER_RULE = "^user-.{2,50}$";
    public static final String USER_MESSAGE = "O user deve começar com \"user-\"";
    public static final String PASSWORD_RULE = "^.{6,20}$";
    public static final String PASSWORD_MESSAGE = "A senha deve ter entre 6 e 20 caracteres";
    public static final String ACCOUNT_TYPE_MESSAGE = "Escolha o tipo de conta";

    public static final int ITAU_ID = 201;
    public static final int ITAU_EMPRESAS_ID = 202;
    public static final int XP_ID = 208;
    public static final int BANCO_DO_BRASIL_ID = 211;
    public static final int ITAU_OPEN_FINANCE_ID = 601;
    public static final int BANCO_NACION_ID = 900;

    private static final Instant CREATED_AT = Instant.parse("2024-01-02T03:04:05Z");
    private static final Branding BRANDING =
            new Branding("EC7000", "https://bank.example", "https://bank.example/logo.svg");

    private TestConnectors() {}

    /** Pluggy's sandbox bank: {@code user} and {@code password} with the real rules and messages. */
    public static Connector pluggyBank(int id) {
        return connector(id, "Pluggy Bank")
                .sandbox()
                .credentials(user(), password())
                .build();
    }

    /** The sandbox bank's business variant: same credentials, type {@code BUSINESS_BANK}. */
    public static Connector pluggyBankBusiness(int id) {
        return connector(id, "Pluggy Bank Empresas")
                .type(ConnectorType.BUSINESS_BANK)
                .sandbox()
                .credentials(user(), password())
                .build();
    }

    public static Connector itau() {
        return connector(ITAU_ID, "Itaú").credentials(user(), password()).build();
    }

    public static Connector itauEmpresas() {
        return connector(ITAU_EMPRESAS_ID, "Itaú Empresas")
                .type(ConnectorType.BUSINESS_BANK)
                .build();
    }

    /** The Open Finance Itaú: same name as {@link #itau()}, with payment initiation and automatic Pix. */
    public static Connector itauOpenFinance() {
        return connector(ITAU_OPEN_FINANCE_ID, "Itaú")
                .openFinance()
                .capabilities(new Capabilities(true, false, false, false, true))
                .build();
    }

    public static Connector bancoDoBrasil() {
        return connector(BANCO_DO_BRASIL_ID, "Banco do Brasil").build();
    }

    public static Connector xpInvestimentos() {
        return connector(XP_ID, "XP Investimentos")
                .type(ConnectorType.INVESTMENT)
                .build();
    }

    /** The one connector outside Brazil. */
    public static Connector bancoNacion() {
        return connector(BANCO_NACION_ID, "Banco de la Nación").country("AR").build();
    }

    /** A live connector whose only inputs are {@code credentials}. */
    public static Connector withCredentials(int id, Credential... credentials) {
        return connector(id, "Connector " + id).credentials(credentials).build();
    }

    public static Credential user() {
        return Credential.of("Usuário", "user", CredentialType.TEXT).withValidation(USER_RULE, USER_MESSAGE);
    }

    public static Credential password() {
        return Credential.of("Senha", "password", CredentialType.PASSWORD)
                .withValidation(PASSWORD_RULE, PASSWORD_MESSAGE);
    }

    /** A {@code select} credential with options {@code pf} and {@code pj} and no message of its own. */
    public static Credential accountType() {
        return Credential.of("Tipo de conta", "accountType", CredentialType.SELECT)
                .withOptions(
                        List.of(new SelectOption("pf", "Pessoa Física"), new SelectOption("pj", "Pessoa Jurídica")));
    }

    /** {@link #accountType()} with {@value #ACCOUNT_TYPE_MESSAGE} as its validation message. */
    public static Credential accountTypeWithMessage() {
        return new Credential(
                "Tipo de conta",
                "accountType",
                CredentialType.SELECT,
                Optional.of(""),
                Optional.empty(),
                Optional.of(ACCOUNT_TYPE_MESSAGE),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                accountType().options(),
                Optional.empty(),
                Optional.empty(),
                Constraints.NONE,
                Map.of());
    }

    /** A required text credential with a pattern but no {@code validationMessage}. */
    public static Credential ruleWithoutMessage(String name, String regex) {
        return new Credential(
                name,
                name,
                CredentialType.TEXT,
                Optional.of(""),
                Optional.of(regex),
                Optional.empty(),
                false,
                false,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Constraints.NONE,
                Map.of());
    }

    /** A live Brazilian personal bank with no credentials, no flags and no capabilities, to adjust. */
    public static ConnectorBuilder connector(int id, String name) {
        return new ConnectorBuilder(id, name);
    }

    /** Changes one attribute at a time of {@link #connector(int, String)}'s plain connector. */
    public static final class ConnectorBuilder {
        private final int id;
        private final String name;
        private ConnectorType type = ConnectorType.PERSONAL_BANK;
        private String country = "BR";
        private List<Credential> credentials = List.of();
        private Capabilities capabilities = Capabilities.NONE;
        private boolean sandbox;
        private boolean openFinance;
        private Access access = Access.PLAIN;

        private ConnectorBuilder(int id, String name) {
            this.id = id;
            this.name = name;
        }

        public ConnectorBuilder type(ConnectorType value) {
            type = value;
            return this;
        }

        public ConnectorBuilder country(String value) {
            country = value;
            return this;
        }

        public ConnectorBuilder credentials(Credential... values) {
            credentials = List.of(values);
            return this;
        }

        public ConnectorBuilder capabilities(Capabilities value) {
            capabilities = value;
            return this;
        }

        public ConnectorBuilder sandbox() {
            sandbox = true;
            return this;
        }

        public ConnectorBuilder openFinance() {
            openFinance = true;
            return this;
        }

        /** Asks for MFA up front ({@code hasMFA}): its {@code mfa} credentials are then required. */
        public ConnectorBuilder mfa() {
            access = new Access(true, false, java.util.Optional.empty(), java.util.Optional.empty());
            return this;
        }

        public Connector build() {
            return new Connector(
                    id,
                    name,
                    type,
                    country,
                    BRANDING,
                    credentials,
                    access,
                    ConnectorHealth.ONLINE,
                    List.of(Product.ACCOUNTS, Product.TRANSACTIONS),
                    capabilities,
                    sandbox,
                    openFinance,
                    CREATED_AT,
                    CREATED_AT);
        }
    }
}
