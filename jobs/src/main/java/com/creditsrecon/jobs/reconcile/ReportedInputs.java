package com.creditsrecon.jobs.reconcile;

import java.util.EnumSet;
import java.util.Set;

import com.creditsrecon.jobs.importing.ImportContext;
import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.reconcile.ReconciliationInput.ReportedExtract;

/** Which reported extracts the input folder has. */
final class ReportedInputs {

	private ReportedInputs() {
	}

	/**
	 * The reported extracts the input folder has: a comparison runs only when its extract
	 * is present, even if every row of it was rejected (rule RC).
	 */
	static Set<ReportedExtract> present(ImportContext importContext) {
		Set<ReportedExtract> present = EnumSet.noneOf(ReportedExtract.class);
		if (importContext.catalog().file(Extracts.REPORTED_LOTS.name()).isPresent()) {
			present.add(ReportedExtract.LOTS);
		}
		if (importContext.catalog().file(Extracts.REPORTED_EVENTS.name()).isPresent()) {
			present.add(ReportedExtract.EVENTS);
		}
		if (importContext.catalog().file(Extracts.REPORTED_BENEFITS.name()).isPresent()) {
			present.add(ReportedExtract.BENEFITS);
		}
		return present;
	}

}
