package com.creditsrecon.jobs.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;

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
 * @param storeDir the folder of the embedded store and of the run's working files:
 * {@code OUT/.store}, or a folder of its own for a command that must not touch a run's
 * (validate)
 * @param csvBom {@code --csv-bom}: every CSV output starts with a UTF-8 byte-order mark
 */
public record RunOptions(Path input, Path out, LocalDate asOf, Path policyFile, Path rolloutFile, String db,
		Path storeDir, boolean csvBom) {

	/** The file in the input folder whose settings override the defaults. */
	public static final String POLICY_FILE = "policy.properties";

	public RunOptions {
		Objects.requireNonNull(input, "input is required");
		Objects.requireNonNull(out, "out is required");
		input = input.toAbsolutePath().normalize();
		out = out.toAbsolutePath().normalize();
		policyFile = policyFile == null ? null : policyFile.toAbsolutePath().normalize();
		rolloutFile = rolloutFile == null ? null : rolloutFile.toAbsolutePath().normalize();
		storeDir = storeDir == null ? out.resolve(".store") : storeDir.toAbsolutePath().normalize();
	}

	/**
	 * The options of a run whose store and working files are in {@code storeDir}, its CSV
	 * files without a byte-order mark.
	 */
	public RunOptions(Path input, Path out, LocalDate asOf, Path policyFile, Path rolloutFile, String db,
			Path storeDir) {
		this(input, out, asOf, policyFile, rolloutFile, db, storeDir, false);
	}

	/**
	 * The options of a run whose store is {@code OUT/.store}, its CSV files without a
	 * byte-order mark.
	 */
	public RunOptions(Path input, Path out, LocalDate asOf, Path policyFile, Path rolloutFile, String db) {
		this(input, out, asOf, policyFile, rolloutFile, db, null);
	}

	/**
	 * These options with the embedded store and the working files in {@code storeDir}.
	 */
	public RunOptions withStore(Path storeDir) {
		return new RunOptions(this.input, this.out, this.asOf, this.policyFile, this.rolloutFile, this.db, storeDir,
				this.csvBom);
	}

	/** These options, the CSV outputs with a UTF-8 byte-order mark or not. */
	public RunOptions withCsvBom(boolean csvBom) {
		return new RunOptions(this.input, this.out, this.asOf, this.policyFile, this.rolloutFile, this.db,
				this.storeDir, csvBom);
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
		// one that is there but cannot be read is refused, not taken for none
		if (Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
			policy = apply(policy, own, POLICY_FILE);
		}
		if (this.policyFile != null) {
			policy = apply(policy, this.policyFile, this.policyFile.toString());
		}
		return policy;
	}

	private static Policy apply(Policy policy, Path file, String name) {
		return apply(policy, settings(file, name), name);
	}

	/**
	 * {@code policy} with the settings of a policy file.
	 * @param name the file as messages name it
	 * @throws InputRefusedException when a setting is bad
	 */
	public static Policy apply(Policy policy, Properties settings, String name) {
		try {
			return policy.with(settings, name);
		}
		catch (PolicyException ex) {
			throw new InputRefusedException(ex.getMessage());
		}
	}

	/**
	 * The settings of a policy file, unchecked.
	 * @throws InputRefusedException when it cannot be read
	 */
	public static Properties settings(Path file, String name) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (CharacterCodingException ex) {
			throw new InputRefusedException(name + ": not valid UTF-8 (line " + firstLineNotUtf8(file) + ")");
		}
		catch (IOException ex) {
			throw new InputRefusedException(name + ": cannot be read (" + FileProblems.describe(ex, file) + ")");
		}
		return properties;
	}

	private static long firstLineNotUtf8(Path file) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return FileProblems.firstLineNotUtf8(in);
		}
		catch (IOException ex) {
			// it was read a moment ago: only the line is missing from the message
			return 1;
		}
	}

	/**
	 * Where the run writes its result files ({@code OUT/.staging}) until it ends: only
	 * then are they moved into place, {@code _SUCCESS} last, so that a reader never sees
	 * a half-written set. A restart finds there what the steps it skips wrote.
	 */
	public Path staging() {
		return this.storeDir.resolveSibling(".staging");
	}

	/**
	 * The embedded store's settings. HSQLDB's own lock file is off: the run's lock
	 * ({@code run.lock}) keeps a second run out, and, unlike HSQLDB's, lets a restart in
	 * at once after a kill.
	 */
	private static final String HSQLDB_SETTINGS = ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc"
			+ ";hsqldb.lock_file=false;shutdown=true";

	/** The JDBC URL of the store. */
	public String jdbcUrl() {
		if (this.db != null) {
			return this.db;
		}
		return "jdbc:hsqldb:file:" + storeDir().resolve("store") + HSQLDB_SETTINGS;
	}

}
