package dev.plugboard.domain.catalog;

import static dev.plugboard.domain.TestConnectors.connector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.catalog.LintFinding.Severity;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.Constraints;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialFormat;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.SelectOption;
import dev.plugboard.domain.credential.UnsupportedJsRegexException.Reason;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CatalogLintTest {
    static final String CPF_PATTERN = "^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$";

    private static List<LintFinding> lint(Credential... credentials) {
        return CatalogLint.lint(
                List.of(connector(601, "Itaú").credentials(credentials).build()));
    }

    private static LintFinding error(String credential, String message) {
        return new LintFinding(Severity.ERROR, 601, Optional.of(credential), message);
    }

    private static LintFinding warning(String credential, String message) {
        return new LintFinding(Severity.WARNING, 601, Optional.of(credential), message);
    }

    private static Credential cpf(String pattern, String message) {
        return Credential.of("CPF", "cpf", CredentialType.NUMBER).withValidation(pattern, message);
    }

    @Test
    void flags_pluggys_own_itau_cpf_field_whose_message_says_11_numbers_but_whose_pattern_takes_punctuation() {
        assertThat(lint(cpf(CPF_PATTERN, "CPF deve ter 11 números.")))
                .containsExactly(error(
                        "cpf",
                        "validationMessage \"CPF deve ter 11 números.\" contradicts its pattern " + CPF_PATTERN
                                + ": the message speaks of digits only, but the pattern also accepts '123.45678912',"
                                + " with punctuation it does not mention"));
    }

    @Test
    void accepts_the_same_pattern_with_a_message_that_mentions_the_punctuation() {
        assertThat(lint(cpf(CPF_PATTERN, "Informe um CPF com 11 dígitos, com ou sem pontos e traço.")))
                .isEmpty();
    }

    @Test
    void flags_a_count_the_pattern_does_not_keep() {
        Credential password = Credential.of("Senha", "password", CredentialType.PASSWORD)
                .withValidation("^.{6,30}$", "A senha deve ter entre 6 e 20 caracteres");
        Credential token = Credential.of("Token", "token", CredentialType.NUMBER)
                .withValidation("^\\d{5,6}$", "O token deve ter 6 dígitos");

        assertThat(lint(password, token))
                .containsExactly(
                        error(
                                "password",
                                "validationMessage \"A senha deve ter entre 6 e 20 caracteres\" contradicts its pattern"
                                        + " ^.{6,30}$: the message says 6 to 20 characters, but the pattern also accepts '"
                                        + "a".repeat(21) + "' (21)"),
                        error(
                                "token",
                                "validationMessage \"O token deve ter 6 dígitos\" contradicts its pattern ^\\d{5,6}$:"
                                        + " the message says 6 digits, but the pattern also accepts '12345' (5)"));
    }

    @Test
    void leaves_alone_messages_it_cannot_read_and_messages_about_check_digits() {
        assertThat(lint(
                        Credential.of("Usuário", "user", CredentialType.TEXT)
                                .withValidation("^user-.{2,50}$", "O user deve começar com \"user-\""),
                        Credential.of("Conta", "account", CredentialType.NUMBER)
                                .withValidation(
                                        "^\\d{4,6}-?\\d?$",
                                        "A conta deve ter de 4 a 6 dígitos, seguidos do dígito verificador")))
                .isEmpty();
    }

    @Test
    void flags_a_select_without_options_and_options_on_other_types() {
        Credential select = Credential.of("Perfil", "profile", CredentialType.SELECT);
        Credential text =
                Credential.of("Banco", "bank", CredentialType.TEXT).withOptions(List.of(new SelectOption("1", "Um")));

        assertThat(lint(select, text))
                .containsExactly(
                        error("profile", "a select credential has no options to choose from"),
                        warning("bank", "has options, but only a select credential offers them"));
    }

    @Test
    void flags_a_pattern_plugboard_refuses() {
        assertThat(lint(cpf("^(?=\\d)\\d{11}$", "Informe um CPF com 11 dígitos, com ou sem pontos e traço.")))
                .containsExactly(error(
                        "cpf", "validation pattern ^(?=\\d)\\d{11}$ is refused: " + Reason.LOOKAHEAD.message("(?=")));
    }

    @Test
    void flags_a_format_whose_pattern_rejects_valid_documents() {
        Credential numericCnpj = Credential.of("CNPJ", "cnpj", CredentialType.TEXT)
                .withValidation("^\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2}$", "Informe o CNPJ")
                .withConstraints(Constraints.format(CredentialFormat.CNPJ));
        Credential plainCpf =
                cpf("^\\d{11}$", "Informe o CPF").withConstraints(Constraints.format(CredentialFormat.CPF));

        assertThat(lint(numericCnpj, plainCpf))
                .containsExactly(
                        error("cnpj", "its pattern rejects the valid CNPJ '12ABC34501DE35'"),
                        warning(
                                "cnpj",
                                "its pattern rejects the valid CNPJ '12.ABC.345/01DE-35', which the format accepts"),
                        warning("cpf", "its pattern rejects the valid CPF '529.982.247-25', which the format accepts"));
    }

    @Test
    void flags_impossible_length_bounds_letters_in_a_number_and_mfa_that_is_never_asked() {
        Credential bounds = Credential.of("Apelido", "nick", CredentialType.TEXT)
                .withConstraints(Constraints.NONE.withLength(OptionalInt.of(8), OptionalInt.of(4)));
        Credential letters =
                Credential.of("Código", "code", CredentialType.NUMBER).withValidation("^\\w{6}$", "Código");
        Credential token =
                Credential.of("Token", "token", CredentialType.NUMBER).asMfa();

        assertThat(lint(bounds, letters, token))
                .containsExactly(
                        error("nick", "minLength 8 is greater than maxLength 4: no value can be valid"),
                        warning("code", "is a number credential, but its pattern accepts letters, such as 'a23456'"),
                        warning(
                                "token",
                                "is an MFA credential, but the connector does not ask for MFA up front (hasMFA is"
                                        + " false), so it is never demanded"));
    }

    @Test
    void flags_a_duplicate_id_and_prints_one_line_per_finding() {
        Connector itau = connector(601, "Itaú").build();

        List<LintFinding> findings = CatalogLint.lint(List.of(itau, itau));

        assertThat(findings)
                .extracting(LintFinding::line)
                .containsExactly("ERROR connector 601: the id appears more than once");
        assertThat(CatalogLint.hasErrors(findings)).isTrue();
        assertThat(CatalogLint.hasErrors(lint(cpf(CPF_PATTERN, "Informe o CPF com ou sem pontos"))))
                .isFalse();
    }
}
