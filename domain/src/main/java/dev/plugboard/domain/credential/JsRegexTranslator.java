package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.JsRegexReader.INVALID_GROUP;
import static dev.plugboard.domain.credential.JsRegexReader.INVALID_GROUP_NAME;
import static dev.plugboard.domain.credential.JsRegexReader.INVALID_NAMED_REFERENCE;
import static dev.plugboard.domain.credential.JsRegexReader.NOTHING_TO_REPEAT;
import static dev.plugboard.domain.credential.JsRegexReader.TRAILING_BACKSLASH;
import static dev.plugboard.domain.credential.JsRegexReader.UNMATCHED_PARENTHESIS;
import static dev.plugboard.domain.credential.JsRegexReader.UNTERMINATED_GROUP;

import dev.plugboard.domain.credential.UnsupportedJsRegexException.Reason;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Translates the source of a JavaScript pattern (no flags, ECMA-262 Annex B syntax) into RE2J
 * syntax with the same {@code test} answers, or refuses it. A recursive-descent parser over the
 * JavaScript grammar: syntax errors are thrown where found; constructs that parse but cannot be run
 * (lookarounds, backreferences, huge counts) are remembered and the first is thrown once the whole
 * pattern has parsed, so that a pattern JavaScript rejects is always reported as such.
 */
final class JsRegexTranslator {
    static final int MAX_REPETITION = 1000;
    /**
     * Atoms once repetitions are multiplied out: a bound on RE2J's program, hence on the cost of each
     * input character (RE2J has no DFA: {@code .{1,1000}$} already costs about 3 s per 100,000
     * characters). The same 1000 RE2J allows one count, applied to the whole pattern.
     */
    static final long MAX_SIZE = 1000;

    static final int MAX_DEPTH = 100;

    private static final Pattern ASCII_GROUP_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern MODIFIERS = Pattern.compile("\\?[ims]*(?:-[ims]*)?:");

    /** One translated piece: an RE2 atom (when quantifiable) or a sequence, and its expanded size. */
    private record Piece(String re2, long size, boolean quantifiable) {}

    private final JsRegexReader in;
    private final JsRegexEscapes escapes;
    private final JsRegexGroups groups;
    private final Set<String> namesSeen = new HashSet<>();
    private UnsupportedJsRegexException firstRefusal;
    private int depth;

    private JsRegexTranslator(String source) {
        this.in = new JsRegexReader(source);
        this.groups = JsRegexGroups.scan(source);
        this.escapes = new JsRegexEscapes(in, groups.hasNames());
    }

    /** The RE2J pattern for {@code source}. */
    static String translate(String source) {
        return new JsRegexTranslator(source).pattern();
    }

    private String pattern() {
        Piece whole = disjunction();
        if (!in.atEnd()) {
            throw in.syntaxError(UNMATCHED_PARENTHESIS, in.position());
        }
        if (firstRefusal != null) {
            throw firstRefusal;
        }
        if (whole.size() > MAX_SIZE) {
            throw new UnsupportedJsRegexException(Reason.TOO_LARGE, String.valueOf(MAX_SIZE));
        }
        return whole.re2();
    }

    private Piece disjunction() {
        Piece first = alternative();
        StringBuilder re2 = new StringBuilder(first.re2());
        long size = first.size();
        while (in.consume('|')) {
            Piece next = alternative();
            re2.append('|').append(next.re2());
            size = saturatedSum(size, next.size());
        }
        return new Piece(re2.toString(), size, false);
    }

    private Piece alternative() {
        StringBuilder re2 = new StringBuilder();
        long size = 0;
        while (!in.atEnd() && in.peek() != '|' && in.peek() != ')') {
            Piece term = term();
            re2.append(term.re2());
            size = saturatedSum(size, term.size());
        }
        return new Piece(re2.toString(), size, false);
    }

    private Piece term() {
        Piece atom = atom();
        int quantifierStart = in.position();
        JsRegexQuantifier quantifier = JsRegexQuantifier.read(in);
        if (quantifier == null) {
            return atom;
        }
        if (!atom.quantifiable()) {
            throw in.syntaxError(NOTHING_TO_REPEAT, quantifierStart);
        }
        if (quantifier.exceeds(MAX_REPETITION)) {
            refuse(Reason.REPETITION_COUNT, quantifier.text());
        }
        long size = saturatedProduct(atom.size(), quantifier.copies());
        return new Piece(atom.re2() + quantifier.toRe2(), size, false);
    }

