package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.hsqldb.persist.LockFile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.jobs.cli.StoreUrl;
import com.creditsrecon.jobs.importing.FileProblems;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.run.RunLauncher;

/**
 * A run as a plain Java call: its options in, its outcome out. Starts Spring on the run's
 * store, runs the job and closes Spring again. The command line, {@code generate} (for
 * the truth of its reported extracts) and the tests all start a run here. Logs go to
 * {@code OUT/.store/credits-recon.log}; the console shows one line per problem and the
 * summary, never a stack trace (rule V5).
 */
public final class CreditsRecon {

	private CreditsRecon() {
	}

	/**
	 * Runs the job on {@code options} and writes its outputs and run.json.
	 * @param failOnBreaks {@code --fail-on-breaks}: material breaks give
	 * {@link ExitCode#BREAKS} (rule N3)
	 * @return the exit code the command line exits with
	 */
	public static ExitCode run(RunOptions options, boolean failOnBreaks, Console console) {
		return run(options, failOnBreaks, console, Map.of());
	}

	/**
	 * As {@link #run(RunOptions, boolean, Console)}, with Spring properties added and the
	 * context prepared by {@code initializers} (a test's replacement of a bean).
	 */
	@SafeVarargs
	static ExitCode run(RunOptions options, boolean failOnBreaks, Console console, Map<String, Object> more,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		try {
			Files.createDirectories(options.storeDir());
		}
		catch (IOException ex) {
			// the environment (exit code 1): no folder to write run.json in either
			console.error("cannot create " + options.storeDir() + ": " + FileProblems.describe(ex, options.storeDir()));
			return ExitCode.FAILED;
		}
		SpringApplication application = new SpringApplication(CreditsReconApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		Map<String, Object> properties = new HashMap<>(properties(options));
		properties.putAll(more);
		application.setDefaultProperties(properties);
		// the steps' progress lines go to this run's console
		application.addInitializers(context -> context.getBeanFactory().registerSingleton("progressSink", console));
		application.addInitializers(initializers);
		ConfigurableApplicationContext context;
		try {
			context = application.run();
		}
		catch (RuntimeException ex) {
			console.error(storeNotOpened(options, ex));
			return ExitCode.FAILED;
		}
		try (context) {
			int code = context.getBean(RunLauncher.class).run(options, failOnBreaks, console);
			return Arrays.stream(ExitCode.values()).filter(c -> c.code() == code).findFirst().orElseThrow();
		}
		catch (RuntimeException ex) {
			console.error("the run failed: " + words(ex) + " (details in "
					+ options.storeDir().resolve("credits-recon.log") + ")");
			org.slf4j.LoggerFactory.getLogger(CreditsRecon.class).error("The run failed", ex);
			return ExitCode.FAILED;
		}
	}

	/** The Spring properties of a run: its store, its log, no console logging. */
	static Map<String, Object> properties(RunOptions options) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.main.log-startup-info", "false");
		properties.put("spring.batch.job.enabled", "false");
		properties.put("spring.batch.jdbc.initialize-schema", "always");
		properties.put("spring.datasource.url", options.jdbcUrl());
		if (options.db() == null) {
			properties.put("spring.datasource.username", "SA");
		}
		else if (System.getenv("PGUSER") != null && !options.db().contains("user=")) {
			properties.put("spring.datasource.username", System.getenv("PGUSER"));
		}
		properties.put("logging.file.name", options.storeDir().resolve("credits-recon.log").toString());
		properties.put("logging.threshold.console", "OFF");
		return properties;
	}

	/**
	 * Why the store did not open. HSQLDB's lock on the store means that another run on
	 * the same output folder is under way: the environment (exit code 1), like any run
	 * that can succeed later unchanged. That run's outputs and run.json are left alone.
	 */
	private static String storeNotOpened(RunOptions options, RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof LockFile.LockHeldExternallyException) {
				return "another run is using " + options.out() + " (the store " + options.storeDir()
						+ " is locked); wait for it to finish, or give this run another --out";
			}
		}
		return "cannot open the store " + StoreUrl.masked(options.jdbcUrl()) + ": " + words(ex) + " (details in "
				+ options.storeDir().resolve("credits-recon.log") + ")";
	}

	/** A file problem in words, else the root cause's message. */
	private static String words(Throwable ex) {
		Throwable root = ex;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException io) {
				return FileProblems.describe(io);
			}
			root = cause;
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

}
