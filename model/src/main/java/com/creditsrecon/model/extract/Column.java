package com.creditsrecon.model.extract;

import java.util.List;
import java.util.Objects;

/**
 * One column of an extract: its header name (lower case, as the spec writes it), the kind
 * of value, whether a value is always required, and for case-insensitive IDs (billing
 * profile, subscription, UPN) that keys and references compare them ignoring case.
 */
public record Column(String name, ValueType type, boolean required, boolean caseInsensitive, List<String> allowed) {

	public Column {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(type, "type is required");
		allowed = List.copyOf(allowed);
	}

	public static Column required(String name, ValueType type) {
		return new Column(name, type, true, false, List.of());
	}

	public static Column optional(String name, ValueType type) {
		return new Column(name, type, false, false, List.of());
	}

	/** A required, case-insensitive ID. */
	public static Column requiredId(String name) {
		return new Column(name, ValueType.TEXT, true, true, List.of());
	}

	/** An optional, case-insensitive ID. */
	public static Column optionalId(String name) {
		return new Column(name, ValueType.TEXT, false, true, List.of());
	}

	public static Column requiredEnum(String name, List<String> allowed) {
		return new Column(name, ValueType.ENUM, true, false, allowed);
	}

	public static Column optionalEnum(String name, List<String> allowed) {
		return new Column(name, ValueType.ENUM, false, false, allowed);
	}

}
