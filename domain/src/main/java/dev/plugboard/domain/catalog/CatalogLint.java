package dev.plugboard.domain.catalog;

import dev.plugboard.domain.catalog.LintFinding.Severity;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.Credential;
import dev.plugboard.domain.credential.CredentialFormat;
import dev.plugboard.domain.credential.CredentialType;
import dev.plugboard.domain.credential.FormatVerdict;
import dev.plugboard.domain.credential.JsRegex;
import dev.plugboard.domain.credential.UnsupportedJsRegexException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a catalog for what would make it wrong to serve: patterns Plugboard refuses (not linear
 * time, or meaning something else than in JavaScript), a {@code select} without options, bounds
 * that cannot both hold, a pattern that rejects valid documents of the credential's own format,
 * and a {@code validationMessage} that contradicts its pattern (see {@link MessageClaims}). Each
 * finding names the connector and credential and, for a contradiction, the value that proves it.
 */
public final class CatalogLint {
    /** Valid values of each format, plain first: a pattern must accept the plain ones. */
    static final Map<CredentialFormat, List<String>> SAMPLES = Map.of(
            CredentialFormat.CPF, List.of("52998224725", "11144477735", "529.982.247-25"),
            CredentialFormat.CNPJ,
                    List.of("11222333000181", "12ABC34501DE35", "11.222.333/0001-81", "12.ABC.345/01DE-35"),
            CredentialFormat.CPF_OR_CNPJ,
                    List.of("52998224725", "11222333000181", "529.982.247-25", "11.222.333/0001-81"),
            CredentialFormat.EMAIL, List.of("ana.souza@example.com.br"),
            CredentialFormat.PHONE_BR, List.of("11912345678", "(11) 91234-5678"),
            CredentialFormat.DATE, List.of("2024-02-29", "29/02/2024"),
            CredentialFormat.ETH_ADDRESS,
                    List.of(
                            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
                            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));

    private CatalogLint() {}

    public static List<LintFinding> lint(List<Connector> connectors) {
        List<LintFinding> findings = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (Connector connector : connectors) {
            if (!ids.add(connector.id())) {
                findings.add(new LintFinding(
                        Severity.ERROR, connector.id(), Optional.empty(), "the id appears more than once"));
            }
            for (Credential credential : connector.credentials()) {
                new CredentialLint(connector, credential, findings).run();
            }
        }
        return List.copyOf(findings);
    }

    public static boolean hasErrors(List<LintFinding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The checks of one credential. */
    private record CredentialLint(Connector connector, Credential credential, List<LintFinding> findings) {
        void run() {
            if (credential.type() == CredentialType.SELECT
                    && credential.options().isEmpty()) {
                error("a select credential has no options to choose from");
            }
            if (!credential.options().isEmpty() && credential.type() != CredentialType.SELECT) {
                warning("has options, but only a select credential offers them");
            }
            var constraints = credential.constraints();
            if (constraints.minLength().isPresent()
                    && constraints.maxLength().isPresent()
                    && constraints.minLength().getAsInt()
                            > constraints.maxLength().getAsInt()) {
                error("minLength " + constraints.minLength().getAsInt() + " is greater than maxLength "
                        + constraints.maxLength().getAsInt() + ": no value can be valid");
            }
            if (credential.mfa() && !connector.access().hasMfa()) {
                warning("is an MFA credential, but the connector does not ask for MFA up front (hasMFA is false),"
                        + " so it is never demanded");
            }
            compile().ifPresent(this::checkPattern);
        }

        private Optional<JsRegex> compile() {
            if (credential.validation().isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(JsRegex.compile(credential.validation().get()));
            } catch (UnsupportedJsRegexException e) {
                error("validation pattern " + credential.validation().get() + " is refused: " + e.getMessage());
                return Optional.empty();
            }
        }

        private void checkPattern(JsRegex pattern) {
            credential.constraints().format().ifPresent(format -> checkFormat(format, pattern));
            credential
                    .validationMessage()
                    .flatMap(message -> MessageClaims.contradiction(message, pattern))
                    .ifPresent(contradiction -> error("validationMessage \""
                            + credential.validationMessage().get() + "\" contradicts its pattern " + pattern.source()
                            + ": " + contradiction));
            if (credential.type() == CredentialType.NUMBER) {
                MessageClaims.acceptedWithLetter(pattern)
                        .ifPresent(sample -> warning(
                                "is a number credential, but its pattern accepts letters, such as '" + sample + "'"));
            }
        }

        private void checkFormat(CredentialFormat format, JsRegex pattern) {
            for (String sample : SAMPLES.get(format)) {
                if (format.check(sample) == FormatVerdict.VALID && !pattern.test(sample)) {
                    boolean plain = sample.chars().allMatch(Character::isLetterOrDigit);
                    String text = "its pattern rejects the valid " + format + " '" + sample + "'";
                    if (plain) {
                        error(text);
                    } else {
                        warning(text + ", which the format accepts");
                    }
                }
            }
        }

        private void error(String message) {
            findings.add(new LintFinding(Severity.ERROR, connector.id(), Optional.of(credential.name()), message));
        }

        private void warning(String message) {
            findings.add(new LintFinding(Severity.WARNING, connector.id(), Optional.of(credential.name()), message));
        }
    }
}
