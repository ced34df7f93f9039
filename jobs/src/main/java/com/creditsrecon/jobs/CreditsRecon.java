package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.creditsrecon.jobs.cli.Arguments;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.jobs.cli.StoreUrl;
import com.creditsrecon.jobs.cli.UsageException;
import com.creditsrecon.jobs.importing.FileProblems;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.run.EmbeddedStoreTrust;
import com.creditsrecon.jobs.run.RunLauncher;
import com.creditsrecon.jobs.run.RunLock;
import com.creditsrecon.jobs.run.RunLockedException;
import com.creditsrecon.jobs.run.RunLog;
import com.creditsrecon.jobs.run.StoreCredentials;
import com.creditsrecon.jobs.run.StoreRefusedException;
import com.creditsrecon.jobs.run.StoreSchema;

/**
 * A run as a plain Java call: its options in, its outcome out. Takes the store's run
 * lock, opens the run's log ({@code OUT/run.log}), migrates the store's schema
 * ({@link StoreSchema}), starts Spring on the store, runs the job and closes Spring
 * again. The command line, {@code generate} (for the truth of its reported extracts) and
 * the tests all start a run here. The console shows one line per problem and the summary,
 * never a stack trace (rule V5); the log has the rest.
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
	 * log into its output folder, with a store and a staging folder of its own in
	 * {@code OUT/.validate/} (a validation never changes what a failed run in the same
	 * folder restarts from).
	 * @return {@link ExitCode#COMPLETED}, {@link ExitCode#INPUT_REFUSED}, or
	 * {@link ExitCode#FAILED} when the environment failed it
	 */
	public static ExitCode validate(RunOptions options, Console console) {
		RunOptions own = options.withStore(options.out().resolve(".validate").resolve(".store"));
		return start(command("validate", own), own, console, Map.of(), launcher -> launcher.validate(own, console));
	}

	/**
	 * Imports once, then simulates the baseline and every scenario (rule W1), writing
	 * whatif.csv, whatif-monthly.csv, the page and run.json.
	 * @param scenarios the {@code --scenario} files
	 * @return the exit code the command line exits with
	 */
	public static ExitCode whatif(RunOptions options, List<Path> scenarios, Console console) {
		StringBuilder command = new StringBuilder(command("whatif", options));
		scenarios.forEach(scenario -> command.append(" --scenario ").append(scenario));
		return start(command.toString(), options, console, Map.of(),
				launcher -> launcher.whatif(options, scenarios, console));
	}

	/**
	 * One night of a scheduled job: imports what the store does not hold yet, then runs
	 * and reports as {@link #run} into the night's folder, and follows its breaks from
	 * the night before (rules N1–N3).
	 * @param options the night's options: outputs in {@code OUT/<as-of>}, the store in
	 * {@code OUT/.store}, as-of given
	 * @return the exit code the command line exits with
	 */
	public static ExitCode nightly(RunOptions options, boolean failOnBreaks, boolean failOnStaleInputs,
			Console console) {
		return start(command("nightly", options), options, console, Map.of(),
				launcher -> launcher.nightly(options, failOnBreaks, failOnStaleInputs, console));
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
		if (options.db() != null) {
			try {
				// the command line checks it too; a caller of this class may not have
				StoreUrl.checked(options.db(), "--db");
			}
			catch (UsageException ex) {
				console.error(ex.getMessage());
				return ExitCode.INPUT_REFUSED;
			}
		}
		try {
			Files.createDirectories(options.storeDir());
			// a night's folder is not the store's parent
			Files.createDirectories(options.out());
		}
		catch (IOException ex) {
			// the environment (exit code 1): no folder to write run.json in either
			console.error("cannot create " + options.storeDir() + ": " + FileProblems.describe(ex, options.storeDir()));
			return ExitCode.FAILED;
		}
		// the lock before the log: a run under way keeps its log
		try (RunLock lock = RunLock.take(options, command)) {
			try (RunLog log = RunLog.open(options.out())) {
				LOG.info("credits-recon {}: {}", Arguments.version(), command);
				ExitCode code = start(lock, command, options, console, more, launch, initializers);
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
			console.error("cannot lock " + RunLock.folder(options) + ": " + words(ex));
			return ExitCode.FAILED;
		}
	}

	@SafeVarargs
	private static ExitCode start(RunLock lock, String command, RunOptions options, Console console,
			Map<String, Object> more, ToIntFunction<RunLauncher> launch,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		StoreCredentials credentials = StoreCredentials.of(options, System.getenv());
		String details = " (details in " + options.out().resolve(RunLog.FILE) + ")";
		try {
			lock.takeSchema(options, credentials, command);
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
			console.error("cannot connect to the store " + store(options) + ": " + words(ex) + details);
			return ExitCode.FAILED;
		}
		try {
			if (EmbeddedStoreTrust.check(options)) {
				console.info("the store " + options.storeDir()
						+ " was left by a run that failed over a full disk: this run starts afresh");
			}
		}
		catch (IOException ex) {
			LOG.error("Cannot check the store", ex);
			console.error("cannot write in the store " + options.storeDir() + ": " + words(ex) + details);
			return ExitCode.FAILED;
		}
		StoreSchema schema;
		try {
			schema = StoreSchema.open(options, credentials, lock.schema());
		}
		catch (StoreRefusedException | StoreSchema.NotMigratedException | SQLException ex) {
			return notOpened(ex, options, console);
		}
		try (schema) {
			schema.notices().forEach(console::info);
			return runInContext(options, console, credentials, more, launch, initializers);
		}
	}

	/** Runs the command in a Spring context on the store, its schema up to date. */
	@SafeVarargs
	private static ExitCode runInContext(RunOptions options, Console console, StoreCredentials credentials,
			Map<String, Object> more, ToIntFunction<RunLauncher> launch,
			ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
		String details = " (details in " + options.out().resolve(RunLog.FILE) + ")";
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
			if (FileProblems.diskFull(ex)) {
				EmbeddedStoreTrust.lose(options);
			}
			console.error("cannot open the store " + store(options) + ": " + words(ex) + details);
			return ExitCode.FAILED;
		}
		try (context) {
			int code = launch.applyAsInt(context.getBean(RunLauncher.class));
			return Arrays.stream(ExitCode.values()).filter(c -> c.code() == code).findFirst().orElseThrow();
		}
		catch (RuntimeException ex) {
			LOG.error("The run failed", ex);
			if (FileProblems.diskFull(ex)) {
				EmbeddedStoreTrust.lose(options);
			}
			console.error("the run failed: " + words(ex) + details);
			return ExitCode.FAILED;
		}
	}

	/**
	 * A store whose schema could not be brought up to date: refused as it is (exit code
	 * 2), or failed by the environment (1).
	 */
	private static ExitCode notOpened(Exception ex, RunOptions options, Console console) {
		if (ex instanceof StoreRefusedException) {
			LOG.error(ex.getMessage());
			console.error(ex.getMessage());
			return ExitCode.INPUT_REFUSED;
		}
		LOG.error("Cannot migrate the store", ex);
		if (FileProblems.diskFull(ex)) {
			EmbeddedStoreTrust.lose(options);
		}
		String message = ex instanceof StoreSchema.NotMigratedException ? ex.getMessage()
				: "cannot open the store " + store(options) + ": " + words(ex);
		console.error(message + " (details in " + options.out().resolve(RunLog.FILE) + ")");
		return ExitCode.FAILED;
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

	/** The store as messages name it: its folder, or its URL without a password. */
	private static String store(RunOptions options) {
		return options.db() == null ? options.storeDir().toString() : StoreUrl.masked(options.db());
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
