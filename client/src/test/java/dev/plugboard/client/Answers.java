package dev.plugboard.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Object mother of the API's answers, as Pluggy and Plugboard write them, and of what they read as. */
final class Answers {
    static final String CLIENT_ID = "3f0d2f5e-8a53-4f0e-9d8e-2a1c6b7d9e10";
    static final String CLIENT_SECRET = "7xQ2vN0m4Tq9ZyW1b8Hc3Kp5Lr6Sd0Fg2Jh4Uk8Ea1";
    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    static final String PLUGGY_BANK = """
            {"id":2,"name":"Pluggy Bank","primaryColor":"ef294b","institutionUrl":"https://pluggy.ai","country":"BR",\
            "type":"PERSONAL_BANK","credentials":[{"label":"User","name":"user","type":"text","placeholder":"",\
            "validation":"^user-.{2,50}$","validationMessage":"O user deve começar com \\"user-\\"","optional":false},\
            {"label":"Password","name":"password","type":"password","placeholder":"","validation":"^.{6,20}$",\
            "validationMessage":"A senha deve ter entre 6 e 20 caracteres","optional":false}],\
            "imageUrl":"https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg","hasMFA":false,"oauth":false,\
            "health":{"status":"ONLINE","stage":null},"products":["ACCOUNTS","CREDIT_CARDS","TRANSACTIONS",\
            "PAYMENT_DATA","INVESTMENTS","INVESTMENTS_TRANSACTIONS","IDENTITY","LOANS"],\
            "createdAt":"2020-09-07T00:08:06.588Z","isSandbox":true,"isOpenFinance":false,\
            "updatedAt":"2025-08-03T20:07:20.291Z","supportsPaymentInitiation":false,"supportsScheduledPayments":false,\
            "supportsSmartTransfers":false,"supportsBoletoManagement":false,"supportsAutomaticPix":false}""";

    static final String NOT_FOUND =
            "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}";
    static final String NOT_AUTHENTICATED = "{\"code\":403,\"message\":\"Missing or invalid authorization token\"}";
    static final String CLIENT_KEYS_UNAUTHORIZED =
            "{\"code\":401,\"codeDescription\":\"CLIENT_KEYS_UNAUTHORIZED\",\"message\":\"Client keys are invalid\"}";
    static final String TOO_MANY_REQUESTS =
            "{\"message\":\"Too many requests. Please try again later (see Retry-After header in seconds)\",\"code\":429}";
    static final String UNAVAILABLE = "{\"code\":503,\"message\":\"Service Unavailable\"}";

    private Answers() {}

    static Connector pluggyBank() {
        return new Connector(
                2,
                "Pluggy Bank",
                new Connector.Branding(
                        "ef294b", "https://pluggy.ai", "https://cdn.pluggy.ai/assets/connector-icons/sandbox.svg"),
                "BR",
                ConnectorType.PERSONAL_BANK,
                List.of(
                        credential(
                                "User",
                                "user",
                                CredentialType.TEXT,
                                "^user-.{2,50}$",
                                "O user deve começar com \"user-\""),
                        credential(
                                "Password",
                                "password",
                                CredentialType.PASSWORD,
                                "^.{6,20}$",
                                "A senha deve ter entre 6 e 20 caracteres")),
                new Connector.Access(false, false, Optional.empty(), Optional.empty()),
                new Health(HealthStatus.ONLINE, Optional.empty(), Optional.empty()),
                List.of(
                        Product.ACCOUNTS,
                        Product.CREDIT_CARDS,
                        Product.TRANSACTIONS,
                        Product.PAYMENT_DATA,
                        Product.INVESTMENTS,
                        Product.INVESTMENTS_TRANSACTIONS,
                        Product.IDENTITY,
                        Product.LOANS),
                true,
                false,
                new Connector.Capabilities(false, false, false, false, false),
                Optional.of(Instant.parse("2020-09-07T00:08:06.588Z")),
                Optional.of(Instant.parse("2025-08-03T20:07:20.291Z")));
    }

    private static Credential credential(String label, String name, CredentialType type, String rule, String message) {
        return new Credential(
                name,
                label,
                type,
                Optional.of(""),
                Optional.of(rule),
                Optional.of(message),
                false,
                false,
                List.of(),
                Credential.Extras.none());
    }

    static String page(int page, int total, int totalPages, String... connectors) {
        return "{\"page\":" + page + ",\"total\":" + total + ",\"totalPages\":" + totalPages + ",\"results\":["
                + String.join(",", connectors) + "]}";
    }

    /** A connector with only an id and a name, for paging tests. */
    static String minimalConnector(int id) {
        return "{\"id\":" + id + ",\"name\":\"Connector " + id + "\"}";
    }

    /** An unsigned JWT whose payload is {@code {"sub":…,"exp":…}}: all the client reads. */
    static String jwt(String subject, Instant expiresAt) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload =
                base64.encodeToString(("{\"sub\":\"" + subject + "\",\"exp\":" + expiresAt.getEpochSecond() + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2lnbmF0dXJl";
    }

    static String apiKeyAnswer(String key) {
        return "{\"apiKey\":\"" + key + "\"}";
    }
}
