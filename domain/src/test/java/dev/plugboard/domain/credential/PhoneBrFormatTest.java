package dev.plugboard.domain.credential;

import static dev.plugboard.domain.credential.CredentialFormat.PHONE_BR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneBrFormatTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "+55 11 98765-4321",
                "+55 (11) 98765-4321",
                "+55(11)98765-4321",
                "+5511987654321",
                "5511987654321",
                "55 11 98765-4321",
                "(11) 98765-4321",
                "(11)98765-4321",
                "11 98765-4321",
                "11 98765 4321",
                "11987654321",
                "11 9 8765-4321",
                "(11) 9 8765 4321",
                "+55 (11) 9 8765-4321",
                "1133334444",
                "(11) 3333-4444",
                "+55 21 2222-3333",
                "(61) 4004-0001",
                "(51) 5555-1234",
                // 55 is also the area code of Rio Grande do Sul
                "(55) 98765-4321",
                "55 98765-4321",
                "5532221234",
                "+55 55 3222-1234",
                "555532221234"
            })
    void accepts_a_brazilian_mobile_or_landline_number(String value) {
        assertThat(PHONE_BR.check(value)).isEqualTo(FormatVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(10) 98765-4321",
                "(20) 98765-4321",
                "(23) 3333-4444",
                "(52) 3333-4444",
                "+55 56 98765-4321",
                "(00) 98765-4321",
                "01 3333-4444",
                "90 98765-4321"
            })
    void rejects_as_invalid_an_area_code_that_does_not_exist(String value) {
        assertThat(PHONE_BR.check(value)).isEqualTo(FormatVerdict.INVALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "98765-4321",
                "3333-4444",
                "11 8765-4321",
                "11 98765-432",
                "11 98765-43210",
                "11 1234-5678",
                "11 6234-5678",
                "11 0234-5678",
                "11 93333-444",
                "+1 212 555 1234",
                "+54 11 98765-4321",
                "+55 11 98765-4321 ramal 2",
                "11  98765-4321",
                "(11 98765-4321",
                "11) 98765-4321",
                "((11)) 98765-4321",
                "11-98765-4321",
                "11 98765--4321",
                "11 9876-54321",
                "11 98765-43-21",
                " 11987654321",
                "11987654321 ",
                "011 98765-4321",
                "+55-11-98765-4321",
                "++55 11 98765-4321",
                "11 98765_4321",
                "11 98765.4321",
                "１１９８７６５４３２１",
                "+55 (11) 9 8765-4321 "
            })
    void rejects_as_malformed_a_wrong_digit_count_or_misplaced_punctuation(String value) {
        assertThat(PHONE_BR.check(value)).isEqualTo(FormatVerdict.MALFORMED);
    }

    @Test
    void knows_the_67_area_codes_of_the_national_numbering_plan() {
        int[] unused = {20, 23, 25, 26, 29, 30, 36, 39, 40, 50, 52, 56, 57, 58, 59, 60, 70, 72, 76, 78, 80, 90};
        int[] expected = IntStream.rangeClosed(11, 99)
                .filter(code -> IntStream.of(unused).noneMatch(u -> u == code))
                .toArray();

        assertThat(PhoneNumbers.AREA_CODES).hasSize(67).containsExactlyInAnyOrder(boxed(expected));
    }

    private static Integer[] boxed(int[] values) {
        return IntStream.of(values).boxed().toArray(Integer[]::new);
    }
}
