package dev.plugboard.domain.credential;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The semantic formats a credential may declare, beyond its pattern. {@link #check} answers any
 * non-null string without throwing, in time linear in its length (most formats look at no more
 * than a few dozen characters). Values are never trimmed: surrounding white space is malformed.
 */
public enum CredentialFormat {
    /**
     * A CPF (Cadastro de Pessoas Físicas), the individual taxpayer number: 11 digits, written
     * plain ({@code 12345678909}) or with the usual punctuation {@code 123.456.789-09}, where each
     * of the two dots and the hyphen may be left out on its own ({@code 123.456.78909} is
     * accepted, as by Pluggy's pattern {@code ^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$}). Only the digits
     * 0–9 and those separators in those places; no spaces. The last two digits must be the check
     * digits of the first nine (modulo 11, as the Receita Federal computes them). A number made of
     * one repeated digit ({@code 111.111.111-11}) is invalid although its check digits agree.
     */
    CPF,
    /**
     * A CNPJ (Cadastro Nacional da Pessoa Jurídica), the company number, in both forms: the
     * numeric one and the alphanumeric one issued from July 2026. 14 characters, written plain
     * ({@code 12ABC34501DE35}) or with the usual punctuation {@code 12.ABC.345/01DE-35}, where
     * each of the two dots, the slash and the hyphen may be left out on its own. The first 12
     * characters are digits or letters A–Z (lower case is accepted and read as upper case); the
     * last two are digits: the check digits, computed as the Receita Federal specifies (each
     * character is worth its ASCII code minus 48, so digits keep their value and A = 17 … Z = 42;
     * modulo 11 with weights 2 to 9 from the right). For an all-digit number this is the classic
     * CNPJ rule. A number made of one repeated character ({@code 00.000.000/0000-00}) is invalid.
     * Like any modulo-11 scheme the check digits catch most typing mistakes, not all: a character
     * replaced by one worth a multiple of 11 more or less ({@code 0} by {@code F} or {@code Q})
     * leaves them unchanged.
     */
    CNPJ,
    /**
     * A {@link #CPF} or a {@link #CNPJ}, told apart by shape: 11 digits (with or without the CPF
     * punctuation) are checked as a CPF, 14 characters (with or without the CNPJ punctuation) as a
     * CNPJ. Anything else is malformed.
     */
    CPF_OR_CNPJ,
    /**
     * An e-mail address as people type it (not every form RFC 5322 allows): exactly one {@code @};
     * before it 1 to 64 characters of letters, digits and {@code .!#$%&'*+/=?^_`{|}~-}, not
     * starting or ending with a dot nor containing two dots in a row; after it a domain of at
     * least two dot-separated labels of letters, digits and hyphens, each 1 to 63 characters, not
     * starting or ending with a hyphen, the last one (the top-level domain) made of at least two
     * letters or written in its ASCII form {@code xn--…}; at most 254 characters in all; no white
     * space. Internationalised addresses are accepted: "letters" and "digits" include those of
     * every script, with their combining marks ({@code joão@exemplo.com.br}, {@code
     * user@пример.рф}). Quoted local parts, comments and IP-address domains are not accepted.
     */
    EMAIL,
    /**
     * A Brazilian phone number: an optional country code {@code +55} or {@code 55}; the two-digit
     * area code (DDD), optionally in parentheses; then either a mobile number of 9 digits starting
     * with 9 or a landline number of 8 digits starting with 2, 3, 4 or 5. A single space may
     * follow the country code, the area code and the leading 9 of a mobile number; a single
     * hyphen or space may separate the last four digits. Examples: {@code +55 11 98765-4321},
     * {@code (11) 9 8765-4321}, {@code 1133334444}, {@code 5511987654321}. The area code must be
     * one of the 67 in use: 11–19, 21, 22, 24, 27, 28, 31–35, 37, 38, 41–49, 51, 53–55, 61–69,
     * 71, 73–75, 77, 79, 81–89, 91–99; any other is invalid. A wrong number of digits is malformed.
     */
    PHONE_BR,
    /**
     * A calendar date, either ISO 8601 {@code yyyy-MM-dd} ({@code 2024-02-29}) or Brazilian
     * {@code dd/MM/yyyy} ({@code 29/02/2024}), always with two-digit day and month and a four-digit
     * year. A date that does not exist in the Gregorian calendar ({@code 2024-02-30},
     * {@code 31/04/2025}, month 13, year 0000) is invalid; any other shape is malformed.
     */
    DATE,
    /**
     * An Ethereum account address: {@code 0x} (lower-case x) followed by 40 hexadecimal
     * characters. All-lower-case and all-upper-case addresses carry no checksum and are accepted
     * as they are; a mixed-case address must carry a correct EIP-55 checksum (a letter is upper
     * case exactly when the matching hex digit of the Keccak-256 hash of the lower-case address is
     * 8 or more), otherwise it is invalid.
     */
    ETH_ADDRESS;

    /** How a value measures up to this format. */
    public FormatVerdict check(String value) {
        Objects.requireNonNull(value, "value");
        return switch (this) {
            case CPF -> BrazilianDocuments.checkCpf(value);
            case CNPJ -> BrazilianDocuments.checkCnpj(value);
            case CPF_OR_CNPJ -> BrazilianDocuments.checkCpfOrCnpj(value);
            case EMAIL -> EmailAddresses.check(value);
            case PHONE_BR -> PhoneNumbers.check(value);
            case DATE -> Dates.check(value);
            case ETH_ADDRESS -> EthereumAddresses.check(value);
        };
    }

    /** The format a catalog names, spelled exactly as the constant ({@code "CPF_OR_CNPJ"}). */
    public static Optional<CredentialFormat> fromWire(String text) {
        Objects.requireNonNull(text, "text");
        return Arrays.stream(values())
                .filter(format -> format.name().equals(text))
                .findFirst();
    }

    /** The date a {@link #DATE} value names; empty unless {@code DATE.check(value)} is VALID. */
    public static Optional<LocalDate> parseDate(String value) {
        Objects.requireNonNull(value, "value");
        return Dates.parse(value);
    }
}
