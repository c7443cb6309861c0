package dev.plugboard.http.wire;

import dev.plugboard.domain.PlugboardException;
import java.util.List;

/** A connector document that does not describe a valid connector; every problem names its field. */
public final class InvalidConnectorJsonException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidConnectorJsonException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
