package dev.plugboard.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Hands SIGTERM and SIGINT (Ctrl-C) to Plugboard instead of the JVM, so that a stop can drain the
 * server and end with exit status 0 rather than the JVM's 143 or 130. It uses {@code sun.misc.Signal}
 * (module {@code jdk.unsupported}, present in every JDK Plugboard supports), reached reflectively
 * because javac warns on every direct use of it. Where it is missing, nothing is installed and the
 * shutdown hook still stops the server gracefully, with the JVM's exit status.
 */
final class TerminationSignals {
    static final List<String> NAMES = List.of("TERM", "INT");

    private TerminationSignals() {}

    /**
     * Runs {@code onSignal} (on a thread the JVM starts) each time SIGTERM or SIGINT arrives.
     *
     * @return whether the handlers are installed
     */
    static boolean install(Runnable onSignal) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            InvocationHandler calls = (proxy, method, args) -> switch (method.getName()) {
                case "handle" -> {
                    onSignal.run();
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> "plugboard termination handler";
            };
            Object proxy = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler}, calls);
            for (String name : NAMES) {
                Object which = signal.getConstructor(String.class).newInstance(name);
                signal.getMethod("handle", signal, handler).invoke(null, which, proxy);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
