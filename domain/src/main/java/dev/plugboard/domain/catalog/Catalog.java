package dev.plugboard.domain.catalog;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Holds the current {@link CatalogSnapshot} and replaces it atomically. Readers call
 * {@link #current()} once per request and use that snapshot throughout, so a request never mixes
 * two versions of the catalog.
 */
public final class Catalog {
    private final AtomicReference<CatalogSnapshot> current;
    private final List<Consumer<CatalogSnapshot>> listeners = new CopyOnWriteArrayList<>();

    public Catalog(CatalogSnapshot initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public CatalogSnapshot current() {
        return current.get();
    }

    /** Makes {@code next} the snapshot every later read sees, then tells the listeners. */
    public void publish(CatalogSnapshot next) {
        current.set(Objects.requireNonNull(next, "next"));
        listeners.forEach(listener -> listener.accept(next));
    }

    /** Registers a listener called, on the publishing thread, after each {@link #publish}. */
    public void onPublish(Consumer<CatalogSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
