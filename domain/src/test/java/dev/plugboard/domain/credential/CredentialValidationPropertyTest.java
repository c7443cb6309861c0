package dev.plugboard.domain.credential;

import static dev.plugboard.domain.TestConnectors.pluggyBank;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CredentialValidationPropertyTest {
    private static final List<String> CREDENTIAL_ORDER = List.of("user", "password");
    private static final CatalogSnapshot SNAPSHOT = CatalogSnapshot.of(1, List.of(pluggyBank(0)));

    @Property(tries = 1000)
    void validation_never_throws_and_echoes_only_known_masked_parameters(
            @ForAll("submissions") Map<String, String> submitted) {
        ValidationReport report =
                SNAPSHOT.validate(0, submitted, ValidationContext.of(Language.EN, java.time.Instant.EPOCH));

        assertThat(report.parameters().keySet()).isSubsetOf("user", "password");
        if (submitted.containsKey("user")) {
            assertThat(report.parameters()).containsEntry("user", submitted.get("user"));
        }
        if (submitted.containsKey("password")) {
            assertThat(report.parameters().get("password"))
                    .isEqualTo(submitted.get("password").isEmpty() ? "" : CredentialRules.MASK);
        }
        List<String> failing =
                report.errors().stream().map(FieldError::parameter).toList();
        assertThat(failing)
                .isEqualTo(CREDENTIAL_ORDER.stream().filter(failing::contains).toList());
        assertThat(report.valid()).isEqualTo(report.errors().isEmpty());
    }

    @Provide
    Arbitrary<Map<String, String>> submissions() {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of("user", "password"), Arbitraries.strings().all().ofMaxLength(10));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().ascii().ofMaxLength(25).map(s -> "user-" + s));
        return Arbitraries.maps(keys, values).ofMaxSize(5);
    }
}
