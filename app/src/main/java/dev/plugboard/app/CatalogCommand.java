package dev.plugboard.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.catalog.CatalogLint;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.catalog.LintFinding;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.wire.ConnectorReader;
import dev.plugboard.http.wire.InvalidConnectorJsonException;
import dev.plugboard.storage.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plugboard catalog}: commands on a connector catalog. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Checks connector catalogs.",
        subcommands = {CatalogCommand.Lint.class})
final class CatalogCommand implements Runnable {
    /** Exit status of a lint that found errors. */
    static final int EXIT_LINT_ERRORS = 1;

    @ParentCommand
    PlugboardCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "lint",
            mixinStandardHelpOptions = true,
            description = {
                "Checks a catalog: patterns Plugboard refuses (not linear time, or meaning something else than",
                "in JavaScript), a validationMessage that contradicts its pattern, a select without options,",
                "a format whose pattern rejects valid documents, impossible length bounds, MFA credentials never",
                "asked for. Prints one line per finding and exits 1 when there is an error (warnings alone exit 0)."
            })
    static final class Lint implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;

        @Mixin
        ConfigOptions config;

        @Spec
        CommandSpec spec;

        @Parameters(
                arity = "0..1",
                paramLabel = "FILE",
                description = "A catalog file: a JSON array of connectors in Pluggy's shape. Without it, the catalog"
                        + " the server serves: the one in the database, or the bundled one before the first start.")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Connector> connectors;
            try {
                connectors = file != null ? readFile(file) : served();
            } catch (InvalidConnectorJsonException e) {
                e.problems().forEach(problem -> out.println("ERROR " + file + ": " + problem));
                out.println("The file is not a valid catalog: " + e.problems().size() + " problem(s).");
                return EXIT_LINT_ERRORS;
            }
            List<LintFinding> findings = CatalogLint.lint(connectors);
            findings.forEach(finding -> out.println(finding.line()));
            long errors = findings.stream()
                    .filter(f -> f.severity() == LintFinding.Severity.ERROR)
                    .count();
            out.println(connectors.size() + (connectors.size() == 1 ? " connector" : " connectors") + " checked: "
                    + errors + (errors == 1 ? " error" : " errors") + ", " + (findings.size() - errors)
                    + (findings.size() - errors == 1 ? " warning." : " warnings."));
            return errors > 0 ? EXIT_LINT_ERRORS : 0;
        }

        private static List<Connector> readFile(Path file) {
            try {
                return ConnectorReader.readAll(new ObjectMapper().readTree(Files.readAllBytes(file)));
            } catch (JsonProcessingException e) {
                throw new InvalidConnectorJsonException(
                        List.of("not JSON (line " + e.getLocation().getLineNr() + ", column "
                                + e.getLocation().getColumnNr() + ")"));
            } catch (IOException e) {
                throw new InvalidConnectorJsonException(List.of("cannot be read: " + e.getMessage()));
            }
        }

        private List<Connector> served() {
            PlugboardConfig loaded = config.load(catalog.parent.environment(), Map.of());
            try (Database database = Plugboard.openDatabase(loaded, Clock.systemUTC())) {
                ConnectorRepository repository = database.connectors();
                return repository.seeded() ? repository.loadAll() : BundledCatalog.load();
            }
        }
    }
}
