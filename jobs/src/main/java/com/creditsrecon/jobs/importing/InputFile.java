package com.creditsrecon.jobs.importing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file of a run.
 *
 * @param id its position in the run's input catalogue, stable for the same input folder
 * @param extract the extract it belongs to ({@code usage} for cost exports)
 * @param path relative to the input folder, with {@code /}, as rejects and run.json name
 * it
 * @param location where it is read from
 * @param exportSeq for usage, the position of its export in this catalogue's export order
 * (rule N1); else null
 * @param export for usage, the key of its export, unique per export, whose text order is
 * export order: {@code name:<name in usage/>} for a plain export, {@code run:<submitted
 * time, UTC, nine fraction digits> <run ID>} for a Cost Management run; else null
 */
public record InputFile(int id, String extract, String path, Path location, Integer exportSeq, String export) {

	public InputFile {
		Objects.requireNonNull(extract, "extract is required");
		Objects.requireNonNull(path, "path is required");
		Objects.requireNonNull(location, "location is required");
	}

}
