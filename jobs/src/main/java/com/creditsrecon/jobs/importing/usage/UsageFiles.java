package com.creditsrecon.jobs.importing.usage;

import java.nio.file.Path;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.jobs.importing.ImportLedger;
import com.creditsrecon.jobs.importing.InputFile;

/**
 * Where the usage import keeps a file's work until the export is resolved, and its
 * loader.
 */
final class UsageFiles {

	private UsageFiles() {
	}

	/**
	 * The loader of a usage file, with its work files in place.
	 * @param excluded charge-ID hashes that an earlier partition of the same export
	 * loaded
	 */
	static UsageFileLoader loader(ImportContext context, ImportLedger ledger, InputFile file, ChargeIdSet excluded) {
		return new UsageFileLoader(file, ledger, rejectsPart(context, file), chargeIds(context, file),
				sums(context, file), excluded);
	}

	static Path rejectsPart(ImportContext context, InputFile file) {
		return context.options().staging().resolve("rejects").resolve(".usage-" + file.id() + ".csv");
	}

	static DailySumsFile sums(ImportContext context, InputFile file) {
		return new DailySumsFile(
				context.options().storeDir().resolve("daily-sums").resolve(Integer.toString(file.id())));
	}

	static Path chargeIds(ImportContext context, InputFile file) {
		return context.options().storeDir().resolve("charge-ids").resolve(file.id() + ".bin");
	}

}
