package dev.plugboard.domain.health;

import dev.plugboard.domain.connector.HealthStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A period during which a connector's visible status was not ONLINE.
 *
 * @param start when the status left ONLINE, or the start of the history examined when it was not
 *     ONLINE there
 * @param end when it became ONLINE again; empty while the incident is open
 * @param worst OFFLINE if it was OFFLINE at any time, else UNSTABLE
 */
public record Incident(int connectorId, Instant start, Optional<Instant> end, HealthStatus worst) {
    public Incident {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        end.filter(e -> e.isBefore(start)).ifPresent(e -> {
            throw new IllegalArgumentException("end must not be before start: " + e + " < " + start);
        });
        Objects.requireNonNull(worst, "worst");
        if (worst == HealthStatus.ONLINE) {
            throw new IllegalArgumentException("an incident's worst status is UNSTABLE or OFFLINE");
        }
    }

    public boolean isOpen() {
        return end.isEmpty();
    }

    /** Whether the incident was going on at some instant of {@code range}. */
    public boolean overlaps(TimeWindow range) {
        return start.isBefore(range.end())
                && end.map(e -> e.isAfter(range.start())).orElse(true);
    }

    /**
     * The incidents of one connector's history, oldest first; the last may be open.
     *
     * @param initial the visible status at {@code since}: the {@code to} of the last change before
     *     it, or the connector's first status; when not ONLINE an incident is open from {@code since}
     * @param changes the connector's changes from {@code since} on, chronological, each starting
     *     from the status the one before ended in
     * @throws IllegalArgumentException when a change is of another connector, before {@code since}
     *     or its predecessor, or does not start where the previous one ended
     */
    public static List<Incident> derive(
            int connectorId, HealthStatus initial, Instant since, List<StatusChange> changes) {
        List<Incident> incidents = new ArrayList<>();
        Optional<Incident> open = initial == HealthStatus.ONLINE
                ? Optional.empty()
                : Optional.of(new Incident(connectorId, since, Optional.empty(), initial));
        HealthStatus current = initial;
        Instant last = since;
        for (StatusChange change : changes) {
            requireContinuous(change, new Position(connectorId, current, last));
            if (change.to() == HealthStatus.ONLINE) {
                open.map(incident -> incident.endedAt(change.at())).ifPresent(incidents::add);
                open = Optional.empty();
            } else {
                open = Optional.of(open.orElse(new Incident(connectorId, change.at(), Optional.empty(), change.to()))
                        .seen(change.to()));
            }
            current = change.to();
            last = change.at();
        }
        open.ifPresent(incidents::add);
        return List.copyOf(incidents);
    }

    private Incident endedAt(Instant at) {
        return new Incident(connectorId, start, Optional.of(at), worst);
    }

    private Incident seen(HealthStatus status) {
        return HealthPolicy.worse(status, worst) ? new Incident(connectorId, start, end, status) : this;
    }

    private static void requireContinuous(StatusChange change, Position position) {
        if (change.connectorId() != position.connectorId()) {
            throw new IllegalArgumentException("change of connector " + change.connectorId()
                    + " in the history of connector " + position.connectorId());
        }
        if (change.at().isBefore(position.at())) {
            throw new IllegalArgumentException(
                    "changes must be chronological: " + change.at() + " comes after " + position.at());
        }
        if (change.from() != position.status()) {
            throw new IllegalArgumentException("change at " + change.at() + " starts from " + change.from()
                    + " but the status was " + position.status());
        }
    }

    private record Position(int connectorId, HealthStatus status, Instant at) {}
}
