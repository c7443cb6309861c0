package dev.plugboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.app.BundledCatalog;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.wire.WireTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pluggy's official Node SDK ({@code pluggy-sdk}, pointed at Plugboard with {@code PLUGGY_API_URL})
 * runs every connector operation against the real application: authentication, lists with
 * filters, retrieves, validation valid and invalid, a 404 and a connect token. The script records
 * the SDK's answers; this test asserts them.
 */
class NodeSdkIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    static RunningPlugboard server;
    static JsonNode result;

    @BeforeAll
    static void runTheSdk() throws Exception {
        server = new RunningPlugboard(dataDir);
        Path nodeDir = Path.of(System.getProperty("plugboard.node.dir", "node")).toAbsolutePath();
        assertThat(nodeDir.resolve("node_modules/pluggy-sdk"))
                .as("pluggy-sdk is installed (./run-tests runs npm ci in it/node)")
                .exists();
        Path out = Files.createTempFile("sdk-check", ".json");
        Path err = Files.createTempFile("sdk-check", ".err");
        ProcessBuilder builder = new ProcessBuilder("node", "sdk-check.js")
                .directory(nodeDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("PLUGGY_API_URL", server.baseUrl());
        builder.environment().put("PLUGGY_CLIENT_ID", server.clientId());
        builder.environment().put("PLUGGY_CLIENT_SECRET", server.clientSecret());
        Process process = builder.start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the SDK script finished within 90 s").isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        result = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static List<Integer> bundledIds(java.util.function.Predicate<Connector> filter) {
        return BundledCatalog.load().stream()
                .filter(filter)
                .sorted(Comparator.comparingInt(Connector::id))
                .map(Connector::id)
                .toList();
    }

    @Test
    void fetch_connectors_lists_every_live_connector_in_one_page() {
        List<Integer> live = bundledIds(c -> !c.sandbox());

        assertThat(ints(result.at("/all/ids"))).isEqualTo(live);
        assertThat(result.at("/all/total").asInt()).isEqualTo(live.size());
        assertThat(result.at("/all/page").asInt()).isEqualTo(1);
        assertThat(result.at("/all/totalPages").asInt()).isEqualTo(1);
    }

    @Test
    void fetch_connectors_with_sandbox_adds_the_sandbox_connectors() {
        assertThat(ints(result.get("withSandbox"))).isEqualTo(bundledIds(c -> true));
    }

    @Test
    void fetch_connectors_applies_array_name_and_flag_filters() {
        assertThat(ints(result.get("filtered"))).containsExactly(601, 618);
        assertThat(ints(result.get("payments")))
                .isEqualTo(bundledIds(c -> !c.sandbox()
                        && c.capabilities().paymentInitiation()
                        && c.capabilities().automaticPix()));
    }

    @Test
    void fetch_connector_returns_the_connector_with_dates_the_sdk_can_parse() {
        Connector itau = BundledCatalog.load().stream()
                .filter(c -> c.id() == 201)
                .findFirst()
                .orElseThrow();

        assertThat(result.at("/itau/id").asInt()).isEqualTo(201);
        assertThat(result.at("/itau/name").asText()).isEqualTo("Itaú");
        assertThat(result.at("/itau/credentials").toString()).isEqualTo("[\"agency\",\"account\",\"password\"]");
        assertThat(result.at("/itau/createdAtIsDate").asBoolean()).isTrue();
        assertThat(result.at("/itau/createdAt").asText()).isEqualTo(WireTime.format(itau.createdAt()));
        assertThat(result.get("sandbox").toString())
                .isEqualTo("{\"id\":0,\"name\":\"Pluggy Bank\",\"isSandbox\":true}");
    }

    @Test
    void validate_parameters_answers_valid_and_invalid_credentials() {
        assertThat(result.get("valid").toString())
                .isEqualTo("{\"parameters\":{\"user\":\"user-ok\",\"password\":\"********\"},\"errors\":[]}");
        assertThat(result.get("invalid").toString())
                .isEqualTo(
                        "{\"parameters\":{\"user\":\"bob\",\"password\":\"********\"},\"errors\":["
                                + "{\"code\":\"002\",\"message\":\"O user deve começar com \\\"user-\\\"\",\"parameter\":\"user\"},"
                                + "{\"code\":\"002\",\"message\":\"A senha deve ter entre 6 e 20 caracteres\",\"parameter\":\"password\"}]}");
    }

    @Test
    void an_unknown_connector_rejects_with_pluggys_404_body() {
        assertThat(result.get("missing").toString())
                .isEqualTo(
                        "{\"code\":404,\"codeDescription\":\"CONNECTOR_NOT_FOUND\",\"message\":\"connector not found\"}");
    }

    @Test
    void create_connect_token_returns_a_jwt() {
        assertThat(result.get("connectToken").asBoolean()).isTrue();
    }
}
