package dev.plugboard.domain.catalog;

import static dev.plugboard.domain.TestConnectors.bancoDoBrasil;
import static dev.plugboard.domain.TestConnectors.bancoNacion;
import static dev.plugboard.domain.TestConnectors.itau;
import static dev.plugboard.domain.TestConnectors.password;
import static dev.plugboard.domain.TestConnectors.pluggyBank;
import static dev.plugboard.domain.TestConnectors.ruleWithoutMessage;
import static dev.plugboard.domain.TestConnectors.user;
import static dev.plugboard.domain.TestConnectors.withCredentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.Language;
import dev.plugboard.domain.credential.UnsupportedJsRegexException.Reason;
import dev.plugboard.domain.credential.ValidationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogSnapshotTest {
    private static final String LOOKAHEAD_1 = "validation pattern (?=1) is refused: " + Reason.LOOKAHEAD.message("(?=");
    private static final String BACKREFERENCE =
            "validation pattern (a)\\1 is refused: " + Reason.BACKREFERENCE.message("\\1");

    private final CatalogSnapshot snapshot = CatalogSnapshot.of(7, List.of(bancoNacion(), itau(), pluggyBank(0)));

    @Test
    void a_connectors_position_is_its_place_in_the_id_ordered_list_and_minus_one_for_an_unknown_id() {
        List<Connector> connectors = snapshot.connectors();
        for (int i = 0; i < connectors.size(); i++) {
            assertThat(snapshot.position(connectors.get(i).id())).isEqualTo(i);
        }
        assertThat(snapshot.position(-1)).isEqualTo(-1);
        assertThat(snapshot.position(3)).isEqualTo(-1);
        assertThat(snapshot.position(Long.MAX_VALUE)).isEqualTo(-1);
        assertThat(snapshot.position(Integer.MAX_VALUE + 201L)).isEqualTo(-1);
        assertThat(CatalogSnapshot.empty().position(201)).isEqualTo(-1);
    }

    @Test
    void keeps_its_version_and_size() {
        assertThat(snapshot.version()).isEqualTo(7);
        assertThat(snapshot.size()).isEqualTo(3);
    }

    @Test
    void lists_every_connector_sandbox_included_in_ascending_id_order() {
        assertThat(snapshot.connectors()).containsExactly(pluggyBank(0), itau(), bancoNacion());
    }

    @Test
    void the_empty_snapshot_has_version_zero_and_no_connectors() {
        CatalogSnapshot empty = CatalogSnapshot.empty();

        assertThat(empty.version()).isZero();
        assertThat(empty.connectors()).isEmpty();
        assertThat(empty.search(ConnectorQuery.everything())).isEqualTo(new ConnectorPage(1, 0, 0, List.of()));
    }

    @Test
    void finds_a_connector_by_id_sandbox_included() {
        assertThat(snapshot.find(201)).contains(itau());
        assertThat(snapshot.find(0)).contains(pluggyBank(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 999, -1, Integer.MIN_VALUE})
    void finds_nothing_for_an_unknown_or_negative_id(int id) {
        assertThat(snapshot.find(id)).isEmpty();
    }

    @Test
    void gets_a_connector_by_id() {
        assertThat(snapshot.get(900)).isEqualTo(bancoNacion());
    }

    @ParameterizedTest
    @ValueSource(longs = {999, -1, Integer.MAX_VALUE + 1L, Long.MIN_VALUE})
    void get_fails_with_no_such_connector_for_an_unknown_or_negative_id(long id) {
        NoSuchConnectorException thrown = catchThrowableOfType(NoSuchConnectorException.class, () -> snapshot.get(id));

        assertThat(thrown).hasMessage("no connector with id " + id);
        assertThat(thrown.connectorId()).isEqualTo(id);
    }

    @Test
    void validate_fails_with_no_such_connector_for_an_unknown_id() {
        assertThatThrownBy(() -> snapshot.validate(
                        404, Map.of("user", "user-ok"), ValidationContext.of(Language.EN, java.time.Instant.EPOCH)))
                .asInstanceOf(type(NoSuchConnectorException.class))
                .satisfies(e -> assertThat(e.connectorId()).isEqualTo(404));
    }

    @Test
    void rejects_a_duplicate_id() {
        InvalidCatalogException thrown = catchThrowableOfType(
                InvalidCatalogException.class, () -> CatalogSnapshot.of(1, List.of(itau(), bancoDoBrasil(), itau())));

        assertThat(thrown.problems()).containsExactly("connector 201: the id appears more than once");
        assertThat(thrown).hasMessage("the catalog has 1 problem(s): connector 201: the id appears more than once");
    }

    @Test
    void rejects_a_lookahead_naming_the_connector_and_credential() {
        Connector lookahead = withCredentials(
                31, Credential.of("Usuário", "user", CredentialType.TEXT).withValidation("^(?=x)", "no"));

        assertThatThrownBy(() -> CatalogSnapshot.of(1, List.of(lookahead)))
                .asInstanceOf(type(InvalidCatalogException.class))
                .extracting(InvalidCatalogException::problems)
                .isEqualTo(List.of("connector 31, credential 'user': validation pattern ^(?=x) is refused: "
                        + Reason.LOOKAHEAD.message("(?=")));
    }

    @Test
    void rejects_a_backreference_naming_the_connector_and_credential() {
        Connector backreference = withCredentials(32, user(), ruleWithoutMessage("token", "(a)\\1"));

        assertThatThrownBy(() -> CatalogSnapshot.of(1, List.of(backreference)))
                .asInstanceOf(type(InvalidCatalogException.class))
                .extracting(InvalidCatalogException::problems)
                .isEqualTo(List.of("connector 32, credential 'token': " + BACKREFERENCE));
    }

    @Test
    void reports_every_problem_at_once_in_ascending_id_order() {
        Connector lookahead = withCredentials(40, ruleWithoutMessage("agency", "(?=1)"));
        Connector backreference = withCredentials(12, password(), ruleWithoutMessage("token", "(a)\\1"));

        assertThatThrownBy(() -> CatalogSnapshot.of(
                        1, List.of(lookahead, itau(), pluggyBank(0), backreference, itau(), bancoDoBrasil())))
                .asInstanceOf(type(InvalidCatalogException.class))
                .extracting(InvalidCatalogException::problems)
                .isEqualTo(List.of(
                        "connector 12, credential 'token': " + BACKREFERENCE,
                        "connector 40, credential 'agency': " + LOOKAHEAD_1,
                        "connector 201: the id appears more than once"));
    }

    @Test
    void reports_a_bad_pattern_for_every_connector_that_shares_it() {
        Connector first = withCredentials(60, ruleWithoutMessage("agency", "(?=1)"));
        Connector second = withCredentials(61, ruleWithoutMessage("agency", "(?=1)"));

        assertThatThrownBy(() -> CatalogSnapshot.of(1, List.of(second, first)))
                .asInstanceOf(type(InvalidCatalogException.class))
                .extracting(InvalidCatalogException::problems)
                .isEqualTo(List.of(
                        "connector 60, credential 'agency': " + LOOKAHEAD_1,
                        "connector 61, credential 'agency': " + LOOKAHEAD_1));
    }

    @Test
    void reports_every_bad_pattern_of_one_connector() {
        Connector twoBad =
                withCredentials(50, ruleWithoutMessage("agency", "(?=1)"), ruleWithoutMessage("token", "(a)\\1"));

        assertThatThrownBy(() -> CatalogSnapshot.of(1, List.of(twoBad)))
                .asInstanceOf(type(InvalidCatalogException.class))
                .extracting(InvalidCatalogException::problems)
                .isEqualTo(List.of(
                        "connector 50, credential 'agency': " + LOOKAHEAD_1,
                        "connector 50, credential 'token': " + BACKREFERENCE));
    }
}
