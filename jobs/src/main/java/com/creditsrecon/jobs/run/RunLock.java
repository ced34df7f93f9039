package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.creditsrecon.jobs.importing.RunOptions;

/**
 * One run at a time on a store: the output folder's lock ({@code OUT/.store/run.lock},
 * whatever command, and wherever its store), and for a PostgreSQL store the schema's lock
 * too (two output folders, one schema). Taken before anything is written; a second run is
 * refused at once, with one line naming the first.
 */
public final class RunLock implements AutoCloseable {

	private final FolderLock folder;

	private SchemaLock schema;

	private RunLock(FolderLock folder) {
		this.folder = folder;
	}

	/**
	 * Takes the output folder's lock.
	 * @param command what the run is, as other runs will name it
	 * @throws RunLockedException naming the run that holds it
	 * @throws IOException when the lock file cannot be written
	 */
	public static RunLock take(RunOptions options, String command) throws IOException {
		Files.createDirectories(folder(options));
		return new RunLock(FolderLock.take(folder(options), holder(command)));
	}

	/**
	 * The folder of the lock file: the output folder's, or for nightly runs, whose store
	 * is beside their nights' folders, the store's, so that two nights never run at once
	 * on one store.
	 */
	public static Path folder(RunOptions options) {
		return options.storeDir().startsWith(options.out()) ? options.out().resolve(".store") : options.storeDir();
	}

	/**
	 * Takes the PostgreSQL schema's lock too, for a run with {@code --db}.
	 * @throws RunLockedException naming the run that holds it
	 * @throws StoreRefusedException when the URL names no schema and none of the server's
	 * default search path exists
	 * @throws SQLException when the store cannot be reached
	 */
	public void takeSchema(RunOptions options, StoreCredentials credentials, String command) throws SQLException {
		if (options.db() != null) {
			this.schema = SchemaLock.take(options.db(), credentials.properties(), "credits-recon " + holder(command));
		}
	}

	/**
	 * The PostgreSQL schema the run writes in (it may not exist yet), once its lock is
	 * taken; null for the embedded store.
	 */
	public String schema() {
		return this.schema == null ? null : this.schema.schema();
	}

	private static String holder(String command) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "this host";
		}
		return "pid " + ProcessHandle.current().pid() + " on " + host + " since "
				+ Instant.now().truncatedTo(ChronoUnit.SECONDS) + ": " + command;
	}

	@Override
	public void close() throws IOException, SQLException {
		try {
			if (this.schema != null) {
				this.schema.close();
			}
		}
		finally {
			this.folder.close();
		}
	}

}
