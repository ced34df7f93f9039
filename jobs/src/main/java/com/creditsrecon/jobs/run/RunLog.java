package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.LogManager;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * A run's log file, {@code OUT/run.log}: every logger's lines while the run lasts, with
 * full stack traces, beside the outputs (on exit code 2 too). Each run starts it afresh;
 * the one before is kept as {@code run.previous.log}, so that the log of a failed run is
 * still there after the restart that follows it. The console never shows a logger's line
 * (logback.xml has no appender): one line per problem (rule V5).
 */
public final class RunLog implements AutoCloseable {

	public static final String FILE = "run.log";

	static final String PREVIOUS = "run.previous.log";

	static {
		// Spring Boot leaves logging alone (each run attaches its own file); HSQLDB and
		// any other JDK logger go to the same file, not to standard error.
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		System.setProperty("hsqldb.reconfig_logging", "false");
		LogManager.getLogManager().reset();
		SLF4JBridgeHandler.install();
	}

	private final FileAppender<ILoggingEvent> appender;

	private final Path file;

	private RunLog(FileAppender<ILoggingEvent> appender, Path file) {
		this.appender = appender;
		this.file = file;
	}

	/**
	 * Starts the log of a run in {@code out}.
	 * @throws IOException when the file cannot be written
	 */
	public static RunLog open(Path out) throws IOException {
		Path file = out.resolve(FILE);
		if (Files.exists(file)) {
			Files.move(file, out.resolve(PREVIOUS), StandardCopyOption.REPLACE_EXISTING);
		}
		// created here, so that a folder that cannot take it says why in words
		Files.newOutputStream(file).close();
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{40} - %msg%n");
		encoder.start();
		FileAppender<ILoggingEvent> appender = new FileAppender<>();
		appender.setContext(context);
		appender.setName("run-log " + file);
		appender.setFile(file.toString());
		appender.setAppend(true);
		appender.setEncoder(encoder);
		appender.start();
		if (!appender.isStarted()) {
			throw new IOException("cannot open the log " + file);
		}
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
		return new RunLog(appender, file);
	}

	public Path file() {
		return this.file;
	}

	@Override
	public void close() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
		this.appender.stop();
	}

}
