package dev.plugboard.app;

import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.domain.auth.Role;
import dev.plugboard.storage.Database;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the {@code apps} and {@code operators} commands share: the database, and how keys print. */
final class Clients {
    /** How new keys are printed. */
    enum Format {
        text,
        env,
        json
    }

    private Clients() {}

    static <T> T withApplications(
            Map<String, String> environment, ConfigOptions options, Function<Applications, T> work) {
        PlugboardConfig config = options.load(environment, Map.of());
        Clock clock = Clock.systemUTC();
        try (Database database = Plugboard.openDatabase(config, clock)) {
            return work.apply(new Applications(database.applications(), clock, new SecureRandom()));
        }
    }

    static void printCreated(NewApplication created, Format format, PrintWriter out) {
        String clientId = created.application().clientId().toString();
        String secret = created.clientSecret().reveal();
        String kind = created.application().role() == Role.APPLICATION
                ? "application"
                : created.application().role().wireName() + " operator";
        switch (format) {
            case text -> {
                out.println(
                        "Created " + kind + " '" + created.application().name() + "'. The secret is shown only now:");
                out.println("  clientId:     " + clientId);
                out.println("  clientSecret: " + secret);
            }
            // Secrets are base64url and client ids UUIDs: neither needs shell quoting.
            case env -> {
                String prefix = created.application().role() == Role.APPLICATION ? "PLUGGY" : "PLUGBOARD";
                out.println("export " + prefix + "_CLIENT_ID=" + clientId);
                out.println("export " + prefix + "_CLIENT_SECRET=" + secret);
            }
            case json ->
                out.println(new JsonObject()
                        .put("clientId", clientId)
                        .put("clientSecret", secret)
                        .put("name", created.application().name())
                        .put("role", created.application().role().wireName())
                        .encode());
        }
    }

    static void printList(List<Application> all, PrintWriter out) {
        out.printf("%-36s  %-11s  %-8s  %-24s  %s%n", "CLIENT ID", "ROLE", "STATUS", "CREATED", "NAME");
        for (Application app : all) {
            out.printf(
                    "%-36s  %-11s  %-8s  %-24s  %s%n",
                    app.clientId(),
                    app.role().wireName(),
                    app.enabled() ? "enabled" : "disabled",
                    app.createdAt(),
                    app.name());
        }
    }

    /** Disables a client of one of {@code roles}; refuses unknown ids and ids of other kinds. */
    static void disable(Applications applications, CommandSpec spec, String clientId, List<Role> roles, String noun) {
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "CLIENT_ID must be a UUID, got '" + clientId + "'");
        }
        boolean ofThisKind =
                applications.find(id).map(a -> roles.contains(a.role())).orElse(false);
        if (!ofThisKind || !applications.disable(id)) {
            throw new ParameterException(spec.commandLine(), "no " + noun + " has the clientId " + clientId);
        }
    }
}
