package dev.plugboard.client.example;

import dev.plugboard.client.Connector;
import dev.plugboard.client.ConnectorQuery;
import dev.plugboard.client.ConnectorType;
import dev.plugboard.client.NotFoundException;
import dev.plugboard.client.PlugboardClient;
import dev.plugboard.client.ValidationResult;
import java.util.Map;

/** The client README's example, quoted there whole; the build runs it against a real Plugboard. */
public final class QuickStart {
    public static void main(String[] args) {
        // Build one client and share it: it is immutable and thread-safe.
        try (PlugboardClient client = PlugboardClient.builder()
                .baseUri(System.getenv().getOrDefault("PLUGGY_API_URL", "https://api.pluggy.ai"))
                .clientId(System.getenv("PLUGGY_CLIENT_ID"))
                .clientSecret(System.getenv("PLUGGY_CLIENT_SECRET"))
                .build()) {
            // One connector, with the health of your recent connections.
            Connector itau = client.connectorRetrieve(201, true);
            System.out.println(itau.name() + " is " + itau.health().status());

            // A filtered list.
            for (Connector bank :
                    client.connectorsList(ConnectorQuery.all().name("banco do")).results()) {
                System.out.println(bank.id() + " " + bank.name());
            }

            // Every match, fetched a page of 3 at a time as the stream is consumed.
            long investments = client.connectorsStream(
                            ConnectorQuery.all().types(ConnectorType.INVESTMENT).pageSize(3))
                    .count();
            System.out.println(investments + " investment connectors");

            // Invalid credentials are an answer, not an exception: every failing field is listed.
            ValidationResult result = client.connectorsValidate(2, Map.of("user", "bob", "password", "123456"));
            for (ValidationResult.ParameterError error : result.errors()) {
                System.out.println(error.parameter() + ": " + error.code() + " " + error.message());
            }

            // Failures are unchecked; the subclass says what failed.
            try {
                client.connectorRetrieve(99999);
            } catch (NotFoundException e) {
                System.out.println(e.statusCode() + " " + e.codeDescription().orElse("?"));
            }
        }
    }
}
