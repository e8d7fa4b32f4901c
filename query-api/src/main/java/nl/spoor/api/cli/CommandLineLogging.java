package nl.spoor.api.cli;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Log lines of the command line go to standard error. Standard output belongs to the commands: the JSON
 * lines of {@code spoor extract}, an export written to {@code -}. Logback's default writes to standard
 * output, so a library's warning (POI on an Outlook attachment, say) landed between two JSON lines and broke
 * whatever read them. {@code serve} and {@code demo} are unaffected: Spring Boot sets up its own logging
 * when the server starts.
 */
final class CommandLineLogging {

    static final String PATTERN = "%d{HH:mm:ss.SSS} [%thread] %-5level %logger -- %msg%n";

    private CommandLineLogging() {
    }

    static void toStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("stderr");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
    }
}
