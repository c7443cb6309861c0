package dev.plugboard.app;

import dev.plugboard.domain.auth.Application;
import dev.plugboard.domain.auth.Applications;
import dev.plugboard.domain.auth.NewApplication;
import dev.plugboard.domain.auth.Role;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plugboard operators}: credentials for the people and systems that run Plugboard: role
 * {@code admin} for the administration API, {@code ingest} for reporting execution outcomes. They
 * authenticate through {@code POST /auth} like applications and are refused (403) where their role
 * does not reach.
 */
@Command(
        name = "operators",
        mixinStandardHelpOptions = true,
        description =
                "Creates, lists and disables operators (clientId / clientSecret pairs with a role: admin or ingest).",
        subcommands = {OperatorsCommand.Create.class, OperatorsCommand.ListCommand.class, OperatorsCommand.Disable.class
        })
final class OperatorsCommand implements Runnable {
    static final List<Role> ROLES = List.of(Role.ADMIN, Role.INGEST);

    @ParentCommand
    PlugboardCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Creates an operator and prints its clientId and clientSecret. The secret is shown only this"
                    + " once: Plugboard keeps just a salted hash of it.")
    static final class Create implements Runnable {
        @ParentCommand
        OperatorsCommand operators;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "A name to recognise it by.")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin (the /admin API: edit, import, export the catalog; the audit log) or ingest"
                        + " (report execution outcomes).")
        String role;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text (default); env (exports PLUGBOARD_CLIENT_ID and PLUGBOARD_CLIENT_SECRET, which the"
                        + " catalog commands' --server mode reads); json. One of: ${COMPLETION-CANDIDATES}.")
        Clients.Format format;

        @Override
        public void run() {
            Role chosen = Role.fromWire(role)
                    .filter(ROLES::contains)
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "--role must be admin or ingest, got '" + role + "'"));
            if (name.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--name must not be blank");
            }
            NewApplication created = Clients.withApplications(
                    operators.parent.environment(), config, applications -> applications.create(name, chosen));
            Clients.printCreated(created, format, spec.commandLine().getOut());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every operator, oldest first.")
    static final class ListCommand implements Runnable {
        @ParentCommand
        OperatorsCommand operators;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            List<Application> all =
                    Clients.withApplications(operators.parent.environment(), config, Applications::list).stream()
                            .filter(a -> ROLES.contains(a.role()))
                            .toList();
            Clients.printList(all, spec.commandLine().getOut());
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disables an operator: it can no longer obtain API keys.")
    static final class Disable implements Runnable {
        @ParentCommand
        OperatorsCommand operators;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CLIENT_ID", description = "The clientId of the operator.")
        String clientId;

        @Override
        public void run() {
            Clients.withApplications(operators.parent.environment(), config, applications -> {
                Clients.disable(applications, spec, clientId, ROLES, "operator");
                return null;
            });
            spec.commandLine().getOut().println("Disabled operator " + clientId + ".");
        }
    }
}
