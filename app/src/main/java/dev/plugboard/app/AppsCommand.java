package dev.plugboard.app;

import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.domain.auth.Role;
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
        return Clients.withApplications(parent.environment(), options, work);
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

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text (default) for people; env for shell scripts: eval \"$(plugboard apps create "
                        + "--name ci --format env)\" exports PLUGGY_CLIENT_ID and PLUGGY_CLIENT_SECRET; json for "
                        + "programs. One of: ${COMPLETION-CANDIDATES}.")
        Clients.Format format;

        @Override
        public void run() {
            if (name.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--name must not be blank");
            }
            NewApplication created = apps.withApplications(config, applications -> applications.create(name));
            Clients.printCreated(created, format, spec.commandLine().getOut());
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
            java.util.List<Application> all = apps.withApplications(config, Applications::list).stream()
                    .filter(a -> a.role() == Role.APPLICATION)
                    .toList();
            Clients.printList(all, spec.commandLine().getOut());
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
            apps.withApplications(config, applications -> {
                Clients.disable(applications, spec, clientId, java.util.List.of(Role.APPLICATION), "application");
                return null;
            });
            spec.commandLine().getOut().println("Disabled application " + clientId + ".");
        }
    }
}
