package dev.plugboard.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.connector.Access;
import dev.plugboard.domain.connector.Branding;
import dev.plugboard.domain.connector.Capabilities;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.domain.connector.ConnectorHealth;
import dev.plugboard.domain.connector.ConnectorType;
import dev.plugboard.domain.connector.HealthStage;
import dev.plugboard.domain.connector.HealthStatus;
import dev.plugboard.domain.connector.Product;
import dev.plugboard.domain.credential.Credential;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code connectors} row into a {@link Connector}, and writes the JSON columns. */
final class ConnectorRowMapper implements RowMapper<Connector> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<CredentialDocument>> CREDENTIALS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    @Override
    public Connector map(ResultSet rs, StatementContext ctx) throws SQLException {
        int id = rs.getInt("id");
        return new Connector(
                id,
                rs.getString("name"),
                known(ConnectorType.fromWire(rs.getString("type")), id, "type"),
                rs.getString("country"),
                new Branding(rs.getString("primary_color"), rs.getString("institution_url"), rs.getString("image_url")),
                credentials(rs.getString("credentials")),
                new Access(
                        rs.getBoolean("has_mfa"),
                        rs.getBoolean("oauth"),
                        Optional.ofNullable(rs.getString("oauth_url")),
                        Optional.ofNullable(rs.getString("reset_password_url"))),
                new ConnectorHealth(
                        known(HealthStatus.fromWire(rs.getString("health_status")), id, "health status"),
                        Optional.ofNullable(rs.getString("health_stage"))
                                .map(stage -> known(HealthStage.fromWire(stage), id, "health stage"))),
                products(rs.getString("products"), id),
                new Capabilities(
                        rs.getBoolean("supports_payment_initiation"),
                        rs.getBoolean("supports_scheduled_payments"),
                        rs.getBoolean("supports_smart_transfers"),
                        rs.getBoolean("supports_boleto_management"),
                        rs.getBoolean("supports_automatic_pix")),
                rs.getBoolean("is_sandbox"),
                rs.getBoolean("is_open_finance"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static <T> T known(Optional<T> value, int id, String what) {
        return value.orElseThrow(
                () -> new IllegalStateException("connector " + id + ": stored " + what + " is unknown"));
    }

    private static List<Credential> credentials(String json) {
        return read(json, CREDENTIALS).stream()
                .map(CredentialDocument::toCredential)
                .toList();
    }

    private static List<Product> products(String json, int id) {
        return read(json, STRINGS).stream()
                .map(p -> known(Product.fromWire(p), id, "product"))
                .toList();
    }

    static String credentialsJson(Connector connector) {
        return write(
                connector.credentials().stream().map(CredentialDocument::of).toList());
    }

    static String productsJson(Connector connector) {
        return write(connector.products().stream().map(Product::name).toList());
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column cannot be read", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON column cannot be written", e);
        }
    }
}
