package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.plugboard.app.PlugboardCli;
import dev.plugboard.it.generated.ApiClient;
import dev.plugboard.it.generated.ApiException;
import dev.plugboard.it.generated.api.AuthApi;
import dev.plugboard.it.generated.api.ConnectorApi;
import dev.plugboard.it.generated.api.PlugboardExtensionsAdministrationApi;
import dev.plugboard.it.generated.api.PlugboardExtensionsApiDescriptionApi;
import dev.plugboard.it.generated.api.PlugboardExtensionsHealthApi;
import dev.plugboard.it.generated.api.PlugboardExtensionsOperationsApi;
import dev.plugboard.it.generated.api.PlugboardExtensionsWebConsoleApi;
import dev.plugboard.it.generated.api.WebhookApi;
import dev.plugboard.it.generated.model.AdminConnector;
import dev.plugboard.it.generated.model.AuthRequest;
import dev.plugboard.it.generated.model.ConnectTokenRequest;
import dev.plugboard.it.generated.model.Connector;
import dev.plugboard.it.generated.model.ConnectorDocument;
import dev.plugboard.it.generated.model.ConnectorListResponse;
import dev.plugboard.it.generated.model.CreateWebhook;
import dev.plugboard.it.generated.model.CredentialDocument;
import dev.plugboard.it.generated.model.ExecutionReceipt;
import dev.plugboard.it.generated.model.ExecutionReport;
import dev.plugboard.it.generated.model.HealthHistory;
import dev.plugboard.it.generated.model.HealthOverride;
import dev.plugboard.it.generated.model.ImportPlan;
import dev.plugboard.it.generated.model.ParameterValidationError;
import dev.plugboard.it.generated.model.ParameterValidationResponse;
import dev.plugboard.it.generated.model.Readiness;
import dev.plugboard.it.generated.model.UpdateWebhook;
import dev.plugboard.it.generated.model.Webhook;
import dev.plugboard.it.generated.model.WebhookEventType;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client OpenAPI Generator makes from Plugboard's own document (generator {@code java},
 * library {@code native}, generated and compiled by this module's build from the document the
 * server serves) against the real application: one call of every operation of the document, each
 * answer parsed by the generated models.
 */
class GeneratedPlugboardClientIT {
    @TempDir
    static Path dataDir;

    static RunningPlugboard server;
    static String apiKey;
    static String adminKey;

