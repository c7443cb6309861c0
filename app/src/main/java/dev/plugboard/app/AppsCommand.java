package dev.plugboard.app;

import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.storage.Database;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plugboard apps}: the applications that may call the API. Works on the database directly,
 * so it runs beside a live server, and a new application can authenticate at once.
 */
@Command(
        name = "apps",
        mixinStandardHelpOptions = true,
        description = "Creates, lists and disables applications (clientId / clientSecret pairs).",
        subcommands = {AppsCommand.Create.class, AppsCommand.List.class, AppsCommand.Disable.class})
final class AppsCommand implements Runnable {
    @ParentCommand
    PlugboardCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    <T> T withApplications(ConfigOptions options, Function<Applications, T> work) {
        PlugboardConfig config = options.load(parent.environment(), Map.of());
        Clock clock = Clock.systemUTC();
        try (Database database = Plugboard.openDatabase(config, clock)) {
            return work.apply(new Applications(database.applications(), clock, new SecureRandom()));
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Creates an application and prints its clientId and clientSecret. The secret is shown "
                    + "only this once: Plugboard keeps just a salted hash of it.")
    static final class Create implements Runnable {
        @ParentCommand
        AppsCommand apps;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "A name to recognise it by.")
        String name;

        /** How the new keys are printed. */
        enum Format {
            text,
            env,
            json
        }

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text (default) for people; env for shell scripts: eval \"$(plugboard apps create "
                        + "--name ci --format env)\" exports PLUGGY_CLIENT_ID and PLUGGY_CLIENT_SECRET; json for "
                        + "programs. One of: ${COMPLETION-CANDIDATES}.")
        Format format;

        @Override
        public void run() {
            if (name.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--name must not be blank");
            }
            NewApplication created = apps.withApplications(config, applications -> applications.create(name));
            PrintWriter out = spec.commandLine().getOut();
            String clientId = created.application().clientId().toString();
            String secret = created.clientSecret().reveal();
            switch (format) {
                case text -> {
                    out.println("Created application '" + created.application().name()
                            + "'. The secret is shown only now:");
                    out.println("  clientId:     " + clientId);
                    out.println("  clientSecret: " + secret);
                }
                // Secrets are base64url and client ids UUIDs: neither needs shell quoting.
                case env -> {
                    out.println("export PLUGGY_CLIENT_ID=" + clientId);
                    out.println("export PLUGGY_CLIENT_SECRET=" + secret);
                }
                case json ->
                    out.println(new JsonObject()
                            .put("clientId", clientId)
                            .put("clientSecret", secret)
                            .put("name", created.application().name())
                            .encode());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every application, oldest first.")
    static final class List implements Runnable {
        @ParentCommand
        AppsCommand apps;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            java.util.List<Application> all = apps.withApplications(config, Applications::list);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-36s  %-8s  %-24s  %s%n", "CLIENT ID", "STATUS", "CREATED", "NAME");
            for (Application app : all) {
                out.printf(
                        "%-36s  %-8s  %-24s  %s%n",
                        app.clientId(), app.enabled() ? "enabled" : "disabled", app.createdAt(), app.name());
            }
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disables an application: it can no longer obtain API keys (POST /auth answers 401 "
                    + "CLIENT_DISABLED).")
    static final class Disable implements Runnable {
        @ParentCommand
        AppsCommand apps;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CLIENT_ID", description = "The clientId of the application.")
        String clientId;

        @Override
        public void run() {
            UUID id;
            try {
                id = UUID.fromString(clientId);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "CLIENT_ID must be a UUID, got '" + clientId + "'");
            }
            boolean disabled = apps.withApplications(config, applications -> applications.disable(id));
            if (!disabled) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "no application has the clientId " + clientId);
            }
            spec.commandLine().getOut().println("Disabled application " + clientId + ".");
        }
    }
}