    private Piece atom() {
        int start = in.position();
        char c = in.peek();
        switch (c) {
            case '^', '$' -> {
                in.advance();
                return new Piece(String.valueOf(c), 1, false);
            }
            case '(' -> {
                return group();
            }
            case '.' -> {
                in.advance();
                return set(JsRegexCharSet.DOT);
            }
            case '[' -> {
                return set(escapes.characterClass());
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?' -> throw in.syntaxError(NOTHING_TO_REPEAT, start);
            case '{' -> {
                if (JsRegexQuantifier.read(in) != null) {
                    throw in.syntaxError(NOTHING_TO_REPEAT, start);
                }
            }
            default -> {
                // Any other code unit, ']' '}' and a '{' that starts no quantifier included, is itself.
            }
        }
        in.advance();
        return set(JsRegexCharSet.of(c));
    }

    private static Piece set(JsRegexCharSet set) {
        return new Piece(set.toRe2(), 1, true);
    }

    private Piece escape() {
        int start = in.position();
        in.advance();
        if (in.atEnd()) {
            throw in.syntaxError(TRAILING_BACKSLASH, null);
        }
        char c = in.peek();
        if (c == 'b' || c == 'B') {
            in.advance();
            return new Piece("\\" + c, 1, false);
        }
        if (c >= '1' && c <= '9') {
            if (in.decimal() <= groups.captureCount()) {
                return refusedAtom(Reason.BACKREFERENCE, in.text(start, in.position()));
            }
            in.reset(start + 1);
        }
        if (c == 'k' && groups.hasNames()) {
            return namedReference(start);
        }
        return set(escapes.atomEscape());
    }

    private Piece namedReference(int start) {
        in.advance();
        if (in.consume('<')) {
            int nameStart = in.position();
            while (!in.atEnd() && in.peek() != '>') {
                in.advance();
            }
            if (!in.atEnd() && groups.names().contains(in.text(nameStart, in.position()))) {
                in.advance();
                return refusedAtom(Reason.BACKREFERENCE, in.text(start, in.position()));
            }
        }
        throw in.syntaxError(INVALID_NAMED_REFERENCE, start);
    }

    private Piece group() {
        int start = in.position();
        in.advance();
        boolean quantifiable = true;
        if (in.lookingAt("?=") || in.lookingAt("?!")) {
            refuse(Reason.LOOKAHEAD, in.text(start, start + 3));
            in.reset(start + 3);
        } else if (in.lookingAt("?<=") || in.lookingAt("?<!")) {
            refuse(Reason.LOOKBEHIND, in.text(start, start + 4));
            in.reset(start + 4);
            quantifiable = false;
        } else if (in.lookingAt("?<")) {
            groupName(start);
        } else if (in.lookingAt("?:")) {
            in.reset(start + 3);
        } else if (in.lookingAt("?")) {
            modifiers(start);
        }
        if (++depth > MAX_DEPTH) {
            throw new UnsupportedJsRegexException(Reason.TOO_DEEP, String.valueOf(MAX_DEPTH));
        }
        Piece body = disjunction();
        if (!in.consume(')')) {
            throw in.syntaxError(UNTERMINATED_GROUP, start);
        }
        depth--;
        return new Piece("(?:" + body.re2() + ")", body.size(), quantifiable);
    }

    private void groupName(int start) {
        in.reset(start + 3);
        int nameStart = in.position();
        while (!in.atEnd() && in.peek() != '>') {
            in.advance();
        }
        if (in.atEnd()) {
            throw in.syntaxError(INVALID_GROUP_NAME, start);
        }
        String name = in.text(nameStart, in.position());
        in.advance();
        if (ASCII_GROUP_NAME.matcher(name).matches()) {
            if (!namesSeen.add(name)) {
                refuse(Reason.DUPLICATE_GROUP_NAME, name);
            }
        } else if (name.chars().allMatch(c -> c < 0x80 && c != '\\')) {
            throw in.syntaxError(INVALID_GROUP_NAME, start);
        } else {
            refuse(Reason.GROUP_NAME, name);
        }
    }

    /** {@code (?ims-ims:…)}: ES2025 modifiers, refused; any other {@code (?} is a syntax error. */
    private void modifiers(int start) {
        int end = in.matchEnd(MODIFIERS);
        if (end < 0) {
            throw in.syntaxError(INVALID_GROUP, start);
        }
        refuse(Reason.MODIFIER_GROUP, in.text(start, end));
        in.reset(end);
    }

    private Piece refusedAtom(Reason reason, String fragment) {
        refuse(reason, fragment);
        return new Piece("(?:)", 1, true);
    }

    private void refuse(Reason reason, String fragment) {
        if (firstRefusal == null) {
            firstRefusal = new UnsupportedJsRegexException(reason, fragment);
        }
    }

    private static long saturatedSum(long a, long b) {
        return Math.min(MAX_SIZE + 1, a + b);
    }

    private static long saturatedProduct(long a, long b) {
        return Math.min(MAX_SIZE + 1, a * Math.min(b, MAX_SIZE + 1));
    }
}
