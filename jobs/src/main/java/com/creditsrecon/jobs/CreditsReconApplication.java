package com.creditsrecon.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.creditsrecon.jobs.cli.CommandLine;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.cli.ExitCode;

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
			console.error("cannot create " + options.storeDir() + ": " + ex.getMessage());
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
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			console.error("cannot open the store " + options.jdbcUrl() + ": " + root.getMessage() + " (details in "
					+ options.storeDir().resolve("credits-recon.log") + ")");
			return ExitCode.FAILED.code();
		}
		try (context) {
			return context.getBean(RunLauncher.class).run(options, run.failOnBreaks(), console);
		}
		catch (RuntimeException ex) {
			console.error("the run failed: " + ex.getMessage() + " (details in "
					+ options.storeDir().resolve("credits-recon.log") + ")");
			org.slf4j.LoggerFactory.getLogger(CreditsReconApplication.class).error("The run failed", ex);
			return ExitCode.FAILED.code();
		}
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
