package dev.plugboard.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    @Test
    void punctuates_documents_the_usual_way() {
        assertThat(Documents.punctuatedCpf("12345678909")).isEqualTo("123.456.789-09");
        assertThat(Documents.punctuatedCnpj("12ABC34501DE35")).isEqualTo("12.ABC.345/01DE-35");
    }

    @Test
    void generates_plain_documents_of_the_expected_shape() {
        Random random = new Random(2026);
        for (int i = 0; i < 1000; i++) {
            assertThat(Documents.cpf(random)).matches("[0-9]{11}");
            assertThat(Documents.cnpj(random)).matches("[0-9]{14}");
            assertThat(Documents.alphanumericCnpj(random))
                    .matches("[0-9A-Z]*[A-Z][0-9A-Z]*[0-9]{2}")
                    .hasSize(14);
        }
    }

    @Test
    void reference_model_agrees_with_the_official_examples() {
        assertThat(Documents.expectedCnpjVerdict("12.ABC.345/01DE-35")).isEqualTo(FormatVerdict.VALID);
        assertThat(Documents.expectedCnpjVerdict("12.ABC.345/01DE-36")).isEqualTo(FormatVerdict.INVALID);
        assertThat(Documents.expectedCnpjVerdict("00.000.000/0001-91")).isEqualTo(FormatVerdict.VALID);
        assertThat(Documents.expectedCpfVerdict("123.456.789-09")).isEqualTo(FormatVerdict.VALID);
        assertThat(Documents.expectedCpfVerdict("111.111.111-11")).isEqualTo(FormatVerdict.INVALID);
    }
}
