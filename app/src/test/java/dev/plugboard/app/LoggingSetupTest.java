package dev.plugboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LoggingSetupTest {
    private final LoggerContext context = new LoggerContext();

    private ExecutionStatus configure() {
        LoggingSetup setup = new LoggingSetup();
        setup.setContext(context);
        return setup.configure(context);
    }

    @Test
    void text_goes_to_standard_error_at_warn_and_plugboard_logs_info() {
        assertThat(configure()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) stderr.getEncoder()).getPattern()).isEqualTo(LoggingSetup.TEXT_PATTERN);
        assertThat(context.getLogger("dev.plugboard").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("com.zaxxer.hikari").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.netty").getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void the_access_log_goes_to_its_batching_appender_alone() {
        configure();

        Logger access = context.getLogger(LoggingSetup.ACCESS_LOGGER);
        assertThat(access.getLevel()).isEqualTo(Level.INFO);
        assertThat(access.isAdditive()).isFalse();
        assertThat(access.getAppender("ACCESS")).isInstanceOf(BatchedStdoutAppender.class);
        assertThat(access.getAppender("ACCESS").isStarted()).isTrue();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("ACCESS"))
                .isNull();
    }

    @Test
    void access_lines_go_straight_to_the_batching_appender_only_under_this_set_up() {
        LoggerContext elsewhere = new LoggerContext();
        assertThat(LoggingSetup.directAccessLog(elsewhere)).isEmpty();

        configure();
        assertThat(LoggingSetup.directAccessLog(context)).isPresent();
        context.getLogger(LoggingSetup.ACCESS_LOGGER).setLevel(Level.WARN);
        assertThat(LoggingSetup.directAccessLog(context)).isEmpty();
        context.getLogger(LoggingSetup.ACCESS_LOGGER).setLevel(Level.INFO);
        context.getLogger(LoggingSetup.ACCESS_LOGGER).setAdditive(true);
        assertThat(LoggingSetup.directAccessLog(context)).isEmpty();
    }

    @Test
    void a_configuration_file_named_by_the_system_property_wins() {
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            assertThat(configure()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"))
                    .isNull();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }
}
