package com.creditsrecon.jobs.importing.usage;

import java.nio.file.Path;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputFile;
import com.creditsrecon.jobs.importing.StoredInputs;

/**
 * Where the store keeps what the import took from a usage file, for as long as the file
 * is stored ({@link StoredInputs}): its daily sums, its charge-ID hashes and its rejects,
 * in a folder of its own under {@code usage-files/}, named by the file's key. A nightly
 * run merges the sums of files imported on earlier nights without reading those files
 * again.
 */
public final class UsageFiles {

	private UsageFiles() {
	}

	/**
	 * Whether the store's folder still holds the daily sums of a stored file: with
	 * {@code --db}, the database and the folder are kept apart, and a folder lost or
	 * restored from an older backup must not pass for one that holds them.
	 */
	public static boolean kept(Path storeDir, String key) {
		return java.nio.file.Files
			.exists(root(storeDir).resolve(StoredInputs.folderName(key)).resolve("sums").resolve(DailySumsFile.DONE));
	}

	/**
	 * The loader of a usage file, with its work files in place.
	 * @param excluded charge-ID hashes that an earlier partition of the same export
	 * loaded
	 */
	static UsageFileLoader loader(ImportContext context, ImportLedger ledger, StoredInputs stored, InputFile file,
			ChargeIdSet excluded) {
		String key = StoredInputs.key(file);
		return new UsageFileLoader(file, ledger, stored, context.plan().digest(file), context.instance(),
				rejectsPart(context, key), chargeIds(context, key), sums(context, key), excluded);
	}

	static Path rejectsPart(ImportContext context, String key) {
		return folder(context, key).resolve("rejects.csv");
	}

	static DailySumsFile sums(ImportContext context, String key) {
		return new DailySumsFile(folder(context, key).resolve("sums"));
	}

	static Path chargeIds(ImportContext context, String key) {
		return folder(context, key).resolve("charge-ids.bin");
	}

	/** Every stored file's folder is under this one. */
	static Path root(ImportContext context) {
		return root(context.options().storeDir());
	}

	private static Path root(Path storeDir) {
		return storeDir.resolve("usage-files");
	}

	private static Path folder(ImportContext context, String key) {
		return root(context).resolve(StoredInputs.folderName(key));
	}

}
