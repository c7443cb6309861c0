package dev.plugboard.http.admin;

import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.credential.CredentialRules;
import dev.plugboard.domain.credential.InvalidCredentialRuleException;
import java.time.Instant;
import java.util.List;

/** Small operations on connectors that editing needs and the domain does not. */
final class ConnectorEditing {
    private ConnectorEditing() {}

    static Connector withTimes(Connector c, Instant createdAt, Instant updatedAt) {
        return new Connector(
                c.id(),
                c.name(),
                c.type(),
                c.country(),
                c.branding(),
                c.credentials(),
                c.access(),
                c.health(),
                c.products(),
                c.capabilities(),
                c.sandbox(),
                c.openFinance(),
                createdAt,
                updatedAt);
    }

    /** Credential rules that cannot run (refused regexes), each prefixed by {@code path}. */
    static List<String> ruleProblems(Connector connector, String path) {
        try {
            CredentialRules.compile(
                    connector.id(), connector.credentials(), connector.access().hasMfa());
            return List.of();
        } catch (InvalidCredentialRuleException e) {
            return e.problems().stream()
                    .map(problem -> path + "credentials: " + problem)
                    .toList();
        }
    }
}
