package dev.plugboard.domain.catalog;

import dev.plugboard.domain.PlugboardException;
import java.util.List;

/** A catalog that cannot be served; every problem found is listed, each naming its connector. */
public final class InvalidCatalogException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidCatalogException(List<String> problems) {
        super("the catalog has " + problems.size() + " problem(s): " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
