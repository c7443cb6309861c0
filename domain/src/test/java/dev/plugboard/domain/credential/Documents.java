package dev.plugboard.domain.credential;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Object mother for Brazilian document numbers, and a reference model of their verdicts. The
 * model is written independently of {@code BrazilianDocuments} (regular expressions for the shape,
 * the "weights 2 to 9 from the right, times 10 modulo 11" form of the check digits), so the two
 * check each other.
 */
public final class Documents {
    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // java.util.regex's \d is ASCII-only unless UNICODE_CHARACTER_CLASS is set.
    private static final Pattern CPF_SHAPE = Pattern.compile("\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}");
    private static final Pattern CNPJ_SHAPE =
            Pattern.compile("[0-9A-Za-z]{2}\\.?[0-9A-Za-z]{3}\\.?[0-9A-Za-z]{3}/?[0-9A-Za-z]{4}-?\\d{2}");

    private Documents() {}

    /** A valid CPF, 11 digits, unpunctuated. */
    public static String cpf(Random random) {
        String body = nonRepeating(random, DIGITS, 9);
        String withFirst = body + checkDigit(body, 10);
        return withFirst + checkDigit(withFirst, 11);
    }

    /** A valid numeric CNPJ, 14 digits, unpunctuated. */
    public static String cnpj(Random random) {
        return withCnpjCheckDigits(nonRepeating(random, DIGITS, 12));
    }

    /** A valid alphanumeric CNPJ with at least one letter, 14 characters, unpunctuated. */
    public static String alphanumericCnpj(Random random) {
        StringBuilder body = new StringBuilder(nonRepeating(random, DIGITS + LETTERS, 12));
        body.setCharAt(random.nextInt(12), LETTERS.charAt(random.nextInt(LETTERS.length())));
        return withCnpjCheckDigits(body.toString());
    }

    /** {@code 12345678909} → {@code 123.456.789-09}. */
    public static String punctuatedCpf(String plain) {
        return plain.substring(0, 3) + "." + plain.substring(3, 6) + "." + plain.substring(6, 9) + "-"
                + plain.substring(9);
    }

    /** {@code 12ABC34501DE35} → {@code 12.ABC.345/01DE-35}. */
    public static String punctuatedCnpj(String plain) {
        return plain.substring(0, 2) + "." + plain.substring(2, 5) + "." + plain.substring(5, 8) + "/"
                + plain.substring(8, 12) + "-" + plain.substring(12);
    }

    /** What {@code CredentialFormat.CPF} should answer for {@code value}. */
    static FormatVerdict expectedCpfVerdict(String value) {
        if (!CPF_SHAPE.matcher(value).matches()) {
            return FormatVerdict.MALFORMED;
        }
        String digits = value.replaceAll("[.-]", "");
        return verdict(digits, digits.substring(0, 9), 10);
    }

    /** What {@code CredentialFormat.CNPJ} should answer for {@code value}. */
    static FormatVerdict expectedCnpjVerdict(String value) {
        if (!CNPJ_SHAPE.matcher(value).matches()) {
            return FormatVerdict.MALFORMED;
        }
        String characters = value.replaceAll("[./-]", "").toUpperCase(Locale.ROOT);
        return characters.equals(withCnpjCheckDigits(characters.substring(0, 12)))
                        && !isOneRepeatedCharacter(characters)
                ? FormatVerdict.VALID
                : FormatVerdict.INVALID;
    }

    /** What {@code CredentialFormat.CPF_OR_CNPJ} should answer for {@code value}. */
    static FormatVerdict expectedCpfOrCnpjVerdict(String value) {
        return CPF_SHAPE.matcher(value).matches() ? expectedCpfVerdict(value) : expectedCnpjVerdict(value);
    }

    private static FormatVerdict verdict(String digits, String body, int firstWeight) {
        String withFirst = body + checkDigit(body, firstWeight);
        String expected = withFirst + checkDigit(withFirst, firstWeight + 1);
        return digits.equals(expected) && !isOneRepeatedCharacter(digits) ? FormatVerdict.VALID : FormatVerdict.INVALID;
    }

    private static String withCnpjCheckDigits(String body) {
        String withFirst = body + cnpjCheckDigit(body);
        return withFirst + cnpjCheckDigit(withFirst);
    }

    /** CPF: weights from {@code highestWeight} down to 2, left to right. */
    private static int checkDigit(String digits, int highestWeight) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (highestWeight - i);
        }
        return sum * 10 % 11 % 10;
    }

    /** CNPJ: weights 2, 3, … 9, 2, 3, … from the right; each character worth its ASCII code minus 48. */
    private static int cnpjCheckDigit(String characters) {
        int sum = 0;
        for (int fromRight = 0; fromRight < characters.length(); fromRight++) {
            int value = characters.charAt(characters.length() - 1 - fromRight) - 48;
            sum += value * (2 + fromRight % 8);
        }
        return sum * 10 % 11 % 10;
    }

    private static String nonRepeating(Random random, String alphabet, int length) {
        String text;
        do {
            StringBuilder builder = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            text = builder.toString();
        } while (isOneRepeatedCharacter(text));
        return text;
    }

    private static boolean isOneRepeatedCharacter(String text) {
        return text.chars().allMatch(c -> c == text.charAt(0));
    }
}
