package com.creditsrecon.model.extract;

import java.util.Objects;

/** What became of one data row: loaded, or rejected with its reason (rules V1, V2). */
public sealed interface RowOutcome permits RowOutcome.Loaded, RowOutcome.Rejected {

	long line();

	/** A row that goes to the store. */
	record Loaded(ParsedRow row) implements RowOutcome {

		public Loaded {
			Objects.requireNonNull(row, "row is required");
		}

		@Override
		public long line() {
			return this.row.line();
		}

	}

	/** A row that goes to {@code rejects/}, with the raw record as read. */
	record Rejected(long line, RejectReason reason, String message, String raw) implements RowOutcome {

		public Rejected {
			Objects.requireNonNull(reason, "reason is required");
			Objects.requireNonNull(message, "message is required");
		}

	}

}
