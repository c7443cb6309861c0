package dev.plugboard.domain.credential;

import static dev.plugboard.domain.TestConnectors.ACCOUNT_TYPE_MESSAGE;
import static dev.plugboard.domain.TestConnectors.PASSWORD_MESSAGE;
import static dev.plugboard.domain.TestConnectors.USER_MESSAGE;
import static dev.plugboard.domain.TestConnectors.accountType;
import static dev.plugboard.domain.TestConnectors.accountTypeWithMessage;
import static dev.plugboard.domain.TestConnectors.connector;
import static dev.plugboard.domain.TestConnectors.pluggyBank;
import static dev.plugboard.domain.TestConnectors.ruleWithoutMessage;
import static dev.plugboard.domain.TestConnectors.user;
import static dev.plugboard.domain.TestConnectors.withCredentials;
import static dev.plugboard.domain.credential.ValidationCode.MISSING_REQUIRED_PARAMETER;
import static dev.plugboard.domain.credential.ValidationCode.RULE_VALIDATION_ERROR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialValidationTest {
    static final ValidationContext CONTEXT =
            ValidationContext.of(Language.EN, java.time.Instant.parse("2026-12-04T12:00:00Z"));

    private static final int PLUGGY_BANK = 0;
    private static final int PIN = 50;
    private static final int OPTIONAL_TOKEN = 51;
    private static final int ACCOUNT_TYPE = 52;
    private static final int ACCOUNT_TYPE_WITH_MESSAGE = 53;
    private static final int NO_MESSAGE = 54;
    private static final int MFA = 55;
    private static final int MFA_LATER = 58;
    private static final int PATHOLOGICAL = 56;
    private static final int FREE_SELECT = 57;

    private static final Credential TOKEN = Credential.of("Token", "token", CredentialType.NUMBER)
            .withValidation("^\\d{6}$", "O token tem 6 dígitos")
            .asOptional();

    private final CatalogSnapshot snapshot = CatalogSnapshot.of(
            1,
            List.of(
                    pluggyBank(PLUGGY_BANK),
                    withCredentials(PIN, ruleWithoutMessage("pin", "^\\d{4}"), ruleWithoutMessage("code", "\\d{4}")),
                    withCredentials(OPTIONAL_TOKEN, user(), TOKEN),
                    withCredentials(ACCOUNT_TYPE, accountType()),
                    withCredentials(ACCOUNT_TYPE_WITH_MESSAGE, accountTypeWithMessage()),
                    withCredentials(NO_MESSAGE, ruleWithoutMessage("agency", "^\\d{4}$")),
                    connector(MFA, "MFA 1-step")
                            .mfa()
                            .credentials(
                                    user(),
                                    Credential.of("Token", "token", CredentialType.NUMBER)
                                            .asMfa())
                            .build(),
                    withCredentials(
                            MFA_LATER,
                            user(),
                            Credential.of("Token", "token", CredentialType.NUMBER)
                                    .asMfa()),
                    withCredentials(PATHOLOGICAL, ruleWithoutMessage("name", "^(a+)+$")),
                    withCredentials(
                            FREE_SELECT,
                            Credential.of("Banco", "bank", CredentialType.SELECT)
                                    .withOptions(List.of()))));

    private ValidationReport validate(int connectorId, Map<String, String> submitted) {
        return snapshot.validate(connectorId, submitted, CONTEXT);
    }

    private static FieldError missing(String name) {
        return new FieldError(
                name, MISSING_REQUIRED_PARAMETER, ValidationMessage.MISSING_REQUIRED.text(Language.EN, name));
    }

    @Test
    void valid_pluggy_bank_values_give_no_errors() {
        ValidationReport report = validate(PLUGGY_BANK, Map.of("user", "user-ok", "password", "password-ok"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.valid()).isTrue();
    }

    @Test
    void reports_every_missing_required_value_with_code_001() {
        ValidationReport report = validate(PLUGGY_BANK, Map.of());

        assertThat(report.errors()).containsExactly(missing("user"), missing("password"));
        assertThat(report.valid()).isFalse();
        assertThat(report.parameters()).isEmpty();
    }

    @Test
    void treats_an_empty_value_as_missing() {
        ValidationReport report = validate(PLUGGY_BANK, Map.of("user", "", "password", ""));

        assertThat(report.errors()).containsExactly(missing("user"), missing("password"));
    }

    @Test
    void missing_messages_use_the_constant_and_the_wire_code_001() {
        FieldError error = validate(PLUGGY_BANK, Map.of("password", "password-ok"))
                .errors()
                .get(0);

        assertThat(error.message()).isEqualTo(ValidationMessage.MISSING_REQUIRED.text(Language.EN, "user"));
        assertThat(error.code().wireCode()).isEqualTo("001");
        assertThat(error.data()).isEmpty();
    }

    @Test
    void a_regex_mismatch_gives_002_with_the_credential_validation_message() {
        ValidationReport report = validate(PLUGGY_BANK, Map.of("user", "alice", "password", "password-ok"));

        assertThat(report.errors()).containsExactly(new FieldError("user", RULE_VALIDATION_ERROR, USER_MESSAGE));
        assertThat(report.errors().get(0).code().wireCode()).isEqualTo("002");
    }

    @Test
    void a_regex_mismatch_without_a_validation_message_gives_the_invalid_value_constant() {
        assertThat(validate(NO_MESSAGE, Map.of("agency", "12a4")).errors())
                .containsExactly(new FieldError(
                        "agency", RULE_VALIDATION_ERROR, ValidationMessage.INVALID_VALUE.text(Language.EN, "agency")));
    }

    @Test
    void reports_every_failing_field_in_credential_order_whatever_the_submitted_order() {
        Map<String, String> passwordFirst = new LinkedHashMap<>();
        passwordFirst.put("password", "12345");
        passwordFirst.put("user", "bob");

        assertThat(validate(PLUGGY_BANK, passwordFirst).errors())
                .containsExactly(
                        new FieldError("user", RULE_VALIDATION_ERROR, USER_MESSAGE),
                        new FieldError("password", RULE_VALIDATION_ERROR, PASSWORD_MESSAGE));
    }

    @Test
    void reports_missing_and_invalid_fields_together() {
        assertThat(validate(PLUGGY_BANK, Map.of("password", "123")).errors())
                .containsExactly(missing("user"), new FieldError("password", RULE_VALIDATION_ERROR, PASSWORD_MESSAGE));
    }

    @Test
    void the_sandbox_locked_user_passes_format_validation() {
        assertThat(validate(PLUGGY_BANK, Map.of("user", "user-locked", "password", "password-ok"))
                        .errors())
                .isEmpty();
    }

    @Test
    void tests_patterns_with_find_semantics() {
        assertThat(validate(PIN, Map.of("pin", "12345", "code", "ab1234cd")).errors())
                .isEmpty();
        assertThat(validate(PIN, Map.of("pin", "x1234", "code", "12-34")).errors())
                .containsExactly(
                        new FieldError(
                                "pin", RULE_VALIDATION_ERROR, ValidationMessage.INVALID_VALUE.text(Language.EN, "pin")),
                        new FieldError(
                                "code",
                                RULE_VALIDATION_ERROR,
                                ValidationMessage.INVALID_VALUE.text(Language.EN, "code")));
    }

    @Test
    void an_optional_credential_may_be_absent_or_empty() {
        assertThat(validate(OPTIONAL_TOKEN, Map.of("user", "user-ok")).errors()).isEmpty();
        assertThat(validate(OPTIONAL_TOKEN, Map.of("user", "user-ok", "token", ""))
                        .errors())
                .isEmpty();
    }

    @Test
    void an_optional_credential_that_is_present_must_follow_its_rule() {
        assertThat(validate(OPTIONAL_TOKEN, Map.of("user", "user-ok", "token", "12"))
                        .errors())
                .containsExactly(new FieldError("token", RULE_VALIDATION_ERROR, "O token tem 6 dígitos"));
    }

    @Test
    void an_mfa_credential_is_required_on_a_connector_that_asks_for_mfa_up_front() {
        assertThat(validate(MFA, Map.of("user", "user-ok")).errors()).containsExactly(missing("token"));
    }

    @Test
    void an_mfa_credential_is_not_demanded_when_the_connector_asks_for_it_later_but_is_checked_when_sent() {
        assertThat(validate(MFA_LATER, Map.of("user", "user-ok")).errors()).isEmpty();
        assertThat(validate(MFA_LATER, Map.of("user", "user-ok", "token", "12a"))
                        .errors())
                .containsExactly(new FieldError(
                        "token", RULE_VALIDATION_ERROR, ValidationMessage.NOT_A_NUMBER.text(Language.EN, "token")));
    }

    @Test
    void accepts_a_select_value_among_the_options() {
        assertThat(validate(ACCOUNT_TYPE, Map.of("accountType", "pj")).errors()).isEmpty();
    }

    @Test
    void a_select_value_outside_the_options_gives_002_listing_the_options() {
        assertThat(validate(ACCOUNT_TYPE, Map.of("accountType", "Pessoa Física"))
                        .errors())
                .containsExactly(new FieldError(
                        "accountType",
                        RULE_VALIDATION_ERROR,
                        ValidationMessage.NOT_AN_OPTION.text(Language.EN, "accountType", "pf, pj")));
    }

    @Test
    void a_select_value_outside_the_options_gives_the_credential_validation_message_when_it_has_one() {
        assertThat(validate(ACCOUNT_TYPE_WITH_MESSAGE, Map.of("accountType", "PF"))
                        .errors())
                .containsExactly(new FieldError("accountType", RULE_VALIDATION_ERROR, ACCOUNT_TYPE_MESSAGE));
    }

    @Test
    void a_select_without_options_accepts_any_value() {
        assertThat(validate(FREE_SELECT, Map.of("bank", "anything")).errors()).isEmpty();
    }

    @Test
    void a_missing_select_value_gives_001() {
        assertThat(validate(ACCOUNT_TYPE, Map.of()).errors()).containsExactly(missing("accountType"));
    }

    @Test
    void ignores_unknown_keys_and_does_not_echo_them() {
        ValidationReport report =
                validate(PLUGGY_BANK, Map.of("user", "user-ok", "password", "password-ok", "cpf", "123"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.parameters()).isEqualTo(Map.of("user", "user-ok", "password", CredentialRules.MASK));
    }

    @Test
    void echoes_a_password_as_the_mask() {
        assertThat(validate(PLUGGY_BANK, Map.of("password", "12")).parameters())
                .isEqualTo(Map.of("password", CredentialRules.MASK));
        assertThat(CredentialRules.MASK).isEqualTo("********");
    }

    @Test
    void echoes_an_empty_password_as_empty() {
        assertThat(validate(PLUGGY_BANK, Map.of("user", "user-ok", "password", ""))
                        .parameters())
                .isEqualTo(Map.of("user", "user-ok", "password", ""));
    }

    @Test
    void echoes_other_values_verbatim_even_when_invalid() {
        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("user", "  Alice Ç ");
        submitted.put("password", "password-ok");

        assertThat(validate(PLUGGY_BANK, submitted).parameters())
                .containsExactly(Map.entry("user", "  Alice Ç "), Map.entry("password", CredentialRules.MASK));
    }

    @Test
    void echoes_select_values_verbatim() {
        assertThat(validate(ACCOUNT_TYPE, Map.of("accountType", "xx")).parameters())
                .isEqualTo(Map.of("accountType", "xx"));
    }

    @Test
    void a_pathological_value_against_a_nested_quantifier_is_rejected_in_linear_time() {
        String attack = "a".repeat(100_000) + "!";

        assertThat(validate(PATHOLOGICAL, Map.of("name", attack)).errors())
                .containsExactly(new FieldError(
                        "name", RULE_VALIDATION_ERROR, ValidationMessage.INVALID_VALUE.text(Language.EN, "name")));
        assertThat(validate(PATHOLOGICAL, Map.of("name", "a".repeat(100_000))).errors())
                .isEmpty();
    }
}
