package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hsqldb.persist.LockFile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.creditsrecon.jobs.cli.CommandLine;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;
import com.creditsrecon.jobs.cli.FileProblems;
import com.creditsrecon.jobs.cli.StoreUrl;

/**
 * The command-line entry point: parses the arguments, starts Spring on the run's store,
 * runs the job and exits with its code ({@code generate} writes its folder without
 * Spring, then runs the job in-process on it for the reported extracts). Logs go to
 * {@code OUT/.store/credits-recon.log}; the console shows one line per problem and the
 * summary, never a stack trace (rule V5).
 */
@SpringBootApplication
public class CreditsReconApplication {

	public static void main(String[] args) {
		System.exit(run(List.of(args), Console.system()));
	}

	/** Runs a command line and returns the exit code. */
	public static int run(List<String> args, Console console) {
		CommandLine.Request request;
		try {
			request = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			console.error(ex.getMessage());
			return ExitCode.INPUT_REFUSED.code();
		}
		if (request instanceof CommandLine.Help help) {
			console.info(help.text());
			return ExitCode.COMPLETED.code();
		}
		if (request instanceof CommandLine.Generate generate) {
			// no Spring context, no store of its own: only the truth of the reported
			// extracts runs the run command, into a temporary folder
			return generate(generate, console);
		}
		CommandLine.Run run = (CommandLine.Run) request;
		RunOptions options = run.options();
		try {
			Files.createDirectories(options.storeDir());
		}
		catch (IOException ex) {
			// the environment (exit code 1): no folder to write run.json in either
			console.error("cannot create " + options.storeDir() + ": " + FileProblems.describe(ex, options.storeDir()));
			return ExitCode.FAILED.code();
		}
		SpringApplication application = new SpringApplication(CreditsReconApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(properties(options));
		ConfigurableApplicationContext context;
		try {
			context = application.run();
		}
		catch (RuntimeException ex) {
			console.error(storeNotOpened(options, ex));
			return ExitCode.FAILED.code();
		}
		try (context) {
			return context.getBean(RunLauncher.class).run(options, run.failOnBreaks(), console);
		}
		catch (RuntimeException ex) {
			console.error("the run failed: " + words(ex) + " (details in "
					+ options.storeDir().resolve("credits-recon.log") + ")");
			org.slf4j.LoggerFactory.getLogger(CreditsReconApplication.class).error("The run failed", ex);
			return ExitCode.FAILED.code();
		}
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

	private static int generate(CommandLine.Generate request, Console console) {
		return GenerateCommand.run(request, console);
	}

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

}