    @BeforeAll
    static void start() throws ApiException {
        server = new RunningPlugboard(dataDir);
        apiKey = key(server.clientId(), server.clientSecret());
        String[] admin = operator();
        adminKey = key(admin[0], admin[1]);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUrl());
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("X-API-KEY", key));
        }
        return client;
    }

    static String key(String clientId, String secret) throws ApiException {
        return new AuthApi(client(null))
                .authCreate(
                        new AuthRequest().clientId(UUID.fromString(clientId)).clientSecret(secret))
                .getApiKey();
    }

    /** An admin operator, created with the CLI beside the running server. */
    static String[] operator() {
        StringWriter out = new StringWriter();
        int status = PlugboardCli.execute(
                new String[] {"operators", "create", "--role", "admin", "--name", "ops", "--format", "env"},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                Map.of("PLUGBOARD_DATA_DIR", dataDir.toString()));
        assertThat(status).as(out.toString()).isZero();
        Matcher id = Pattern.compile("_CLIENT_ID=(\\S+)").matcher(out.toString());
        Matcher secret = Pattern.compile("_CLIENT_SECRET=(\\S+)").matcher(out.toString());
        assertThat(id.find() && secret.find()).as(out.toString()).isTrue();
        return new String[] {id.group(1), secret.group(1)};
    }

    /** The text of a file the generated client downloaded (to a temporary file, removed here). */
    static String text(File file) throws IOException {
        try {
            return Files.readString(file.toPath());
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    @Test
    void auth_operations() throws ApiException {
        String token = new AuthApi(client(apiKey))
                .connectTokenCreate(new ConnectTokenRequest())
                .getAccessToken();

        assertThat(apiKey).startsWith("ey");
        assertThat(new ConnectorApi(client(token))
                        .connectorRetrieve(BigDecimal.ZERO, null, null, null)
                        .getName())
                .isEqualTo("Pluggy Bank");
    }

    @Test
    void connector_operations() throws ApiException {
        ConnectorApi connectors = new ConnectorApi(client(apiKey));

        ConnectorListResponse page = connectors.connectorsList(
                List.of("BR"), null, "itau", false, true, null, null, null, null, 1, 2, null, null);
        Connector itau = connectors.connectorRetrieve(new BigDecimal("201"), true, null, null);
        ParameterValidationResponse validated = connectors.connectorsValidate(2.0, Map.of("user", "bob"), "en");

        assertThat(page.getTotal()).isEqualTo(3.0);
        assertThat(page.getTotalPages()).isEqualTo(2.0);
        assertThat(page.getResults().stream().map(c -> c.getId().intValueExact()))
                .containsExactly(201, 601);
        assertThat(page.getResults().get(0).getHealth().getDetails().getConnectionsLast6Hours())
                .isEqualByComparingTo("0");
        assertThat(itau.getName()).isEqualTo("Itaú");
        assertThat(itau.getIsSandbox()).isFalse();
        assertThat(itau.getHealth().getStage()).isNull();
        assertThat(itau.getHealth().getDetails().getConnectionRateLast6Hours()).isNull();
        assertThat(itau.getCredentials().get(0).getOptional()).isFalse();
        assertThat(validated.getParameters()).isEqualTo(Map.of("user", "bob"));
        assertThat(validated.getErrors())
                .containsExactly(
                        new ParameterValidationError()
                                .code("002")
                                .message("O user deve começar com \"user-\"")
                                .parameter("user"),
                        new ParameterValidationError()
                                .code("001")
                                .message("password parameter is required")
                                .parameter("password"));
    }

    @Test
    void health_operations() throws ApiException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        PlugboardExtensionsHealthApi health = new PlugboardExtensionsHealthApi(client(adminKey));
        PlugboardExtensionsAdministrationApi admin = new PlugboardExtensionsAdministrationApi(client(adminKey));

        ExecutionReceipt receipt = health.executionsReport(List.of(new ExecutionReport()
                .id(UUID.randomUUID())
                .connectorId(211)
                .clientId(UUID.fromString(server.clientId()))
                .status(ExecutionReport.StatusEnum.SUCCESS)
                .startedAt(now.minusSeconds(30))
                .finishedAt(now)
                .products(Map.of("ACCOUNTS", ExecutionReport.InnerEnum.SUCCESS))));
        var set = admin.adminHealthOverrideSet(
                211,
                new HealthOverride().status(HealthOverride.StatusEnum.OFFLINE).message("Maintenance"));
        HealthHistory history = new PlugboardExtensionsHealthApi(client(apiKey))
                .connectorHealthHistory(211, now.minusHours(1), null, "1m");
        var cleared = admin.adminHealthOverrideClear(211);

        assertThat(receipt.getAccepted()).isEqualTo(1);
        assertThat(receipt.getDuplicates()).isZero();
        assertThat(set.getStatus().getValue()).isEqualTo("OFFLINE");
        assertThat(set.getUntil()).isNull();
        assertThat(history.getConnectorId()).isEqualTo(211);
        assertThat(history.getResolution().getValue()).isEqualTo("PT1M");
        assertThat(history.getStatus().getValue()).isEqualTo("OFFLINE");
        assertThat(history.getChanges()).hasSize(1);
        assertThat(history.getChanges().get(0).getReason().getValue()).isEqualTo("OVERRIDE_SET");
        assertThat(history.getSeries().stream().mapToLong(p -> p.getTotal()).sum())
                .isEqualTo(1);
        assertThat(cleared.getStatus().getValue()).isEqualTo("ONLINE");
    }

    @Test
    void webhook_operations() throws ApiException {
        WebhookApi webhooks = new WebhookApi(client(apiKey));

        Webhook created = webhooks.webhooksCreate(new CreateWebhook()
                .event(WebhookEventType.CONNECTOR_STATUS_UPDATED)
                .url("https://receiver.example/plugboard")
                .headers(Map.of("Authorization", "Bearer t")));
        UUID id = UUID.fromString(created.getId());
        Webhook read = webhooks.webhooksRetrieve(created.getId());
        Webhook disabled = webhooks.webhooksUpdate(id, new UpdateWebhook().enabled(false));
        var listed = webhooks.webhooksList();
        var deleted = webhooks.webhooksDelete(id);
        ApiException gone = catchThrowableOfType(ApiException.class, () -> webhooks.webhooksRetrieve(created.getId()));

        assertThat(created.getSecret()).hasSize(43);
        assertThat(created.getDisabledAt()).isNull();
        assertThat(read.getSecret()).isNull();
        assertThat(read.getHeaders()).isEqualTo(Map.of("Authorization", "Bearer t"));
        assertThat(disabled.getDisabledAt()).isNotNull();
        assertThat(listed.getResults()).extracting(Webhook::getId).contains(created.getId());
        assertThat(deleted.getCount()).isEqualByComparingTo("1");
        assertThat(gone.getCode()).isEqualTo(404);
    }

    @Test
    void administration_operations() throws ApiException {
        PlugboardExtensionsAdministrationApi admin = new PlugboardExtensionsAdministrationApi(client(adminKey));
        ConnectorDocument document = new ConnectorDocument()
                .name("Banco Gerado")
                .primaryColor("0A7B83")
                .institutionUrl(URI.create("https://banco-gerado.example"))
                .country("BR")
                .type(ConnectorDocument.TypeEnum.PERSONAL_BANK)
                .credentials(List.of(new CredentialDocument()
                        .label("CPF")
                        .name("cpf")
                        .type(CredentialDocument.TypeEnum.NUMBER)
                        .format(CredentialDocument.FormatEnum.CPF)))
                .imageUrl(URI.create("https://cdn.example/901.svg"))
                .products(List.of(ConnectorDocument.ProductsEnum.ACCOUNTS));

        AdminConnector created = admin.adminConnectorPut(901, document, null, "*");
        AdminConnector patched = admin.adminConnectorPatch(
                901, Map.of("name", "Banco Gerado S.A."), "\"r" + created.getRevision() + "\"");
        AdminConnector read = admin.adminConnectorRetrieve(901);
        List<Connector> exported = admin.adminCatalogExport();
        List<ConnectorDocument> asDocuments = new ApiClient()
                .getObjectMapper()
                .convertValue(exported, new TypeReference<List<ConnectorDocument>>() {});
        ImportPlan plan = admin.adminCatalogImport(asDocuments, true);
        AdminConnector disabled = admin.adminConnectorDisable(901, "\"r" + patched.getRevision() + "\"");
        var all = admin.adminConnectorsList();
        var audit = admin.adminAuditList(901, null, 10);

        assertThat(created.getEnabled()).isTrue();
        assertThat(created.getCredentials().get(0).getOptional()).isFalse();
        assertThat(patched.getName()).isEqualTo("Banco Gerado S.A.");
        assertThat(read.getRevision()).isEqualTo(patched.getRevision());
        assertThat(exported).extracting(c -> c.getId().intValueExact()).contains(201, 901);
        assertThat(plan.getDryRun()).isTrue();
        assertThat(plan.getVersion()).isNull();
        assertThat(plan.getAdded()).isEmpty();
        assertThat(plan.getChanged()).isEmpty();
        assertThat(plan.getDisabled()).isEmpty();
        assertThat(plan.getUnchanged()).isEqualTo(exported.size());
        assertThat(disabled.getEnabled()).isFalse();
        assertThat(all.getResults()).extracting(c -> c.getId().intValueExact()).contains(901);
        assertThat(audit.getResults())
                .extracting(e -> e.getAction().getValue())
                .containsExactly("disable", "patch", "create");
    }

    @Test
    void api_description_operations() throws ApiException, IOException {
        PlugboardExtensionsApiDescriptionApi description = new PlugboardExtensionsApiDescriptionApi(client(null));

        var json = description.openapiJson();
        String yaml = text(description.openapiYaml());
        String page = text(description.docsPage());
        String script = text(description.docsAsset("docs.js", null));

        assertThat(json.getOpenapi()).isEqualTo("3.1.0");
        assertThat(((Map<?, ?>) json.getPaths())
                        .keySet().stream().map(String::valueOf).toList())
                .contains("/connectors", "/openapi.json", "/docs/{asset}");
        assertThat(yaml).startsWith("openapi: 3.1.0\n");
        assertThat(page).contains("<script src=\"/docs/docs.js\"></script>");
        assertThat(script).contains("SwaggerUIBundle({");
    }

    @Test
    void operations_probes() throws ApiException {
        PlugboardExtensionsOperationsApi probes = new PlugboardExtensionsOperationsApi(client(null));

        var live = probes.healthLive();
        Readiness ready = probes.healthReady();
        ConnectorListResponse all = new ConnectorApi(client(apiKey))
                .connectorsList(null, null, null, true, null, null, null, null, null, null, null, null, null);

        assertThat(live.getStatus().getValue()).isEqualTo("UP");
        assertThat(ready.getStatus().getValue()).isEqualTo("UP");
        assertThat(ready.getChecks().getDatabase().getStatus().getValue()).isEqualTo("UP");
        assertThat(ready.getChecks().getCatalog().getStatus().getValue()).isEqualTo("UP");
        assertThat(ready.getChecks().getCatalog().getConnectors())
                .isEqualTo(all.getTotal().intValue());
        assertThat(ready.getChecks().getCatalog().getVersion()).isPositive();
    }

    @Test
    void web_console_operations() throws ApiException, IOException {
        PlugboardExtensionsWebConsoleApi console = new PlugboardExtensionsWebConsoleApi(client(null));

        List<String> pages = List.of(
                text(console.consoleCatalog(null)),
                text(console.consoleConnector("201", null)),
                text(console.consoleConnectorEdit("201", null)),
                text(console.consoleImport(null)),
                text(console.consoleAudit(null)));
        String script = text(console.consoleAsset("app.js", null));

        assertThat(pages.get(0)).contains("<title>Plugboard console</title>");
        assertThat(pages).allMatch(pages.get(0)::equals);
        assertThat(script).startsWith("// The console's shell");
    }
}
