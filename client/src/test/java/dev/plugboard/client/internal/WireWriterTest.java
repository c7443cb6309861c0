package dev.plugboard.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.client.ConnectTokenOptions;
import dev.plugboard.client.ConnectorQuery;
import org.junit.jupiter.api.Test;

class WireWriterTest {
    @Test
    void names_are_percent_encoded_with_spaces_as_percent_20() {
        assertThat(WireWriter.query(ConnectorQuery.all().name("Itaú & Co+")))
                .isEqualTo("?name=Ita%C3%BA%20%26%20Co%2B");
    }

    @Test
    void countries_are_comma_joined_each_encoded() {
        assertThat(WireWriter.query(ConnectorQuery.all().countries("BR", "A,R")))
                .isEqualTo("?countries=BR,A%2CR");
    }

    @Test
    void false_sandbox_and_health_details_are_not_sent() {
        assertThat(WireWriter.query(ConnectorQuery.all().sandbox(false).healthDetails(false)))
                .isEmpty();
    }

    @Test
    void a_connect_token_for_an_item_names_it() {
        assertThat(WireWriter.connectTokenBody(ConnectTokenOptions.none()
                        .itemId("6a8d8f0e-6d3a-4f3e-9c55-2b9e3f1f2a10")
                        .oauthRedirectUri("https://example.com/back")))
                .isEqualTo("{\"itemId\":\"6a8d8f0e-6d3a-4f3e-9c55-2b9e3f1f2a10\","
                        + "\"options\":{\"oauthRedirectUri\":\"https://example.com/back\"}}");
    }
}
