package dev.plugboard.bench;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Branding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.Language;
import dev.plugboard.domain.credential.ValidationContext;
import dev.plugboard.domain.credential.ValidationReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code POST /connectors/{id}/validate} costs in the domain, without HTTP, JSON or tokens:
 * {@link CatalogSnapshot#validate} on the credential rules of two bundled connectors (Pluggy Bank,
 * two fields; Pluggy Bank MFA 1-step, three fields), with values that pass, values that break
 * every rule, and nothing submitted, in the default language. Run with {@code bench/run-jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CredentialValidationBenchmark {
    private static final int PLUGGY_BANK = 2;
    private static final int PLUGGY_BANK_MFA = 4;

    private static final Map<String, String> VALID_TWO = Map.of("user", "user-ok", "password", "password-ok");
    private static final Map<String, String> VALID_THREE =
            Map.of("user", "user-ok", "password", "password-ok", "token", "123456");
    private static final Map<String, String> INVALID_THREE = Map.of("user", "bob", "password", "123", "token", "12x");

    private static final ValidationContext CONTEXT =
            ValidationContext.of(Language.DEFAULT, Instant.parse("2026-01-15T12:00:00Z"));

    private CatalogSnapshot snapshot;

    @Setup
    public void buildSnapshot() {
        Credential user = Credential.of("User", "user", CredentialType.TEXT)
                .withValidation("^user-.{2,50}$", "O user deve começar com \"user-\"");
        Credential password = Credential.of("Password", "password", CredentialType.PASSWORD)
                .withValidation("^.{6,20}$", "A senha deve ter entre 6 e 20 caracteres");
        Credential token = Credential.of("Token", "token", CredentialType.NUMBER)
                .withValidation("^\\d{6}$", "O token deve ter 6 dígitos")
                .asMfa();
        snapshot = CatalogSnapshot.of(
                1,
                List.of(
                        sandboxBank(PLUGGY_BANK, "Pluggy Bank", List.of(user, password)),
                        sandboxBank(PLUGGY_BANK_MFA, "Pluggy Bank MFA 1-step", List.of(user, password, token))));
    }

    private static Connector sandboxBank(int id, String name, List<Credential> credentials) {
        Instant created = Instant.parse("2020-09-07T00:08:06.588Z");
        return new Connector(
                id,
                name,
                ConnectorType.PERSONAL_BANK,
                "BR",
                new Branding("ef294b", "https://pluggy.ai", "https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg"),
                credentials,
                Access.PLAIN,
                ConnectorHealth.ONLINE,
                List.of(Product.ACCOUNTS, Product.TRANSACTIONS),
                Capabilities.NONE,
                true,
                false,
                created,
                Instant.parse("2025-08-03T20:07:20.291Z"));
    }

    @Benchmark
    public ValidationReport validTwoFields() {
        return snapshot.validate(PLUGGY_BANK, VALID_TWO, CONTEXT);
    }

    @Benchmark
    public ValidationReport validThreeFields() {
        return snapshot.validate(PLUGGY_BANK_MFA, VALID_THREE, CONTEXT);
    }

    @Benchmark
    public ValidationReport everyFieldBreaksItsRule() {
        return snapshot.validate(PLUGGY_BANK_MFA, INVALID_THREE, CONTEXT);
    }

    @Benchmark
    public ValidationReport nothingSubmitted() {
        return snapshot.validate(PLUGGY_BANK_MFA, Map.of(), CONTEXT);
    }
}
