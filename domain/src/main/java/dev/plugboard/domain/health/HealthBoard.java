package dev.plugboard.domain.health;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Holds the current {@link HealthSnapshot} and replaces it whole, like the catalog holds its snapshot. */
public final class HealthBoard {
    private final AtomicReference<HealthSnapshot> current;
    private final List<Consumer<HealthSnapshot>> listeners = new CopyOnWriteArrayList<>();

    public HealthBoard(HealthSnapshot initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public HealthSnapshot current() {
        return current.get();
    }

    /** Makes {@code next} current and tells the listeners; publishing the current snapshot again does nothing. */
    public void publish(HealthSnapshot next) {
        Objects.requireNonNull(next, "next");
        if (current.getAndSet(next) == next) {
            return;
        }
        listeners.forEach(listener -> listener.accept(next));
    }

    public void onPublish(Consumer<HealthSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
