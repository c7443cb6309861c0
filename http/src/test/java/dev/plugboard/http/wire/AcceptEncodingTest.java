package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {
    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip|true",
                "GZIP|true",
                "gzip, deflate, br|true",
                "br;q=1.0, gzip;q=0.5|true",
                "x-gzip|true",
                "*|true",
                "gzip;q=0|false",
                "gzip;q=0.0, deflate|false",
                "gzip; q=0.001|true",
                "*;q=0|false",
                "*, gzip;q=0|false",
                "gzip;q=0, *|false",
                "gzip;q=0.5, *;q=0|true",
                "deflate, br|false",
                "identity|false",
                "gzip;q=nope|false",
                "gzip;q=2|false",
                "''|false",
            })
    void allows_gzip_only_when_the_client_accepts_it_with_a_quality_above_zero(String header, boolean gzip) {
        assertThat(AcceptEncoding.allowsGzip(header)).isEqualTo(gzip);
    }

    @Test
    void no_header_means_identity() {
        assertThat(AcceptEncoding.allowsGzip(null)).isFalse();
    }
}
