package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.creditsrecon.jobs.store.FileTrees;
import com.creditsrecon.jobs.importing.RunOptions;

/**
 * Whether the embedded store can be restarted from. HSQLDB commits a transaction whose
 * log it could not write to a full disk (it logs the error and goes on), so after a run
 * failed over a full disk its store may lack commits that the job repository counts on: a
 * restart from it could skip work that was lost. Such a store is thrown away and the next
 * run starts afresh, with the same outputs (rule N2). A killed run's store is trusted:
 * the operating system keeps what HSQLDB wrote.
 *
 * <p>
 * The mark is a file, {@code OUT/.store/trusted}, made when a run starts and deleted when
 * one fails over a full disk: deleting needs no room.
 */
public final class EmbeddedStoreTrust {

	static final String MARK = "trusted";

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStoreTrust.class);

	private EmbeddedStoreTrust() {
	}

	/**
	 * Before a run on the embedded store (its run lock held): throws away a store that
	 * lost its mark, then marks the store trusted.
	 * @return whether a store was thrown away
	 */
	public static boolean check(RunOptions options) throws IOException {
		if (options.db() != null) {
			return false;
		}
		Path store = options.storeDir();
		boolean distrusted = Files.exists(store.resolve("store.properties")) && !Files.exists(store.resolve(MARK));
		if (distrusted) {
			LOG.warn("The store {} was left by a run that failed over a full disk: starting afresh", store);
			FileTrees.deleteBut(store, file -> file.equals(store.resolve(FolderLock.FILE)));
			Files.createDirectories(store);
		}
		if (!Files.exists(store.resolve(MARK))) {
			Files.createFile(store.resolve(MARK));
		}
		return distrusted;
	}

	/**
	 * After a run that failed over a full disk, on the embedded store: the next run
	 * starts afresh.
	 */
	public static void lose(RunOptions options) {
		if (options.db() != null) {
			return;
		}
		try {
			Files.deleteIfExists(options.storeDir().resolve(MARK));
		}
		catch (IOException ex) {
			LOG.error("Cannot remove the mark of the store {}: a restart may go on from a store that lost commits",
					options.storeDir(), ex);
		}
	}

}
