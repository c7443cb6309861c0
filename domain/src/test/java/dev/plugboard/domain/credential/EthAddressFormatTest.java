package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.ETH_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthAddressFormatTest {
    /** The checksummed examples of EIP-55 itself. */
    private static final String[] EIP_55_EXAMPLES = {
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
    };

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
            })
    void accepts_the_checksummed_examples_of_eip_55(String value) {
        assertThat(ETH_ADDRESS.check(value)).isEqualTo(FormatVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x52908400098527886e0f7030069857d2e4169ee7",
                "0x52908400098527886E0F7030069857D2E4169EE7",
                "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                "0xde709f2102306220921060314715629080e2fb77",
                "0x27b1fdb04752bbc536007a920d24acb045561c26",
                "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
                "0x0000000000000000000000000000000000000000"
            })
    void accepts_single_case_addresses_without_a_checksum(String value) {
        assertThat(ETH_ADDRESS.check(value)).isEqualTo(FormatVerdict.VALID);
    }

    @ParameterizedTest
    @MethodSource("everyExampleWithOneLetterFlipped")
    void rejects_as_invalid_a_checksummed_address_with_one_letter_in_the_wrong_case(String value) {
        assertThat(ETH_ADDRESS.check(value)).isEqualTo(FormatVerdict.INVALID);
    }

    static Stream<Arguments> everyExampleWithOneLetterFlipped() {
        return Stream.of(EIP_55_EXAMPLES)
                .flatMap(address -> IntStream.range(2, address.length())
                        .filter(i -> Character.isLetter(address.charAt(i)))
                        .mapToObj(i -> Arguments.of(flipCase(address, i))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "0x",
                "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe ",
                " 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeＤ",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe٣",
                "0x0x5aAeb6053F3E94C9b9A09f33669435E7Ef1Be",
                "vitalik.eth"
            })
    void rejects_as_malformed_anything_but_0x_and_40_hex_digits(String value) {
        assertThat(ETH_ADDRESS.check(value)).isEqualTo(FormatVerdict.MALFORMED);
    }

    private static String flipCase(String text, int index) {
        char c = text.charAt(index);
        char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return text.substring(0, index) + flipped + text.substring(index + 1);
    }
}
