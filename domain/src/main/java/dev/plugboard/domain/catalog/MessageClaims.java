package dev.plugboard.domain.catalog;

import dev.plugboard.domain.credential.JsRegex;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a {@code validationMessage} promises about a value — "11 números", "entre 6 e 20
 * caracteres", "at least 8 characters" — and probes the credential's pattern for a value that
 * breaks the promise: a count outside it, or punctuation or letters the message does not mention.
 * Only a found counterexample is reported, so a message this cannot read is never flagged.
 * Messages that mention a check digit ("dígito verificador") describe more than a count and are
 * left alone.
 */
final class MessageClaims {
    private record Range(int min, int max) {}

    private static final String UNIT_DIGITS = "(?:numeros|digitos|digits|numbers)";
    private static final String UNIT_CHARACTERS = "(?:caracteres|characters|letras|chars)";
    private static final Pattern PUNCTUATION_MENTIONED = Pattern.compile(
            "com ou sem|with or without|ponto|traco|barra|hifen|pontuacao|dots?\\b|dash|slash|hyphen|punctuation");
    private static final Pattern CHECK_DIGIT = Pattern.compile("verificador|check digit|\\bdv\\b");
    private static final List<String> SEPARATORS = List.of(".", "-", "/", " ");
    private static final int PROBE_LIMIT = 64;

    private MessageClaims() {}

    /** A sentence describing a value the pattern accepts or rejects against the message's claim. */
    static Optional<String> contradiction(String message, JsRegex pattern) {
        String text = NameFolding.fold(message);
        if (CHECK_DIGIT.matcher(text).find()) {
            return Optional.empty();
        }
        Optional<Range> digits = claim(text, UNIT_DIGITS);
        if (digits.isPresent()) {
            return digitContradiction(
                    digits.get(), PUNCTUATION_MENTIONED.matcher(text).find(), pattern);
        }
        return claim(text, UNIT_CHARACTERS).flatMap(range -> lengthContradiction(range, pattern));
    }

    /** A value with a letter that the pattern accepts, when it accepts some all-digit value. */
    static Optional<String> acceptedWithLetter(JsRegex pattern) {
        for (int length = 1; length <= 20; length++) {
            String sample = digits(length);
            if (pattern.test(sample)) {
                for (int i = 0; i < length; i++) {
                    String lettered = sample.substring(0, i) + "a" + sample.substring(i + 1);
                    if (pattern.test(lettered)) {
                        return Optional.of(lettered);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Range> claim(String text, String unit) {
        Matcher range = Pattern.compile("(?:entre|between|de|from) (\\d{1,2}) (?:e|a|and|to) (\\d{1,2}) " + unit)
                .matcher(text);
        if (range.find()) {
            return Optional.of(new Range(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))));
        }
        Matcher bounded = Pattern.compile(
                        "(pelo menos|no minimo|at least|minimo de|ate|no maximo|at most|up to)? ?(\\d{1,2}) " + unit)
                .matcher(text);
        if (!bounded.find()) {
            return Optional.empty();
        }
        int count = Integer.parseInt(bounded.group(2));
        String bound = bounded.group(1) == null ? "" : bounded.group(1);
        return Optional.of(
                switch (bound) {
                    case "pelo menos", "no minimo", "at least", "minimo de" -> new Range(count, Integer.MAX_VALUE);
                    case "ate", "no maximo", "at most", "up to" -> new Range(1, count);
                    default -> new Range(count, count);
                });
    }

    private static Optional<String> digitContradiction(Range claim, boolean punctuationMentioned, JsRegex pattern) {
        Optional<String> base = firstAccepted(claim, MessageClaims::digits, pattern);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> count = countContradiction(claim, MessageClaims::digits, pattern, "digits");
        if (count.isPresent() || punctuationMentioned) {
            return count;
        }
        String sample = base.get();
        for (String separator : SEPARATORS) {
            for (int i = 1; i < sample.length(); i++) {
                String punctuated = sample.substring(0, i) + separator + sample.substring(i);
                if (pattern.test(punctuated)) {
                    return Optional.of("the message speaks of digits only, but the pattern also accepts '" + punctuated
                            + "', with punctuation it does not mention");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lengthContradiction(Range claim, JsRegex pattern) {
        for (String filler : List.of("a", "1", "A")) {
            java.util.function.IntFunction<String> make = n -> filler.repeat(n);
            if (firstAccepted(claim, make, pattern).isPresent()) {
                return countContradiction(claim, make, pattern, "characters");
            }
        }
        return Optional.empty();
    }

    /** A count just outside the claim that is accepted, or a bound of the claim that is refused. */
    private static Optional<String> countContradiction(
            Range claim, java.util.function.IntFunction<String> make, JsRegex pattern, String unit) {
        String said = claim.min() == claim.max()
                ? claim.min() + " " + unit
                : claim.max() == Integer.MAX_VALUE
                        ? "at least " + claim.min() + " " + unit
                        : claim.min() + " to " + claim.max() + " " + unit;
        if (claim.min() > 1 && pattern.test(make.apply(claim.min() - 1))) {
            return Optional.of("the message says " + said + ", but the pattern also accepts '"
                    + make.apply(claim.min() - 1) + "' (" + (claim.min() - 1) + ")");
        }
        if (claim.max() < PROBE_LIMIT && pattern.test(make.apply(claim.max() + 1))) {
            return Optional.of("the message says " + said + ", but the pattern also accepts '"
                    + make.apply(claim.max() + 1) + "' (" + (claim.max() + 1) + ")");
        }
        if (!pattern.test(make.apply(claim.min()))) {
            return Optional.of("the message says " + said + ", but the pattern rejects '" + make.apply(claim.min())
                    + "' (" + claim.min() + ")");
        }
        if (claim.max() < PROBE_LIMIT && !pattern.test(make.apply(claim.max()))) {
            return Optional.of("the message says " + said + ", but the pattern rejects '" + make.apply(claim.max())
                    + "' (" + claim.max() + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> firstAccepted(
            Range claim, java.util.function.IntFunction<String> make, JsRegex pattern) {
        int last = Math.min(claim.max(), claim.min() + PROBE_LIMIT);
        for (int n = Math.max(1, claim.min()); n <= last; n++) {
            if (pattern.test(make.apply(n))) {
                return Optional.of(make.apply(n));
            }
        }
        return Optional.empty();
    }

    private static String digits(int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('1' + i % 9));
        }
        return digits.toString();
    }
}
