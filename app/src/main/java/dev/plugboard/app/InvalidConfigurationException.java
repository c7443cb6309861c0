package dev.plugboard.app;

import dev.plugboard.domain.PlugboardException;
import java.util.List;

/** The configuration cannot be used; every problem is a sentence naming its key. */
public final class InvalidConfigurationException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
