package dev.plugboard.app;

import dev.plugboard.domain.PlugboardException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code plugboard} command. */
@Command(
        name = "plugboard",
        mixinStandardHelpOptions = true,
        versionProvider = PlugboardCli.Version.class,
        description = {
            "A self-hostable server for the Connector API of the Pluggy open-finance platform:",
            "GET /connectors, GET /connectors/{id}, POST /connectors/{id}/validate, with POST /auth,",
            "X-API-KEY and connect tokens. Start it with 'plugboard serve'."
        })
public final class PlugboardCli implements Runnable {
    /** The subcommands, in the order the usage lists them; see {@link #subcommandsFor}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ServeCommand.class,
            AppsCommand.class,
            OperatorsCommand.class,
            KeysCommand.class,
            CatalogCommand.class,
            SimulateCommand.class,
            CommandLine.HelpCommand.class);

    /** Exit status for a configuration the command cannot use. */
    static final int EXIT_CONFIG = 2;

    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    PlugboardCli(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Logging starts here, on one thread: started by two at once (the server warms up in
        // parallel with the database), SLF4J would warn that it replayed early calls.
        LoggerFactory.getILoggerFactory();
        int status =
                execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv());
        // After serve this is the end of a graceful stop: status 0, even when a signal asked for it.
        System.exit(status);
    }

    /** Runs a command line; the streams and environment are parameters so tests can run it in-process. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine cli = new CommandLine(new PlugboardCli(environment));
        subcommandsFor(args).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidConfigurationException invalid) {
                invalid.problems().forEach(problem -> err.println("plugboard: " + problem));
                return EXIT_CONFIG;
            }
            if (e instanceof PlugboardException || e instanceof java.io.UncheckedIOException) {
                err.println("plugboard: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /**
     * The subcommands a command line needs: only the one it names, when it names one other than
     * {@code help}, else all of them (for the usage, help, and the suggestions after a mistyped
     * name). Picocli reads every
     * option of every subcommand it is given by reflection, which took about a third of a second
     * of each start; a start of {@code serve} needs only its own.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PlugboardCli.class.getPackage().getImplementationVersion();
            return new String[] {"plugboard " + (version == null ? "development" : version)};
        }
    }
}
