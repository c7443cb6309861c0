package dev.plugboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontDoorTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/connectors",
                "/connectors/201.0?healthDetails=true",
                "/connectors?name=Ita%C3%BA&types[0]=PERSONAL_BANK",
                "/connectors/%2e%2e/auth",
                "/connectors?name=%zz", // the query string's escapes are QueryString's to judge, naming the parameter
                "/connectors?name=100%",
                "*"
            })
    void lets_through_a_url_of_printable_ascii_whose_path_escapes_are_whole(String url) {
        assertThat(FrontDoor.validUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/connectors?name=Itaú",
                "/connectors?name=a b",
                "/connectors/2\u0000",
                "/connectors/2\t",
                "/connectors/2\u007f",
                "/conn%zzectors",
                "/connectors/%2",
                "/connectors/%",
                "/connectors/%2?name=x",
                "/connectors/%٣٣"
            })
    void refuses_other_characters_and_broken_escapes_in_the_path(String url) {
        assertThat(FrontDoor.validUrl(url)).isFalse();
    }
}
