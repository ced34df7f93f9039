package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import com.creditsrecon.jobs.run.RunLock;
import com.creditsrecon.jobs.run.RunLockedException;
import com.creditsrecon.jobs.run.RunLog;
import com.creditsrecon.jobs.run.StoreCredentials;
import com.creditsrecon.jobs.run.StoreRefusedException;

/**
 * A run as a plain Java call: its options in, its outcome out. Takes the store's run
 * lock, opens the run's log ({@code OUT/run.log}), starts Spring on the run's store, runs
 * the job and closes Spring again. The command line, {@code generate} (for the truth of
 * its reported extracts) and the tests all start a run here. The console shows one line
 * per problem and the summary, never a stack trace (rule V5); the log has the rest.
 */
public final class CreditsRecon {

	private static final Logger LOG = LoggerFactory.getLogger(CreditsRecon.class);

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
	 * Imports and checks {@code options}' input only, writing rejects/, run.json and the
	 * log into its output folder, in a store of its own beside the run's (a validation
	 * never changes what a failed run restarts from).
	 * @return {@link ExitCode#COMPLETED}, {@link ExitCode#INPUT_REFUSED}, or
	 * {@link ExitCode#FAILED} when the environment failed it
	 */
	public static ExitCode validate(RunOptions options, Console console) {
		Map<String, Object> store = Map.of("spring.datasource.url", "jdbc:hsqldb:file:"
				+ options.storeDir().resolve("validate").resolve("store") + RunOptions.HSQLDB_SETTINGS);
		return start(command("validate", options), options, console, store,
				launcher -> launcher.validate(options, console));
	}

	/**
	 * As {@link #run(RunOptions, boolean, Console)}, with Spring properties added and the
	 * context prepared by {@code initializers} (a test's replacement of a bean).
	 */
	@SafeVarargs
	static ExitCode run(RunOptions options, boolean failOnBreaks, Console console, Map<String, Object> more,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		return start(command("run", options), options, console, more,
				launcher -> launcher.run(options, failOnBreaks, console), initializers);
	}

	@SafeVarargs
	private static ExitCode start(String command, RunOptions options, Console console, Map<String, Object> more,
			ToIntFunction<RunLauncher> launch,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		try {
			Files.createDirectories(options.storeDir());
		}
		catch (IOException ex) {
			// the environment (exit code 1): no folder to write run.json in either
			console.error("cannot create " + options.storeDir() + ": " + FileProblems.describe(ex, options.storeDir()));
			return ExitCode.FAILED;
		}
		// the lock before the log: a run under way keeps its log
		try (RunLock lock = RunLock.take(options, command)) {
			try (RunLog log = RunLog.open(options.out())) {
				LOG.info("credits-recon {}: {}", version(), command);
				ExitCode code = start(lock, options, console, more, launch, initializers);
				LOG.info("Ended with exit code {}", code.code());
				return code;
			}
			catch (IOException ex) {
				console.error("cannot write the log " + options.out().resolve(RunLog.FILE) + ": "
						+ FileProblems.describe(ex, options.out().resolve(RunLog.FILE)));
				return ExitCode.FAILED;
			}
		}
		catch (RunLockedException ex) {
			console.error(ex.getMessage());
			return ExitCode.FAILED;
		}
		catch (IOException | SQLException ex) {
			console.error("cannot lock the store " + options.storeDir() + ": " + words(ex));
			return ExitCode.FAILED;
		}
	}

	@SafeVarargs
	private static ExitCode start(RunLock lock, RunOptions options, Console console, Map<String, Object> more,
			ToIntFunction<RunLauncher> launch,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		StoreCredentials credentials = StoreCredentials.of(options, System.getenv());
		String details = " (details in " + options.out().resolve(RunLog.FILE) + ")";
		try {
			lock.takeSchema(options, credentials, command("run", options));
		}
		catch (StoreRefusedException ex) {
			LOG.error(ex.getMessage());
			console.error(ex.getMessage());
			return ExitCode.INPUT_REFUSED;
		}
		catch (RunLockedException ex) {
			LOG.error(ex.getMessage());
			console.error(ex.getMessage());
			return ExitCode.FAILED;
		}
		catch (SQLException ex) {
			LOG.error("Cannot connect to the store", ex);
			console.error(
					"cannot connect to the store " + StoreUrl.masked(options.jdbcUrl()) + ": " + words(ex) + details);
			return ExitCode.FAILED;
		}
		SpringApplication application = new SpringApplication(CreditsReconApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		// a signal stops the job (the launcher's hook), not the context under it
		application.setRegisterShutdownHook(false);
		Map<String, Object> properties = new HashMap<>(properties(options, credentials));
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
			LOG.error("Cannot open the store", ex);
			console.error("cannot open the store " + StoreUrl.masked(options.jdbcUrl()) + ": " + words(ex) + details);
			return ExitCode.FAILED;
		}
		try (context) {
			int code = launch.applyAsInt(context.getBean(RunLauncher.class));
			return Arrays.stream(ExitCode.values()).filter(c -> c.code() == code).findFirst().orElseThrow();
		}
		catch (RuntimeException ex) {
			LOG.error("The run failed", ex);
			console.error("the run failed: " + words(ex) + details);
			return ExitCode.FAILED;
		}
	}

	/** The Spring properties of a run: its store, no banner, no job run at start. */
	static Map<String, Object> properties(RunOptions options, StoreCredentials credentials) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.main.log-startup-info", "false");
		properties.put("spring.batch.job.enabled", "false");
		properties.put("spring.batch.jdbc.initialize-schema", "always");
		properties.put("spring.datasource.url", options.jdbcUrl());
		if (credentials.user() != null) {
			properties.put("spring.datasource.username", credentials.user());
		}
		if (credentials.password() != null) {
			properties.put("spring.datasource.password", credentials.password());
		}
		return properties;
	}

	/**
	 * The command as the log and other runs show it: its options, the store's URL without
	 * a password.
	 */
	private static String command(String name, RunOptions options) {
		StringJoiner command = new StringJoiner(" ");
		command.add(name).add("--input " + options.input()).add("--out " + options.out());
		if (options.asOf() != null) {
			command.add("--as-of " + options.asOf());
		}
		if (options.policyFile() != null) {
			command.add("--policy " + options.policyFile());
		}
		if (options.rolloutFile() != null) {
			command.add("--rollout " + options.rolloutFile());
		}
		if (options.db() != null) {
			command.add("--db " + StoreUrl.masked(options.db()));
		}
		return command.toString();
	}

	/** The version of the build, as its jar's manifest gives it. */
	static String version() {
		String version = CreditsRecon.class.getPackage().getImplementationVersion();
		return version == null ? "(development build)" : version;
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
