package com.creditsrecon.jobs.importing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Cost Management {@code manifest.json} says of its export run: when it was
 * submitted, its ID, and the blobs it wrote with their sizes and, where given, their data
 * rows. Only these fields are read; the others ({@code exportConfig},
 * {@code deliveryConfig}, …) are left alone.
 *
 * @param blobCount the manifest's {@code blobCount}, or null
 * @param byteCount the manifest's total {@code byteCount}, or null
 * @param dataRowCount the manifest's total {@code dataRowCount}, or null
 */
record Manifest(Instant submittedTime, String runId, List<Blob> blobs, Long blobCount, Long byteCount,
		Long dataRowCount) {

	static final String FILE_NAME = "manifest.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * ISO 8601 as Cost Management writes it ({@code 2025-03-05T04:12:33.1234567Z}) and
	 * its near relatives: any number of fraction digits, an offset with or without a
	 * colon, or none (taken as UTC, the time Cost Management keeps).
	 */
	private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffset("+HH:MM:ss", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.toFormatter();

	/**
	 * One blob of the run.
	 *
	 * @param name its {@code blobName}: usually a path in the storage container
	 * @param dataRowCount its {@code dataRowCount}, or null
	 */
	record Blob(String name, long byteCount, Long dataRowCount) {

		/** The blob's file name: the last segment of its name. */
		String fileName() {
			return this.name.substring(Math.max(this.name.lastIndexOf('/'), this.name.lastIndexOf('\\')) + 1);
		}

	}

	/**
	 * @throws ManifestException when the text is not JSON, or lacks
	 * {@code runInfo.submittedTime}, {@code runInfo.runId}, {@code blobs} or a blob's
	 * {@code blobName} or {@code byteCount}
	 */
	static Manifest parse(byte[] json) throws ManifestException {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new ManifestException(FILE_NAME + " is not valid JSON" + at(ex.getLocation()), null, null);
		}
		if (root == null || root.isMissingNode()) {
			throw new ManifestException(FILE_NAME + " is empty", null, null);
		}
		if (!root.isObject()) {
			throw new ManifestException(FILE_NAME + " is not a JSON object", null, null);
		}
		JsonNode runInfo = root.get("runInfo");
		if (runInfo == null || !runInfo.isObject()) {
			throw new ManifestException(FILE_NAME + " has no runInfo", null, null);
		}
		// the run's ID first, so that a run whose time cannot be read is still named
		JsonNode id = runInfo.get("runId");
		String knownId = id != null && id.isString() && !id.stringValue().isBlank() ? id.stringValue().strip() : null;
		Instant submittedTime = submittedTime(text(runInfo, "submittedTime", "runInfo.submittedTime", null, knownId),
				knownId);
		String runId = text(runInfo, "runId", "runInfo.runId", submittedTime, null);
		JsonNode blobs = root.get("blobs");
		if (blobs == null || !blobs.isArray()) {
			throw new ManifestException(FILE_NAME + " has no blobs", submittedTime, runId);
		}
		List<Blob> listed = new ArrayList<>();
		for (int i = 0; i < blobs.size(); i++) {
			listed.add(blob(blobs.get(i), "blobs[" + i + "]", submittedTime, runId));
		}
		return new Manifest(submittedTime, runId, List.copyOf(listed),
				count(root, "blobCount", "blobCount", submittedTime, runId),
				count(root, "byteCount", "byteCount", submittedTime, runId),
				count(root, "dataRowCount", "dataRowCount", submittedTime, runId));
	}

	/**
	 * The time as a fixed-width UTC text with nine fraction digits, whose text order is
	 * time order.
	 */
	static String fixedWidth(Instant time) {
		return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC).format(time);
	}

	private static Blob blob(JsonNode blob, String where, Instant submittedTime, String runId)
			throws ManifestException {
		if (blob == null || !blob.isObject()) {
			throw new ManifestException(FILE_NAME + ": " + where + " is not a JSON object", submittedTime, runId);
		}
		String name = text(blob, "blobName", where + ".blobName", submittedTime, runId);
		Long byteCount = count(blob, "byteCount", where + ".byteCount", submittedTime, runId);
		if (byteCount == null) {
			throw new ManifestException(FILE_NAME + " has no " + where + ".byteCount", submittedTime, runId);
		}
		return new Blob(name, byteCount, count(blob, "dataRowCount", where + ".dataRowCount", submittedTime, runId));
	}

	/** A non-blank text field, trimmed. */
	private static String text(JsonNode node, String field, String where, Instant submittedTime, String runId)
			throws ManifestException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
			throw new ManifestException(FILE_NAME + " has no " + where, submittedTime, runId);
		}
		if (!value.isString()) {
			throw new ManifestException(FILE_NAME + ": " + where + " is not a text", submittedTime, runId);
		}
		return value.stringValue().strip();
	}

	/** A count of 0 or more, or null when the field is not there. */
	private static Long count(JsonNode node, String field, String where, Instant submittedTime, String runId)
			throws ManifestException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			throw new ManifestException(
					FILE_NAME + ": " + where + " is not a whole number of 0 or more (" + value + ")", submittedTime,
					runId);
		}
		return value.longValue();
	}

	private static Instant submittedTime(String text, String runId) throws ManifestException {
		Instant time;
		try {
			TemporalAccessor parsed = TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
			time = (parsed instanceof OffsetDateTime offset) ? offset.toInstant()
					: ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			time = null;
		}
		// beyond four digits of year, the export key's text order would not be time order
		if (time == null || time.atOffset(ZoneOffset.UTC).getYear() < 1
				|| time.atOffset(ZoneOffset.UTC).getYear() > 9999) {
			throw new ManifestException(FILE_NAME + ": runInfo.submittedTime \"" + text
					+ "\" is not an ISO 8601 time such as 2025-03-05T04:12:33Z", null, runId);
		}
		return time;
	}

	private static String at(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
