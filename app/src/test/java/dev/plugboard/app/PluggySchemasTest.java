package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schema check is only worth something if it fails on bad bodies. */
class PluggySchemasTest {
    @Test
    void a_wrong_type_is_an_error() {
        assertThat(PluggySchemas.errors("Connector", "{\"id\":\"201\"}"))
                .singleElement()
                .asString()
                .contains("/id")
                .contains("string");
    }

    @Test
    void a_missing_required_field_is_an_error() {
        assertThat(PluggySchemas.errors("Connector", "{\"name\":\"Itaú\"}"))
                .singleElement()
                .asString()
                .contains("id");
    }

    @Test
    void only_a_null_health_stage_is_forgiven() {
        assertThat(PluggySchemas.errors("Connector", "{\"id\":1,\"health\":{\"status\":\"ONLINE\",\"stage\":null}}"))
                .isEmpty();
        assertThat(PluggySchemas.errors("Connector", "{\"id\":1,\"health\":{\"status\":null,\"stage\":null}}"))
                .singleElement()
                .asString()
                .contains("/health/status");
    }

    @Test
    void an_unknown_product_is_an_error() {
        assertThat(PluggySchemas.errors("Connector", "{\"id\":1,\"products\":[\"ACCOUNT_STATEMENTS\"]}"))
                .singleElement()
                .asString()
                .contains("/products/0");
    }

    @Test
    void a_null_connection_rate_is_forgiven_but_not_a_null_connection_count() {
        assertThat(
                        PluggySchemas.errors(
                                "Connector",
                                "{\"id\":1,\"health\":{\"details\":{\"connectionRateLast6Hours\":null,\"connectionsLast6Hours\":0}}}"))
                .isEmpty();
        assertThat(PluggySchemas.errors(
                        "Connector", "{\"id\":1,\"health\":{\"details\":{\"connectionsLast6Hours\":null}}}"))
                .singleElement()
                .asString()
                .contains("/health/details/connectionsLast6Hours");
    }
}
