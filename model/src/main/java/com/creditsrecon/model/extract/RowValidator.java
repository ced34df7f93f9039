package com.creditsrecon.model.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The value checks of rule V2 for one file of one extract: binds the file's header to the
 * extract's columns (any order, any case, extra columns ignored), then checks a row's
 * values column by column in the file's header order; the first failure decides the
 * reason.
 */
public final class RowValidator {

	/**
	 * Rule V2: the most characters (Unicode code points, after trimming) a value of a
	 * column the program reads may have.
	 */
	public static final int MAX_VALUE_LENGTH = 1_000;

	private final ExtractSpec spec;

	private final int headerSize;

	/**
	 * For each spec column, its index in the file's records, or -1 when the file lacks
	 * it.
	 */
	private final int[] positions;

	/** Spec column indexes in the order their columns stand in the file. */
	private final int[] checkOrder;

	private RowValidator(ExtractSpec spec, int headerSize, int[] positions, int[] checkOrder) {
		this.spec = spec;
		this.headerSize = headerSize;
		this.positions = positions;
		this.checkOrder = checkOrder;
	}

	/**
	 * Binds a header row.
	 * @throws MissingColumnException when a required column's header is absent (rule V3)
	 */
	public static RowValidator bind(ExtractSpec spec, List<String> header) throws MissingColumnException {
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byName.putIfAbsent(normalizeHeader(header.get(i)), i);
		}
		int[] positions = new int[spec.columns().size()];
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < positions.length; c++) {
			Column column = spec.columns().get(c);
			positions[c] = byName.getOrDefault(column.name(), -1);
			if (positions[c] < 0 && column.required()) {
				missing.add(column.name());
			}
		}
		if (!missing.isEmpty()) {
			throw new MissingColumnException(
					"missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
		}
		int[] checkOrder = java.util.stream.IntStream.range(0, positions.length)
			.filter(c -> positions[c] >= 0)
			.boxed()
			.sorted(java.util.Comparator.comparingInt(c -> positions[c]))
			.mapToInt(Integer::intValue)
			.toArray();
		return new RowValidator(spec, header.size(), positions, checkOrder);
	}

	/**
	 * Header names are found trimmed and ignoring case; a UTF-8 BOM is not part of a
	 * name.
	 */
	public static String normalizeHeader(String name) {
		String trimmed = name.strip();
		if (!trimmed.isEmpty() && trimmed.charAt(0) == '\uFEFF') {
			trimmed = trimmed.substring(1).strip();
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

	/**
	 * Rule V2 {@code VALUE_TOO_LONG}: a trimmed value of more than
	 * {@link #MAX_VALUE_LENGTH} code points, counted before any normalisation.
	 * @throws BadValueException naming the column and the value's length
	 */
	public static void checkLength(String column, String text) throws BadValueException {
		// code points never outnumber chars: most values are decided by the first test
		if (text.length() > MAX_VALUE_LENGTH) {
			int codePoints = text.codePointCount(0, text.length());
			if (codePoints > MAX_VALUE_LENGTH) {
				throw new BadValueException(RejectReason.VALUE_TOO_LONG, String.format(Locale.ROOT,
						"%s is %,d characters long; at most %,d are read", column, codePoints, MAX_VALUE_LENGTH));
			}
		}
	}

	public ExtractSpec spec() {
		return this.spec;
	}

	/**
	 * Runs the field-count and value checks on one record.
	 * @param values the record's fields as parsed
	 * @param line the record's first physical line
	 * @param raw the record as read, for the rejects file
	 */
	public RowOutcome validate(List<String> values, long line, String raw) {
		if (values.size() != this.headerSize) {
			return new RowOutcome.Rejected(line, RejectReason.WRONG_FIELD_COUNT,
					"expected " + this.headerSize + " fields, found " + values.size(), raw);
		}
		Function<String, String> rawByName = name -> {
			int p = this.positions[this.spec.indexOf(name)];
			return p < 0 ? "" : values.get(p).strip();
		};
		Object[] typed = new Object[this.positions.length];
		ExtractSpec.RowRules rules = this.spec.rowRules();
		for (int c : this.checkOrder) {
			Column column = this.spec.columns().get(c);
			String text = values.get(this.positions[c]).strip();
			if (text.isEmpty()) {
				if (rules.isRequired(column, rawByName)) {
					return new RowOutcome.Rejected(line, RejectReason.MISSING_VALUE, column.name() + " is required",
							raw);
				}
				continue;
			}
			Optional<Column> retyped = rules.retyped(column, rawByName);
			Column effective = retyped.orElse(column);
			try {
				checkLength(column.name(), text);
				typed[c] = effective.type().parse(column.name(), text, effective.allowed());
			}
			catch (BadValueException ex) {
				return new RowOutcome.Rejected(line, ex.reason(), ex.getMessage(), raw);
			}
		}
		// A column that the row needs but the file lacks altogether (an action's optional
		// column).
		for (int c = 0; c < this.positions.length; c++) {
			if (this.positions[c] < 0 && rules.isRequired(this.spec.columns().get(c), rawByName)) {
				return new RowOutcome.Rejected(line, RejectReason.MISSING_VALUE,
						this.spec.columns().get(c).name() + " is required", raw);
			}
		}
		return new RowOutcome.Loaded(new ParsedRow(this.spec, line, typed));
	}

}
