package dev.plugboard.domain.credential;

import static dev.plugboard.domain.TestConnectors.withCredentials;
import static dev.plugboard.domain.credential.ValidationCode.DATE_RULE_VALIDATION_ERROR;
import static dev.plugboard.domain.credential.ValidationCode.RULE_VALIDATION_ERROR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.catalog.CatalogSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Plugboard's extensions to Pluggy's validation: formats, length bounds, date rules, languages. */
class CredentialExtensionsTest {
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final ValidationContext PT = ValidationContext.of(Language.PT_BR, NOW);
    static final ValidationContext EN = ValidationContext.of(Language.EN, NOW);
    static final String CPF_PATTERN = "^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$";

    static Credential formatted(String name, CredentialType type, CredentialFormat format) {
        return Credential.of(name, name, type).withConstraints(Constraints.format(format));
    }

    static ValidationReport validate(Credential credential, String value, ValidationContext context) {
        return CatalogSnapshot.of(1, List.of(withCredentials(1, credential)))
                .validate(1, Map.of(credential.name(), value), context);
    }

    static List<FieldError> errors(Credential credential, String value, ValidationContext context) {
        return validate(credential, value, context).errors();
    }

    @Test
    void a_cpf_with_a_wrong_check_digit_says_the_number_is_invalid_not_how_many_digits_it_has() {
        Credential cpf = formatted("cpf", CredentialType.NUMBER, CredentialFormat.CPF)
                .withValidation(CPF_PATTERN, "Informe um CPF com 11 dígitos, com ou sem pontos e traço.");

        assertThat(errors(cpf, "529.982.247-25", PT)).isEmpty();
        assertThat(errors(cpf, "52998224725", PT)).isEmpty();
        assertThat(errors(cpf, "529.982.247-24", PT))
                .containsExactly(new FieldError(
                        "cpf", RULE_VALIDATION_ERROR, ValidationMessage.CPF_INVALID.text(Language.PT_BR)));
        assertThat(errors(cpf, "529.982.247-24", EN))
                .containsExactly(
                        new FieldError("cpf", RULE_VALIDATION_ERROR, ValidationMessage.CPF_INVALID.text(Language.EN)));
        assertThat(errors(cpf, "5299822472", PT))
                .containsExactly(new FieldError(
                        "cpf", RULE_VALIDATION_ERROR, "Informe um CPF com 11 dígitos, com ou sem pontos e traço."));
    }

    @Test
    void a_cnpj_credential_accepts_numeric_and_alphanumeric_cnpjs_and_refuses_a_wrong_check_digit() {
        Credential cnpj = formatted("cnpj", CredentialType.TEXT, CredentialFormat.CNPJ);

        assertThat(errors(cnpj, "11.222.333/0001-81", EN)).isEmpty();
        assertThat(errors(cnpj, "12.ABC.345/01DE-35", EN)).isEmpty();
        assertThat(errors(cnpj, "12ABC34501DE35", EN)).isEmpty();
        assertThat(errors(cnpj, "12.ABC.345/01DE-36", EN))
                .containsExactly(new FieldError(
                        "cnpj", RULE_VALIDATION_ERROR, ValidationMessage.CNPJ_INVALID.text(Language.EN)));
        assertThat(errors(cnpj, "12.ABC", EN))
                .containsExactly(new FieldError(
                        "cnpj", RULE_VALIDATION_ERROR, ValidationMessage.CNPJ_MALFORMED.text(Language.EN)));
    }

