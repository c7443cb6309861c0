package dev.plugboard.http.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plugboard.domain.health.HealthView;
import dev.plugboard.domain.health.Incident;
import dev.plugboard.domain.health.RatePoint;
import dev.plugboard.domain.health.StatusChange;
import dev.plugboard.domain.health.TimeWindow;
import dev.plugboard.http.wire.WireTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The body of {@code GET /connectors/{id}/health/history}. */
final class HistoryJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryJson() {}

    static ObjectNode of(
            int connectorId,
            TimeWindow range,
            Duration resolution,
            Optional<HealthView> now,
            List<StatusChange> changes,
            List<Incident> incidents,
            List<RatePoint> series) {
        ObjectNode body = JSON.createObjectNode()
                .put("connectorId", connectorId)
                .put("from", WireTime.format(range.start()))
                .put("to", WireTime.format(range.end()))
                .put("resolution", resolution.toString());
        if (now.isPresent()) {
            body.put("status", now.get().status().name());
        } else {
            body.putNull("status");
        }
        ArrayNode changeArray = body.putArray("changes");
        for (StatusChange change : changes) {
            ObjectNode item = changeArray
                    .addObject()
                    .put("at", WireTime.format(change.at()))
                    .put("from", change.from().name())
                    .put("to", change.to().name())
                    .put("reason", change.reason().name());
            rate(item, change.rate());
            item.put("sample", change.sample());
        }
        ArrayNode incidentArray = body.putArray("incidents");
        for (Incident incident : incidents) {
            ObjectNode item = incidentArray.addObject().put("start", WireTime.format(incident.start()));
            if (incident.end().isPresent()) {
                item.put("end", WireTime.format(incident.end().get()));
            } else {
                item.putNull("end");
            }
            item.put("worst", incident.worst().name());
        }
        ArrayNode points = body.putArray("series");
        for (RatePoint point : series) {
            ObjectNode item = points.addObject()
                    .put("start", WireTime.format(point.start()))
                    .put("total", point.total())
                    .put("failures", point.failures());
            rate(item, point.rate());
        }
        return body;
    }

    private static void rate(ObjectNode item, OptionalDouble rate) {
        if (rate.isPresent()) {
            item.put("rate", rate.getAsDouble());
        } else {
            item.putNull("rate");
        }
    }
}
