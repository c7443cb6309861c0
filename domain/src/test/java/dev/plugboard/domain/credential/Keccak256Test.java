package dev.plugboard.domain.credential;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Keccak256Test {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource(
            emptyValue = "",
            value = {
                "'', c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                "abc, 4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
                "The quick brown fox jumps over the lazy dog, "
                        + "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"
            })
    void matches_the_published_keccak_256_test_vectors(String message, String digest) {
        assertThat(HEX.formatHex(Keccak256.digest(message.getBytes(US_ASCII)))).isEqualTo(digest);
    }

    @Test
    void differs_from_sha3_256_which_pads_differently() throws NoSuchAlgorithmException {
        byte[] message = "abc".getBytes(US_ASCII);

        assertThat(Keccak256.digest(message))
                .isNotEqualTo(MessageDigest.getInstance("SHA3-256").digest(message));
    }

    /**
     * With FIPS 202's padding byte the same sponge must be the JDK's SHA3-256. Lengths up to three
     * blocks cover every way a message can end relative to the 136-byte rate.
     */
    @Test
    void runs_the_same_permutation_as_the_jdk_sha3_256() throws NoSuchAlgorithmException {
        Random random = new Random(55);
        for (int length = 0; length <= 3 * 136 + 1; length++) {
            byte[] message = new byte[length];
            random.nextBytes(message);

            assertThat(Keccak256.sponge(message, Keccak256.SHA3_PADDING))
                    .as("message of %d bytes", length)
                    .isEqualTo(MessageDigest.getInstance("SHA3-256").digest(message));
        }
    }
}