    @Test
    void cpf_or_cnpj_names_the_document_whose_check_digits_failed() {
        Credential document = formatted("document", CredentialType.TEXT, CredentialFormat.CPF_OR_CNPJ);

        assertThat(errors(document, "52998224725", EN)).isEmpty();
        assertThat(errors(document, "11222333000181", EN)).isEmpty();
        assertThat(errors(document, "52998224724", EN))
                .containsExactly(new FieldError(
                        "document", RULE_VALIDATION_ERROR, ValidationMessage.CPF_INVALID.text(Language.EN)));
        assertThat(errors(document, "11222333000182", EN))
                .containsExactly(new FieldError(
                        "document", RULE_VALIDATION_ERROR, ValidationMessage.CNPJ_INVALID.text(Language.EN)));
        assertThat(errors(document, "123", EN))
                .containsExactly(new FieldError(
                        "document", RULE_VALIDATION_ERROR, ValidationMessage.CPF_OR_CNPJ_MALFORMED.text(Language.EN)));
    }

    @Test
    void email_phone_and_ethereum_formats_report_their_own_problems() {
        Credential email = formatted("email", CredentialType.TEXT, CredentialFormat.EMAIL);
        Credential phone = formatted("phone", CredentialType.TEXT, CredentialFormat.PHONE_BR);
        Credential wallet = Credential.of("wallet", "wallet", CredentialType.ETHADDRESS);

        assertThat(errors(email, "ana@example.com.br", EN)).isEmpty();
        assertThat(errors(email, "ana@@example", EN))
                .containsExactly(new FieldError(
                        "email", RULE_VALIDATION_ERROR, ValidationMessage.EMAIL_MALFORMED.text(Language.EN)));
        assertThat(errors(phone, "(11) 91234-5678", EN)).isEmpty();
        assertThat(errors(phone, "(20) 91234-5678", EN))
                .containsExactly(new FieldError(
                        "phone", RULE_VALIDATION_ERROR, ValidationMessage.PHONE_INVALID.text(Language.EN)));
        assertThat(errors(wallet, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", EN))
                .isEmpty();
        assertThat(errors(wallet, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", EN))
                .containsExactly(new FieldError(
                        "wallet", RULE_VALIDATION_ERROR, ValidationMessage.ETH_ADDRESS_INVALID.text(Language.EN)));
    }

    @Test
    void length_bounds_are_002_with_the_bound_as_data() {
        Credential password = Credential.of("Senha", "password", CredentialType.PASSWORD)
                .withConstraints(Constraints.NONE.withLength(OptionalInt.of(6), OptionalInt.of(8)));
        Credential withMessage = password.withValidation(".*", "A senha deve ter pelo menos 6 dígitos.");

        assertThat(errors(password, "123456", EN)).isEmpty();
        assertThat(errors(password, "12345", EN))
                .containsExactly(new FieldError(
                        "password",
                        RULE_VALIDATION_ERROR,
                        ValidationMessage.TOO_SHORT.text(Language.EN, "password", 6),
                        Map.of("min", 6)));
        assertThat(errors(password, "123456789", PT))
                .containsExactly(new FieldError(
                        "password",
                        RULE_VALIDATION_ERROR,
                        ValidationMessage.TOO_LONG.text(Language.PT_BR, "password", 8),
                        Map.of("max", 8)));
        assertThat(errors(withMessage, "1234", PT))
                .containsExactly(new FieldError(
                        "password", RULE_VALIDATION_ERROR, "A senha deve ter pelo menos 6 dígitos.", Map.of("min", 6)));
    }

    @Test
    void a_date_in_the_future_is_003_where_the_credential_forbids_it() {
        Credential birth = formatted("birthDate", CredentialType.TEXT, CredentialFormat.DATE)
                .withConstraints(Constraints.format(CredentialFormat.DATE).withAllowFutureDates(false));
        Credential any = formatted("due", CredentialType.TEXT, CredentialFormat.DATE);

        assertThat(errors(birth, "04/12/2026", EN)).as("today, in Brazil").isEmpty();
        assertThat(errors(birth, "2026-12-05", EN))
                .containsExactly(new FieldError(
                        "birthDate",
                        DATE_RULE_VALIDATION_ERROR,
                        ValidationMessage.DATE_IN_FUTURE.text(Language.EN, "birthDate"),
                        Map.of("notAfter", "2026-12-04")));
        assertThat(errors(any, "2030-01-01", EN)).isEmpty();
        assertThat(errors(any, "31/02/2024", EN))
                .containsExactly(
                        new FieldError("due", RULE_VALIDATION_ERROR, ValidationMessage.DATE_INVALID.text(Language.EN)));
    }

    @Test
    void today_is_brazils_today() {
        Credential birth = formatted("birthDate", CredentialType.TEXT, CredentialFormat.DATE)
                .withConstraints(Constraints.format(CredentialFormat.DATE).withAllowFutureDates(false));
        ValidationContext lateEvening = ValidationContext.of(Language.EN, Instant.parse("2026-12-05T01:00:00Z"));

        assertThat(errors(birth, "2026-12-05", lateEvening))
                .as("still the 4th in São Paulo")
                .hasSize(1);
    }

    @Test
    void an_mfa_value_sent_after_its_expiry_is_003() {
        Credential token = Credential.of("Token", "token", CredentialType.NUMBER)
                .asOptional()
                .withExpiresAt(Instant.parse("2026-12-04T11:59:59Z"));

        assertThat(errors(token, "123456", EN))
                .containsExactly(new FieldError(
                        "token",
                        DATE_RULE_VALIDATION_ERROR,
                        ValidationMessage.MFA_EXPIRED.text(Language.EN, "token"),
                        Map.of("expiresAt", "2026-12-04T11:59:59Z")));
        assertThat(errors(token.withExpiresAt(Instant.parse("2026-12-04T12:00:01Z")), "123456", EN))
                .isEmpty();
    }

    @Test
    void a_number_without_rule_takes_digits_only_and_image_and_hcaptcha_need_only_be_present() {
        Credential number = Credential.of("Agência", "agency", CredentialType.NUMBER);
        Credential image = Credential.of("QR", "qr", CredentialType.IMAGE).withValidation("^x$", "never applied");
        Credential captcha = Credential.of("Captcha", "captcha", CredentialType.HCAPTCHA);

        assertThat(errors(number, "0001", EN)).isEmpty();
        assertThat(errors(number, "00-01", EN))
                .containsExactly(new FieldError(
                        "agency", RULE_VALIDATION_ERROR, ValidationMessage.NOT_A_NUMBER.text(Language.EN, "agency")));
        assertThat(errors(image, "iVBORw0KGgo=", EN)).isEmpty();
        assertThat(errors(captcha, "P0_eyJ0eXAiOiJKV1Qi", EN)).isEmpty();
        assertThat(errors(captcha, "", EN))
                .containsExactly(new FieldError(
                        "captcha",
                        ValidationCode.MISSING_REQUIRED_PARAMETER,
                        ValidationMessage.MISSING_REQUIRED.text(Language.EN, "captcha")));
    }

    @Test
    void a_credential_message_comes_in_the_requested_language_when_it_has_one() {
        Credential user = Credential.of("User", "user", CredentialType.TEXT)
                .withValidation("^user-", "O user deve começar com \"user-\"")
                .withValidationMessages(Map.of(Language.EN, "The user must start with \"user-\""));

        assertThat(errors(user, "bob", EN))
                .containsExactly(new FieldError("user", RULE_VALIDATION_ERROR, "The user must start with \"user-\""));
        assertThat(errors(user, "bob", PT))
                .containsExactly(new FieldError("user", RULE_VALIDATION_ERROR, "O user deve começar com \"user-\""));
    }

    @Test
    void portuguese_is_the_default_language_of_plugboards_own_messages() {
        assertThat(ValidationMessage.MISSING_REQUIRED.text(Language.DEFAULT, "cpf"))
                .isEqualTo("O parâmetro cpf é obrigatório.");
        assertThat(ValidationMessage.MISSING_REQUIRED.text(Language.EN, "cpf")).isEqualTo("cpf parameter is required");
        assertThat(Optional.of(Language.DEFAULT)).contains(Language.PT_BR);
    }
}
