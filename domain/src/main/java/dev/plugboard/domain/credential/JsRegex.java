package dev.plugboard.domain.credential;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.plugboard.domain.credential.UnsupportedJsRegexException.Reason;
import java.util.Objects;

/**
 * A JavaScript regular expression, {@code new RegExp(source)} with no flags, run by RE2J in time
 * linear in the input, whose {@link #test} answers exactly what JavaScript's
 * {@code RegExp.prototype.test} answers; or, when that cannot be guaranteed, refused at compile time
 * with an {@link UnsupportedJsRegexException}. Catalog {@code validation} patterns are written for
 * JavaScript (contract §2); read as RE2 syntax, many would silently mean something else.
 *
 * <p>The source is parsed with JavaScript's own grammar (ECMA-262, Annex B, as V8 implements it) and
 * re-emitted as RE2J syntax. JavaScript without the {@code u} flag matches UTF-16 code units, RE2J
 * code points: every surrogate code unit, of the input and of the pattern, is mapped to a private
 * code point (U+F0000 + offset) so that each unit is one RE2J character.
 *
 * <table>
 *   <caption>JS construct → what Plugboard does</caption>
 *   <tr><th>JavaScript construct</th><th>Plugboard</th></tr>
 *   <tr><td>{@code (?=…)} {@code (?!…)}</td><td>refused ({@link Reason#LOOKAHEAD})</td></tr>
 *   <tr><td>{@code (?<=…)} {@code (?<!…)}</td><td>refused ({@link Reason#LOOKBEHIND})</td></tr>
 *   <tr><td>{@code \1}…{@code \9…} when the pattern has that many capturing groups (before or
 *       after), {@code \k<name>} when it has named groups</td><td>refused
 *       ({@link Reason#BACKREFERENCE})</td></tr>
 *   <tr><td>{@code \1}…{@code \7…} otherwise</td><td>legacy octal escape ({@code \12} = U+000A,
 *       {@code \400} = a space then {@code 0}), as JavaScript</td></tr>
 *   <tr><td>{@code \8} {@code \9} otherwise</td><td>the digit itself</td></tr>
 *   <tr><td>{@code {n}} {@code {n,}} {@code {n,m}} with a count above 1000</td><td>refused
 *       ({@link Reason#REPETITION_COUNT}); RE2J's limit. Counts V8 saturates (≥ 2<sup>31</sup>) as
 *       the upper bound mean unbounded, as in V8</td></tr>
 *   <tr><td>repetitions multiplying out to more than 1000 atoms, groups nested more than 100
 *       deep</td><td>refused ({@link Reason#TOO_LARGE}, {@link Reason#TOO_DEEP}): matching stays
 *       linear, but with a constant too large for a request</td></tr>
 *   <tr><td>{@code (?i:…)} and other ES2025 modifier groups</td><td>refused
 *       ({@link Reason#MODIFIER_GROUP})</td></tr>
 *   <tr><td>group names outside ASCII or with escapes; a name used twice</td><td>refused
 *       ({@link Reason#GROUP_NAME}, {@link Reason#DUPLICATE_GROUP_NAME})</td></tr>
 *   <tr><td>SyntaxErrors: unbalanced {@code (} {@code )} {@code [}, nothing to repeat ({@code *a},
 *       {@code ^*}, {@code \b+}, {@code a**}, {@code {2}}, {@code a{2}{3}}), {@code x{2,1}},
 *       {@code [z-a]}, {@code \} at the end, {@code (?x)}, a bad group name, {@code \k} or
 *       {@code [\k]} in a pattern with named groups</td><td>refused
 *       ({@link Reason#INVALID_SYNTAX})</td></tr>
 *   <tr><td>anything else RE2J rejects</td><td>refused ({@link Reason#RE2J_REJECTED})</td></tr>
 *   <tr><td>{@code .}</td><td>any code unit but {@code \n}, {@code \r}, U+2028, U+2029:
 *       {@code [^\n\r\x{2028}\x{2029}]}</td></tr>
 *   <tr><td>{@code \s} {@code \S}, also inside brackets</td><td>JavaScript's WhiteSpace and
 *       LineTerminator set, {@code \t-\r}, space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 *       U+202F, U+205F, U+3000, U+FEFF, as an explicit class (RE2's is ASCII only); bracket classes
 *       are computed as sets of code units, so {@code [\S\d]} and {@code [^\S]} are exact</td></tr>
 *   <tr><td>{@code \d \D \w \W}</td><td>the same ASCII sets</td></tr>
 *   <tr><td>{@code \b \B}</td><td>the same ASCII word boundary outside brackets; {@code [\b]} is
 *       backspace U+0008</td></tr>
 *   <tr><td><code>&#92;uXXXX</code> {@code \xHH}</td><td>that code unit ({@code \x{…}}); without exactly four
 *       (two) hex digits, the letter {@code u} ({@code x}) itself, so <code>&#92;u{2}</code> is {@code uu}</td></tr>
 *   <tr><td>{@code \0} not followed by a digit</td><td>U+0000</td></tr>
 *   <tr><td>{@code \cX}, X an ASCII letter (in brackets also a digit or {@code _})</td><td>the control
 *       character X mod 32; any other {@code \c} is a backslash followed by {@code c}</td></tr>
 *   <tr><td>{@code \t \n \r \f \v}</td><td>those characters</td></tr>
 *   <tr><td>identity escapes: {@code \a \e \z \A \Q \E \p \C \y \/ \- \. \$} …</td><td>the character
 *       itself (RE2 would read {@code \z \A \Q \C \pN} as something else, or reject them)</td></tr>
 *   <tr><td>{@code [^]} / {@code []}</td><td>any code unit, {@code (?s:.)} / nothing,
 *       {@code [^\x{0}-\x{10ffff}]}</td></tr>
 *   <tr><td>{@code [\d-z]}</td><td>Annex B: the dash is a member, as {@code [\d\-z]}</td></tr>
 *   <tr><td><code>&#123;</code> that starts no whole quantifier: <code>a&#123;</code>,
 *       {@code {foo}}, {@code a{,3}}, <code>a&#123;1,2</code>; and {@code ]}, <code>&#125;</code></td>
 *       <td>literal characters</td></tr>
 *   <tr><td>{@code ^} {@code $}</td><td>start and end of the input only (RE2J's {@code $} does not
 *       match before a final {@code \n} either)</td></tr>
 *   <tr><td>{@code (…)} {@code (?:…)} {@code (?<name>…)}</td><td>allowed, emitted as
 *       {@code (?:…)}: captures do not change {@code test}</td></tr>
 *   <tr><td>lazy quantifiers {@code *? +? ?? {n,m}?}</td><td>allowed, same answers</td></tr>
 *   <tr><td>astral characters, surrogate escapes, lone surrogates</td><td>one character per UTF-16
 *       code unit, as in JavaScript: {@code ^.{2}$} matches one emoji, {@code 😀{2}} repeats only
 *       its low surrogate</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsRegex {
    private final String source;
    private final String re2;
    private final Pattern pattern;

    private JsRegex(String source, String re2, Pattern pattern) {
        this.source = source;
        this.re2 = re2;
        this.pattern = pattern;
    }

    /**
     * Compiles {@code source} as {@code new RegExp(source)} would.
     *
     * @throws UnsupportedJsRegexException if JavaScript rejects the source, or if it cannot be run in
     *     linear time with JavaScript's exact answers
     */
    public static JsRegex compile(String source) {
        Objects.requireNonNull(source, "source");
        String re2 = JsRegexTranslator.translate(source);
        try {
            return new JsRegex(source, re2, Pattern.compile(re2));
        } catch (PatternSyntaxException e) {
            throw new UnsupportedJsRegexException(Reason.RE2J_REJECTED, e.getDescription());
        }
    }

    /** What JavaScript's {@code new RegExp(source).test(value)} answers: a match anywhere in it. */
    public boolean test(String value) {
        Objects.requireNonNull(value, "value");
        return pattern.matcher(JsRegexCodeUnits.matchable(value)).find();
    }

    /** The JavaScript source this was compiled from. */
    public String source() {
        return source;
    }

    /** The RE2J pattern actually run, for diagnostics. */
    public String re2() {
        return re2;
    }

    @Override
    public String toString() {
        return "/" + source + "/";
    }
}
