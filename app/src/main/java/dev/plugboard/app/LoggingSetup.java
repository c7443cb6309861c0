package dev.plugboard.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Plugboard's logging, set up in code: Logback's XML configuration (Joran and a SAX parser) took
 * about a tenth of a second of every start. Logback finds this class through {@code
 * META-INF/services}; a {@code logback.configurationFile} system property or a {@code
 * logback-test.xml} on the class path still wins (Logback's own configurator then reads it).
 *
 * <p>Standard error gets everything but the access log, as text, at WARN (INFO for Plugboard's
 * own loggers). The access log ({@code plugboard.access}) is one JSON object per line on standard
 * output, gathered in a buffer so the event loops never wait on the terminal or pipe (unless 512
 * KiB are waiting: then they write rather than lose lines), written out in batches within 25 ms and
 * when Plugboard stops ({@link BatchedStdoutAppender}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LoggingSetup extends ContextAwareBase implements Configurator {
    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %logger{24} - %msg%n";
    static final String ACCESS_LOGGER = "plugboard.access";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LoggingSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());

        ConsoleAppender<ILoggingEvent> text = console(context, "STDERR", "System.err", TEXT_PATTERN);
        BatchedStdoutAppender access = new BatchedStdoutAppender();
        access.setContext(context);
        access.setName("ACCESS");
        access.start();

        Logger accessLogger = context.getLogger(ACCESS_LOGGER);
        accessLogger.setLevel(Level.INFO);
        accessLogger.setAdditive(false);
        accessLogger.addAppender(access);
        context.getLogger("dev.plugboard").setLevel(Level.INFO);
        for (String quietLibrary : new String[] {"org.flywaydb", "com.zaxxer.hikari", "io.netty"}) {
            context.getLogger(quietLibrary).setLevel(Level.WARN);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(text);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The access log's writer, to be given each line directly, when this class configured logging
     * (no {@code logback.configurationFile}, no {@code logback-test.xml}) and the access logger is
     * on; otherwise empty, and the lines go through the logger, wherever a configuration sends them.
     */
    static Optional<Consumer<CharSequence>> directAccessLog() {
        return directAccessLog(LoggerFactory.getILoggerFactory());
    }

    static Optional<Consumer<CharSequence>> directAccessLog(ILoggerFactory factory) {
        if (factory instanceof LoggerContext context) {
            Logger access = context.getLogger(ACCESS_LOGGER);
            if (access.getAppender("ACCESS") instanceof BatchedStdoutAppender writer
                    && access.isInfoEnabled()
                    && !access.isAdditive()) {
                return Optional.of(writer::writeLine);
            }
        }
        return Optional.empty();
    }

    private static ConsoleAppender<ILoggingEvent> console(
            LoggerContext context, String name, String target, String pattern) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget(target);
        appender.setEncoder(encoder(context, pattern));
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
