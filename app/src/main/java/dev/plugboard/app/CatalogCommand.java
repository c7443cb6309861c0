package dev.plugboard.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plugboard.domain.catalog.Actor;
import dev.plugboard.domain.catalog.Catalog;
import dev.plugboard.domain.catalog.CatalogLint;
import dev.plugboard.domain.catalog.CatalogReloader;
import dev.plugboard.domain.catalog.ConnectorRepository;
import dev.plugboard.domain.catalog.LintFinding;
import dev.plugboard.domain.connector.Connector;
import dev.plugboard.http.admin.AdminJson;
import dev.plugboard.http.admin.CatalogEditor;
import dev.plugboard.http.wire.ApiException;
import dev.plugboard.http.wire.ConnectorReader;
import dev.plugboard.http.wire.InvalidConnectorJsonException;
import dev.plugboard.storage.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plugboard catalog}: commands on a connector catalog. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = {
            "Imports, exports, compares and checks connector catalogs (JSON arrays of connectors in Pluggy's",
            "shape, the format of the bundled catalog). Works directly on the database (--data-dir / --db-url),",
            "beside running servers, which serve a change within a second; or, with --server URL, through the",
            "administration API of a running Plugboard, logging in with PLUGBOARD_CLIENT_ID and",
            "PLUGBOARD_CLIENT_SECRET (an admin operator's keys)."
        },
        subcommands = {
            CatalogCommand.Import.class,
            CatalogCommand.Diff.class,
            CatalogCommand.Export.class,
            CatalogCommand.Lint.class
        })
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

        @Option(
                names = "--server",
                paramLabel = "URL",
                description = "Check the catalog a running Plugboard serves, read through its administration API"
                        + " (an admin's keys in PLUGBOARD_CLIENT_ID and PLUGBOARD_CLIENT_SECRET).")
        String server;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (file != null && server != null) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "give a FILE or --server, not both");
            }
            List<Connector> connectors;
            try {
                connectors = file != null
                        ? readFile(file)
                        : server != null
                                ? ConnectorReader.readAll(new RemoteAdmin(server, catalog.parent.environment())
                                        .get("/admin/catalog/export"))
                                : served();
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
            return ConnectorReader.readAll(readJson(file));
        }

        private List<Connector> served() {
            PlugboardConfig loaded = config.load(catalog.parent.environment(), Map.of());
            try (Database database = Plugboard.openDatabase(loaded, Clock.systemUTC())) {
                ConnectorRepository repository = database.connectors();
                return repository.seeded() ? repository.loadAll() : BundledCatalog.load();
            }
        }
    }

    /** Options of the commands that change or read the served catalog. */
    static final class Target {
        @Mixin
        ConfigOptions config;

        @Option(
                names = "--server",
                paramLabel = "URL",
                description = "Work through the administration API of the Plugboard at URL (e.g."
                        + " http://127.0.0.1:8080) instead of on the database.")
        String server;

        ImportPlanView importCatalog(Map<String, String> environment, JsonNode documents, boolean dryRun) {
            if (server != null) {
                return ImportPlanView.of(new RemoteAdmin(server, environment)
                        .post("/admin/catalog/import?dryRun=" + dryRun, documents.toString()));
            }
            return withEditor(
                    environment,
                    editor -> ImportPlanView.of(
                            AdminJson.plan(editor.importCatalog(documents, dryRun, commandLine()), dryRun)));
        }

        JsonNode export(Map<String, String> environment) {
            if (server != null) {
                return new RemoteAdmin(server, environment).get("/admin/catalog/export");
            }
            return withEditor(environment, editor -> AdminJson.catalog(editor.export()));
        }

        private <T> T withEditor(Map<String, String> environment, java.util.function.Function<CatalogEditor, T> work) {
            PlugboardConfig loaded = config.load(environment, Map.of());
            Clock clock = Clock.systemUTC();
            try (Database database = Plugboard.openDatabase(loaded, clock)) {
                ConnectorRepository repository = database.connectors();
                if (!repository.seeded()) {
                    repository.seed(BundledCatalog.load());
                }
                Catalog catalog = new Catalog(repository.loadSnapshot());
                return work.apply(new CatalogEditor(repository, new CatalogReloader(repository, catalog), clock));
            }
        }

        private static Actor commandLine() {
            return new Actor("cli", "command line (" + System.getProperty("user.name", "unknown user") + ")");
        }
    }

    /** An import's plan as the CLI prints it, from the server's JSON or the editor's. */
    record ImportPlanView(JsonNode plan) {
        static ImportPlanView of(JsonNode plan) {
            return new ImportPlanView(plan);
        }

        void print(PrintWriter out) {
            out.println("Added: " + ids(plan.get("added")));
            List<String> changed = new ArrayList<>();
            plan.get("changed").fields().forEachRemaining(e -> {
                List<String> fields = new ArrayList<>();
                e.getValue().forEach(f -> fields.add(f.asText()));
                changed.add(e.getKey() + " (" + String.join(", ", fields) + ")");
            });
            out.println("Changed: " + (changed.isEmpty() ? "none" : String.join(", ", changed)));
            out.println("Disabled: " + ids(plan.get("disabled")));
            out.println("Unchanged: " + plan.get("unchanged").asInt());
            if (plan.get("dryRun").asBoolean()) {
                out.println("Dry run: nothing was applied.");
            } else if (plan.get("version").isNull()) {
                out.println("Nothing to apply: the catalog is already this one.");
            } else {
                out.println("Applied atomically as catalog version "
                        + plan.get("version").asLong() + ".");
            }
        }

        private static String ids(JsonNode array) {
            List<String> ids = new ArrayList<>();
            array.forEach(id -> ids.add(id.asText()));
            return ids.isEmpty() ? "none" : String.join(", ", ids);
        }
    }

    /** Reads a catalog file as JSON; a file that is not JSON is an error naming where. */
    static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new InvalidConnectorJsonException(
                    List.of("not JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new InvalidConnectorJsonException(List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** Runs an import or diff, printing the plan or every problem; exit 1 on problems. */
    static int runImport(CommandSpec spec, Map<String, String> environment, Target target, Path file, boolean dryRun) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            target.importCatalog(environment, readJson(file), dryRun).print(out);
            return 0;
        } catch (ApiException e) {
            out.println(e.getMessage());
            e.problems().orElse(List.of()).forEach(problem -> out.println("  " + problem));
            return EXIT_LINT_ERRORS;
        } catch (RemoteAdmin.RemoteAdminException e) {
            out.println(e.getMessage());
            e.problems().forEach(problem -> out.println("  " + problem));
            return EXIT_LINT_ERRORS;
        } catch (InvalidConnectorJsonException e) {
            e.problems().forEach(problem -> out.println("ERROR " + file + ": " + problem));
            return EXIT_LINT_ERRORS;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Makes the served catalog exactly the one in FILE: connectors it adds are created, changed ones",
                "replaced, and connectors it leaves out are disabled (their ids are never reused). The whole",
                "catalog is validated first (every problem listed) and applied atomically, or not at all."
            })
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;

        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Option(names = "--dry-run", description = "Print what would change, change nothing.")
        boolean dryRun;

        @Parameters(paramLabel = "FILE", description = "A JSON array of connectors in Pluggy's shape.")
        Path file;

        @Override
        public Integer call() {
            return runImport(spec, catalog.parent.environment(), target, file, dryRun);
        }
    }

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = "Prints what importing FILE would add, change and disable; changes nothing.")
    static final class Diff implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;

        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A JSON array of connectors in Pluggy's shape.")
        Path file;

        @Override
        public Integer call() {
            return runImport(spec, catalog.parent.environment(), target, file, true);
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes the served catalog (enabled connectors) as a JSON array, the format import takes.")
    static final class Export implements Runnable {
        @ParentCommand
        CatalogCommand catalog;

        @Mixin
        Target target;

        @Spec
        CommandSpec spec;

        @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
        Path output;

        @Override
        public void run() {
            String json = target.export(catalog.parent.environment()).toPrettyString();
            if (output == null) {
                spec.commandLine().getOut().println(json);
                return;
            }
            try {
                Files.writeString(output, json + System.lineSeparator());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + output, e);
            }
        }
    }
}
