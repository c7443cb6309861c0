package dev.plugboard.domain.credential;

import java.util.Objects;

/**
 * Every message Plugboard writes itself in a validation answer, in Brazilian Portuguese (the
 * default) and English, beside the code it goes with. A credential's own
 * {@code validationMessage} (or its {@code validationMessages} entry for the language) is used
 * instead wherever the rule that failed is the credential's own. Tests assert against these
 * constants, not copies of the text.
 */
public enum ValidationMessage {
    /** 001. The English text is Pluggy's own wording. */
    MISSING_REQUIRED("O parâmetro %s é obrigatório.", "%s parameter is required"),
    /** 002, a regex mismatch on a credential with no message of its own. */
    INVALID_VALUE("O valor do parâmetro %s é inválido.", "%s parameter is invalid"),
    /** 002, a {@code select} value outside its options. */
    NOT_AN_OPTION("O parâmetro %s deve ser uma destas opções: %s.", "%s parameter must be one of: %s"),
    /** 002, a {@code number} credential with other characters than digits. */
    NOT_A_NUMBER("O parâmetro %s deve conter apenas dígitos.", "%s parameter must contain digits only"),
    /** 002 with {@code data.min}. */
    TOO_SHORT("O parâmetro %s deve ter pelo menos %d caracteres.", "%s parameter must have at least %d characters"),
    /** 002 with {@code data.max}. */
    TOO_LONG("O parâmetro %s deve ter no máximo %d caracteres.", "%s parameter must have at most %d characters"),
    CPF_MALFORMED(
            "O CPF deve ter 11 dígitos, com ou sem pontos e traço (000.000.000-00).",
            "A CPF has 11 digits, with or without dots and a dash (000.000.000-00)."),
    CPF_INVALID(
            "O número de CPF é inválido: os dígitos verificadores não conferem.",
            "The CPF number is invalid: its check digits do not match."),
    CNPJ_MALFORMED(
            "O CNPJ deve ter 14 caracteres (12 letras ou números e 2 dígitos verificadores), com ou sem pontos,"
                    + " barra e traço (00.000.000/0000-00).",
            "A CNPJ has 14 characters (12 letters or digits and 2 check digits), with or without dots, a slash and"
                    + " a dash (00.000.000/0000-00)."),
    CNPJ_INVALID(
            "O número de CNPJ é inválido: os dígitos verificadores não conferem.",
            "The CNPJ number is invalid: its check digits do not match."),
    CPF_OR_CNPJ_MALFORMED(
            "Informe um CPF (11 dígitos) ou um CNPJ (14 caracteres), com ou sem pontuação.",
            "Enter a CPF (11 digits) or a CNPJ (14 characters), with or without punctuation."),
    EMAIL_MALFORMED("O e-mail informado não é um endereço válido.", "The e-mail is not a valid address."),
    PHONE_MALFORMED(
            "O telefone deve ter DDD e 8 ou 9 dígitos, como (11) 91234-5678.",
            "A phone number has an area code and 8 or 9 digits, such as (11) 91234-5678."),
    PHONE_INVALID("O DDD do telefone não existe.", "The phone number's area code does not exist."),
    DATE_MALFORMED(
            "A data deve estar no formato dd/mm/aaaa ou aaaa-mm-dd.", "A date is written dd/mm/yyyy or yyyy-mm-dd."),
    DATE_INVALID("A data informada não existe.", "That date does not exist."),
    ETH_ADDRESS_MALFORMED(
            "O endereço Ethereum deve ter 0x seguido de 40 caracteres hexadecimais.",
            "An Ethereum address is 0x followed by 40 hexadecimal characters."),
    ETH_ADDRESS_INVALID(
            "O endereço Ethereum é inválido: as maiúsculas e minúsculas não conferem com o checksum (EIP-55).",
            "The Ethereum address is invalid: its mixed case does not match its EIP-55 checksum."),
    /** 003 with {@code data.notAfter}. */
    DATE_IN_FUTURE("A data do parâmetro %s não pode estar no futuro.", "%s parameter must not be a future date"),
    /** 003 with {@code data.expiresAt}. */
    MFA_EXPIRED("O parâmetro %s expirou; solicite um novo código.", "%s parameter has expired; ask for a new code");

    private final String portuguese;
    private final String english;

    ValidationMessage(String portuguese, String english) {
        this.portuguese = portuguese;
        this.english = english;
    }

    /** The message in {@code language}, with its placeholders filled. */
    public String text(Language language, Object... args) {
        String template = Objects.requireNonNull(language, "language") == Language.EN ? english : portuguese;
        return args.length == 0 ? template : template.formatted(args);
    }
}
