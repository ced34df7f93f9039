package com.creditsrecon.model.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/**
 * Test fixture: binds a header and validates a record written like a CSV line (no
 * quoting).
 */
final class ExtractRows {

	private ExtractRows() {
	}

	/** The fields of a comma-separated line, blanks kept. */
	static List<String> fields(String csv) {
		return List.of(csv.split(",", -1));
	}

	static RowValidator bind(ExtractSpec spec, List<String> header) {
		try {
			return RowValidator.bind(spec, header);
		}
		catch (MissingColumnException ex) {
			throw new AssertionError("header refused: " + ex.getMessage(), ex);
		}
	}

	static RowOutcome validate(ExtractSpec spec, String header, String record) {
		return validate(spec, fields(header), fields(record), 2);
	}

	static RowOutcome validate(ExtractSpec spec, String header, String record, long line) {
		return validate(spec, fields(header), fields(record), line);
	}

	static RowOutcome validate(ExtractSpec spec, List<String> header, List<String> record, long line) {
		return bind(spec, header).validate(record, line, String.join(",", record));
	}

	static ParsedRow loaded(RowOutcome outcome) {
		if (outcome instanceof RowOutcome.Loaded loaded) {
			return loaded.row();
		}
		RowOutcome.Rejected rejected = (RowOutcome.Rejected) outcome;
		return fail("expected the row to load, but it was rejected " + rejected.reason() + ": " + rejected.message());
	}

	static RowOutcome.Rejected rejected(RowOutcome outcome) {
		if (outcome instanceof RowOutcome.Rejected rejected) {
			return rejected;
		}
		return fail("expected the row to be rejected, but it loaded: " + outcome);
	}

}
