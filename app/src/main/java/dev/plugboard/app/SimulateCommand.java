package dev.plugboard.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plugboard.domain.health.ExecutionStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plugboard simulate}: sends a stream of execution outcomes to a running server's
 * {@code POST /executions}, so a user can watch connectors' health move.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Sends execution outcomes to a running Plugboard (POST /executions) once a second, and prints",
            "each connector's health as the server computes it, so you can watch a status move.",
            "Needs an ingest (or admin) operator's keys in PLUGBOARD_CLIENT_ID and PLUGBOARD_CLIENT_SECRET:",
            "  plugboard operators create --role ingest --name simulator --format env",
            "Example: 201 failing 80% of the time, 211 healthy, 20 executions a second each, for 2 minutes:",
            "  plugboard simulate --server http://127.0.0.1:8080 \\",
            "      --connector 201=SUCCESS:20,CONNECTION_ERROR:80 --connector 211 --rate 20 --duration 2m",
            "Statuses: ONLINE at a 6-hour connection rate of 90% or more, OFFLINE below 50%, UNSTABLE",
            "between; a status moves only with 20 executions or more in the window, and only past a",
            "threshold by 5 points (the server's health-* settings change these)."
        })
final class SimulateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    @ParentCommand
    PlugboardCli parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--server",
            required = true,
            paramLabel = "URL",
            description = "The running Plugboard, e.g. http://127.0.0.1:8080.")
    String server;

    @Option(
            names = "--connector",
            required = true,
            paramLabel = "ID[=MIX]",
            description = "A connector to send outcomes for; repeat for several. MIX overrides --mix for it.")
    List<String> connectors;

    @Option(
            names = "--mix",
            defaultValue = "SUCCESS:90,CONNECTION_ERROR:10",
            paramLabel = "MIX",
            description = "The outcome mix: STATUS:WEIGHT,... (default: ${DEFAULT-VALUE}). CONNECTION_ERROR, ERROR and"
                    + " SITE_NOT_AVAILABLE count as failures; user errors such as INVALID_CREDENTIALS do not.")
    String mix;

    @Option(
            names = "--rate",
            defaultValue = "10",
            paramLabel = "N",
            description = "Executions per second, per connector (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--duration",
            defaultValue = "1m",
            paramLabel = "TIME",
            description = "How long to send: 30s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(
            names = "--count",
            paramLabel = "N",
            description = "Stop once N executions per connector were sent, even before --duration ends.")
    Long count;

    @Option(
            names = "--client",
            paramLabel = "UUID",
            description = "The application the executions belong to (its connectionsLast6Hours counts them);"
                    + " repeat to spread them. Default: one random id, printed at the start.")
    List<UUID> clients;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seeds the random draw of outcomes, for a repeatable stream.")
    Long seed;

    @Option(
            names = "--no-watch",
            negatable = false,
            description = "Do not read and print the health after each second.")
    boolean noWatch;

    /** A connector and its outcome mix: cumulative weights over statuses. */
    private record Target(int id, Map<ExecutionStatus, Double> weights) {}

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<Target> targets = targets();
        if (!(rate > 0) || rate > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate must be above 0 and at most 100000");
        }
        Duration length = parseDuration(duration);
        if (count != null && count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 1 or more");
        }
        List<UUID> owners = clients == null || clients.isEmpty() ? List.of(UUID.randomUUID()) : clients;
        Random random = seed == null ? new Random() : new Random(seed);
        RemoteAdmin remote = new RemoteAdmin(server, parent.environment(), "ingest");

        out.println("Sending to " + server + " for "
                + targets.stream().map(t -> String.valueOf(t.id())).collect(Collectors.joining(", ")) + " as client "
                + owners.stream().map(UUID::toString).collect(Collectors.joining(", ")) + ".");
        Map<Integer, Map<ExecutionStatus, Long>> sent = new LinkedHashMap<>();
        targets.forEach(t -> sent.put(t.id(), new EnumMap<>(ExecutionStatus.class)));
        Map<Integer, String> lastSeen = new LinkedHashMap<>();
        long started = System.nanoTime();
        double owed = 0;
        for (long tick = 0; ; tick++) {
            owed += rate;
            long perConnector = (long) Math.floor(owed);
            owed -= perConnector;
            if (count != null) {
                perConnector = Math.min(
                        perConnector, count - total(sent.get(targets.get(0).id())));
            }
            Instant now = Instant.now();
            ArrayNode batch = JSON.createArrayNode();
            for (Target target : targets) {
                for (long i = 0; i < perConnector; i++) {
                    ExecutionStatus status = draw(target.weights(), random);
                    sent.get(target.id()).merge(status, 1L, Long::sum);
                    batch.addObject()
                            .put("id", UUID.randomUUID().toString())
                            .put("connectorId", target.id())
                            .put(
                                    "clientId",
                                    owners.get(random.nextInt(owners.size())).toString())
                            .put("status", status.name())
                            .put(
                                    "startedAt",
                                    now.minusSeconds(5 + random.nextInt(55)).toString())
                            .put("finishedAt", now.toString());
                }
            }
            long accepted = 0;
            long duplicates = 0;
            for (int from = 0; from < batch.size(); from += 1000) {
                ArrayNode chunk = JSON.createArrayNode();
                for (int i = from; i < Math.min(batch.size(), from + 1000); i++) {
                    chunk.add(batch.get(i));
                }
                JsonNode answer = remote.post("/executions", chunk.toString());
                accepted += answer.path("accepted").asLong();
                duplicates += answer.path("duplicates").asLong();
            }
            StringBuilder line = new StringBuilder(TIME.format(now) + "  sent " + batch.size() + " (accepted "
                    + accepted + ", duplicates " + duplicates + ")");
            if (!noWatch) {
                for (Target target : targets) {
                    String health = health(remote, target.id());
                    line.append("  |  ").append(target.id()).append(' ').append(health);
                    String status = health.split(" ", 2)[0];
                    String before = lastSeen.put(target.id(), status);
                    if (before != null && !before.equals(status)) {
                        line.append(" (was ").append(before).append(')');
                    }
                }
            }
            out.println(line);
            out.flush();
            boolean countReached =
                    count != null && total(sent.get(targets.get(0).id())) >= count;
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Duration next = Duration.ofSeconds(tick + 1);
            if (countReached || next.compareTo(length) >= 0) {
                break;
            }
            Thread.sleep(Math.max(0, next.minus(elapsed).toMillis()));
        }
        sent.forEach((id, byStatus) -> out.println("Connector " + id + ": sent " + total(byStatus) + " ("
                + byStatus.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + ")."));
        return 0;
    }

    /** {@code ONLINE rate 91.3% of 40 (mine 40)} from the server's {@code healthDetails}. */
    private static String health(RemoteAdmin remote, int id) {
        JsonNode health =
                remote.get("/connectors/" + id + "?healthDetails=true").path("health");
        JsonNode details = health.path("details");
        JsonNode rate = details.path("connectionRateLast6Hours");
        return health.path("status").asText() + " rate "
                + (rate.isNumber() ? rate.asText() + "%" : "none") + " of "
                + details.path("sampleSize").asText("?") + " executions";
    }

    private static long total(Map<ExecutionStatus, Long> byStatus) {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    private static ExecutionStatus draw(Map<ExecutionStatus, Double> weights, Random random) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double pick = random.nextDouble() * sum;
        ExecutionStatus last = null;
        for (Map.Entry<ExecutionStatus, Double> entry : weights.entrySet()) {
            last = entry.getKey();
            pick -= entry.getValue();
            if (pick < 0) {
                return last;
            }
        }
        return last;
    }

    private List<Target> targets() {
        Map<ExecutionStatus, Double> defaultMix = parseMix(mix, "--mix");
        List<Target> targets = new ArrayList<>();
        for (String spec : connectors) {
            String[] parts = spec.split("=", 2);
            int id;
            try {
                id = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(
                        this.spec.commandLine(), "--connector " + spec + ": the id must be a whole number");
            }
            if (targets.stream().anyMatch(t -> t.id() == id)) {
                throw new CommandLine.ParameterException(
                        this.spec.commandLine(), "--connector " + id + " is given twice");
            }
            targets.add(new Target(id, parts.length == 2 ? parseMix(parts[1], "--connector " + spec) : defaultMix));
        }
        return targets;
    }

    private Map<ExecutionStatus, Double> parseMix(String text, String option) {
        Map<ExecutionStatus, Double> weights = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.strip().split(":", 2);
            ExecutionStatus status;
            double weight;
            try {
                status = ExecutionStatus.valueOf(pair[0].strip().toUpperCase(Locale.ROOT));
                weight = pair.length == 2 ? Double.parseDouble(pair[1].strip()) : 1;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        option + ": '" + part.strip() + "' is not STATUS:WEIGHT with STATUS one of "
                                + Arrays.stream(ExecutionStatus.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")));
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), option + ": the weight of " + status + " must be a number above 0");
            }
            weights.merge(status, weight, Double::sum);
        }
        return weights;
    }

    private Duration parseDuration(String text) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("([0-9]{1,6})(s|m|h)").matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--duration must be a positive number of s, m or h, such as 30s: " + text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
