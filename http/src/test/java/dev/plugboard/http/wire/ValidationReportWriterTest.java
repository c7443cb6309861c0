package dev.plugboard.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plugboard.domain.credential.FieldError;
import dev.plugboard.domain.credential.ValidationCode;
import dev.plugboard.domain.credential.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportWriterTest {
    private static String write(ValidationReport report) {
        return new String(ValidationReportWriter.toBytes(report), StandardCharsets.UTF_8);
    }

    private static Map<String, String> parameters(String... keysAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return parameters;
    }

    @Test
    void writes_a_valid_report_with_an_empty_errors_array() {
        ValidationReport report =
                new ValidationReport(parameters("user", "user-ok", "password", "********"), List.of());

        assertThat(write(report))
                .isEqualTo("{\"parameters\":{\"user\":\"user-ok\",\"password\":\"********\"},\"errors\":[]}");
    }

    @Test
    void writes_errors_in_pluggys_field_order_with_data_only_where_a_rule_has_facts() {
        ValidationReport report = new ValidationReport(
                parameters("password", "*****"),
                List.of(
                        new FieldError("user", ValidationCode.MISSING_REQUIRED_PARAMETER, "user parameter is required"),
                        new FieldError(
                                "password",
                                ValidationCode.RULE_VALIDATION_ERROR,
                                "A senha deve ter pelo menos 6 dígitos.",
                                Map.of("min", 6))));

        assertThat(write(report))
                .isEqualTo("{\"parameters\":{\"password\":\"*****\"},\"errors\":["
                        + "{\"code\":\"001\",\"message\":\"user parameter is required\",\"parameter\":\"user\"},"
                        + "{\"code\":\"002\",\"message\":\"A senha deve ter pelo menos 6 dígitos.\","
                        + "\"parameter\":\"password\",\"data\":{\"min\":6}}]}");
    }

    @Test
    void writes_the_date_rule_code_and_escapes_quotes_in_messages() {
        ValidationReport report = new ValidationReport(
                Map.of(),
                List.of(new FieldError("token", ValidationCode.DATE_RULE_VALIDATION_ERROR, "O \"token\" expirou")));

        assertThat(write(report))
                .isEqualTo("{\"parameters\":{},\"errors\":["
                        + "{\"code\":\"003\",\"message\":\"O \\\"token\\\" expirou\",\"parameter\":\"token\"}]}");
    }

    @Test
    void writes_non_ascii_as_utf8_bytes() {
        ValidationReport report = new ValidationReport(parameters("nome", "João"), List.of());

        assertThat(ValidationReportWriter.toBytes(report))
                .isEqualTo("{\"parameters\":{\"nome\":\"João\"},\"errors\":[]}".getBytes(StandardCharsets.UTF_8));
    }
}
