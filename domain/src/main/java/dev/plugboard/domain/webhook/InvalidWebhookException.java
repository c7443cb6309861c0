package dev.plugboard.domain.webhook;

import dev.plugboard.domain.PlugboardException;
import java.util.List;

/** A subscription was refused; {@link #problems()} says why, each naming its field. */
public final class InvalidWebhookException extends PlugboardException {
    private static final long serialVersionUID = 1L;

    private final List<WebhookProblem> problems;

    public InvalidWebhookException(List<WebhookProblem> problems) {
        super("the webhook has " + problems.size() + " problem(s): "
                + problems.stream().map(p -> p.kind().name()).toList());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<WebhookProblem> problems() {
        return problems;
    }
}
