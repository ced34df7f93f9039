package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;

import com.creditsrecon.jobs.importing.InputRefusedException;
import com.creditsrecon.model.policy.Policy;
import com.creditsrecon.model.policy.PolicyException;

/**
 * The options of a {@code run}: where the input is, where the outputs go, and what
 * overrides the input's own settings.
 *
 * @param asOf the day to report on, or null for the default of rule T1
 * @param policyFile {@code --policy}, or null
 * @param rolloutFile {@code --rollout}, replacing the input's rollout.csv, or null
 * @param db {@code --db}, a JDBC URL, or null for the embedded store under {@code out}
 */
public record RunOptions(Path input, Path out, LocalDate asOf, Path policyFile, Path rolloutFile, String db) {

	/** The file in the input folder whose settings override the defaults. */
	public static final String POLICY_FILE = "policy.properties";

	public RunOptions {
		Objects.requireNonNull(input, "input is required");
		Objects.requireNonNull(out, "out is required");
		input = input.toAbsolutePath().normalize();
		out = out.toAbsolutePath().normalize();
		policyFile = policyFile == null ? null : policyFile.toAbsolutePath().normalize();
		rolloutFile = rolloutFile == null ? null : rolloutFile.toAbsolutePath().normalize();
	}

	/**
	 * The policy in force: the defaults, then the input folder's
	 * {@code policy.properties}, then {@code --policy}.
	 * @throws InputRefusedException when a policy file cannot be read or holds a bad
	 * setting
	 */
	public Policy policy() {
		Policy policy = Policy.defaults();
		Path own = this.input.resolve(POLICY_FILE);
		if (Files.isRegularFile(own)) {
			policy = apply(policy, own, POLICY_FILE);
		}
		if (this.policyFile != null) {
			policy = apply(policy, this.policyFile, this.policyFile.toString());
		}
		return policy;
	}

	private static Policy apply(Policy policy, Path file, String name) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new InputRefusedException(name + ": cannot be read (" + ex.getMessage() + ")");
		}
		try {
			return policy.with(properties, name);
		}
		catch (PolicyException ex) {
			throw new InputRefusedException(ex.getMessage());
		}
	}

	/** The embedded store's folder. */
	public Path storeDir() {
		return this.out.resolve(".store");
	}

	/** The JDBC URL of the store. */
	public String jdbcUrl() {
		if (this.db != null) {
			return this.db;
		}
		return "jdbc:hsqldb:file:" + storeDir().resolve("store") + ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc"
				+ ";hsqldb.lock_file=true;shutdown=true";
	}

}
