package com.creditsrecon.jobs.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.creditsrecon.jobs.InputFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How the catalogue finds the usage exports (extracts.md): the plain layout, exports in
 * name order; and Cost Management's own, runs in the order of their manifests'
 * submittedTime, taken only when delivered whole.
 */
class InputCatalogTests {

	private static final String ROW = "1.00,USD,,Usage,2026-09-01,Microsoft,S1,BP1,%s,Virtual Machines\n";

	private static final String EXPORT = "costexports/daily-focus/20260901-20260930/focus-cost";

	@TempDir
	Path root;

	private InputFolder input;

	@BeforeEach
	void minimalInput() {
		this.input = InputFolder.minimal(this.root);
	}

	@Test
	@DisplayName("plain layout: exports in name order, keyed by name, nothing skipped or undelivered")
	void plainLayoutIsReadAsBefore() {
		// given
		this.input.file("usage/2026-09-30-export.csv", csv("a"))
			.file("usage/2026-10-31-export/part_0_0002.csv", csv("b"))
			.file("usage/2026-10-31-export/part_0_0001.csv", csv("c"))
			.file("usage/notes.txt", "not an export");
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path, InputFile::exportSeq, InputFile::export)
			.containsExactly(tuple("usage/2026-09-30-export.csv", 0, "name:2026-09-30-export.csv"),
					tuple("usage/2026-10-31-export/part_0_0001.csv", 1, "name:2026-10-31-export"),
					tuple("usage/2026-10-31-export/part_0_0002.csv", 1, "name:2026-10-31-export"));
		assertThat(catalog.skippedExports()).isEmpty();
		assertThat(catalog.undelivered()).isEmpty();
		assertThat(catalog.file("partners").orElseThrow().export()).isNull();
	}

	@Test
	@DisplayName("N1: runs are ordered by runInfo.submittedTime, not by their folders' names")
	void runsAreOrderedBySubmittedTimeNotByFolderName() {
		// given: the folder that sorts first holds the run submitted last
		run("202609300000/0a7d", "2026-10-01T16:20:44.1234567Z", "r-late", blob("part_0_0001.csv", csv("c1", "c2")));
		run("202609300000/f3c2", "2026-10-01T00:41:05Z", "r-early", blob("part_0_0001.csv", csv("c1")));
		run("202609290000/9b1e", "2026-09-30T02:38:12+02:00", "r-first", blob("part_0_0001.csv", csv("c0")));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path, InputFile::exportSeq, InputFile::export)
			.containsExactly(
					tuple(usage("202609290000/9b1e/part_0_0001.csv"), 0, "run:2026-09-30T00:38:12.000000000Z r-first"),
					tuple(usage("202609300000/f3c2/part_0_0001.csv"), 1, "run:2026-10-01T00:41:05.000000000Z r-early"),
					tuple(usage("202609300000/0a7d/part_0_0001.csv"), 2, "run:2026-10-01T16:20:44.123456700Z r-late"));
		assertThat(catalog.usageFiles()).extracting(InputFile::export).isSorted();
		assertThat(catalog.skippedExports()).isEmpty();
		assertThat(catalog.undelivered()).isEmpty();
	}

	@Test
	@DisplayName("N1: runs submitted at the same time are ordered by runInfo.runId")
	void runsSubmittedAtTheSameTimeAreOrderedByRunId() {
		// given
		run("a", "2026-10-01T00:00:00Z", "run-b", blob("part_0_0001.csv", csv("c1")));
		run("b", "2026-10-01T02:00:00+02:00", "run-a", blob("part_0_0001.csv", csv("c1")));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path, InputFile::export)
			.containsExactly(tuple(usage("b/part_0_0001.csv"), "run:2026-10-01T00:00:00.000000000Z run-a"),
					tuple(usage("a/part_0_0001.csv"), "run:2026-10-01T00:00:00.000000000Z run-b"));
	}

	@Test
	@DisplayName("a run's blobs are its partitions, in name order")
	void aRunsBlobsAreItsPartitionsInNameOrder() {
		// given
		run("x", "2026-10-01T00:00:00Z", "r1", blob("part_0_0002.csv", csv("c2")), blob("part_0_0001.csv", csv("c1")));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path, InputFile::exportSeq)
			.containsExactly(tuple(usage("x/part_0_0001.csv"), 0), tuple(usage("x/part_0_0002.csv"), 0));
	}

	@Test
	@DisplayName("a run whose listed blob is missing is skipped whole; the earlier run stays in effect")
	void aRunWithAMissingBlobIsSkippedWhole() {
		// given
		run("day1", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv("c1")));
		run("day2", "2026-09-30T04:00:00Z", "r2", blob("part_0_0001.csv", csv("c1")),
				listed("part_0_0002.csv", 120, 1));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("day1/part_0_0001.csv"));
		assertThat(catalog.skippedExports())
			.containsExactly(new SkippedExport(usage("day2"), "r2", "part_0_0002.csv is missing"));
		assertThat(catalog.skippedExports().get(0).message()).isEqualTo(
				usage("day2") + ": export run r2 skipped, part_0_0002.csv is missing; earlier runs stay in effect");
	}

	@Test
	@DisplayName("a run whose blob's size differs from its byteCount is skipped whole")
	void aRunWithAWrongByteCountIsSkippedWhole() {
		// given
		String csv = csv("c1");
		int size = csv.getBytes(StandardCharsets.UTF_8).length;
		run("day1", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv("c1")));
		run("day2", "2026-09-30T04:00:00Z", "r2", blob("part_0_0001.csv", csv),
				new Blob("part_0_0002.csv", csv, size + 7, 1L));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("day1/part_0_0001.csv"));
		assertThat(catalog.skippedExports()).containsExactly(new SkippedExport(usage("day2"), "r2",
				"part_0_0002.csv has " + size + " bytes, not the " + (size + 7) + " manifest.json lists"));
	}

	@Test
	@DisplayName("a run whose blob's data rows differ from its dataRowCount is skipped whole; quoted line breaks stay in their row")
	void aRunWithAWrongDataRowCountIsSkippedWhole() {
		// given: three records, one of them over two lines
		String csv = csv("c1", "c2") + "1.00,USD,,Usage,2026-09-01,Microsoft,S1,BP1,c3,\"Virtual\nMachines\"\n";
		run("right", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv, 3));
		run("wrong", "2026-09-30T04:00:00Z", "r2", blob("part_0_0001.csv", csv, 4));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("right/part_0_0001.csv"));
		assertThat(catalog.skippedExports()).containsExactly(new SkippedExport(usage("wrong"), "r2",
				"part_0_0001.csv has 3 data rows, not the 4 manifest.json lists"));
	}

	@Test
	@DisplayName("a run whose total byteCount or dataRowCount differs from its blobs' is skipped whole")
	void aRunWhoseTotalsDifferIsSkippedWhole() {
		// given
		String csv = csv("c1");
		int size = csv.getBytes(StandardCharsets.UTF_8).length;
		this.input.file(usage("bytes/part_0_0001.csv"), csv).file(usage("rows/part_0_0001.csv"), csv);
		this.input.file(usage("bytes/manifest.json"), manifest("2026-09-29T04:00:00Z", "r1",
				"\"byteCount\": " + (size + 1) + ",", entry("part_0_0001.csv", size, null)));
		this.input.file(usage("rows/manifest.json"),
				manifest("2026-09-30T04:00:00Z", "r2", "\"dataRowCount\": 2,", entry("part_0_0001.csv", size, null)));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).isEmpty();
		assertThat(catalog.skippedExports()).containsExactly(
				new SkippedExport(usage("bytes"), "r1",
						"its blobs have " + size + " bytes in all, not the " + (size + 1) + " manifest.json gives"),
				new SkippedExport(usage("rows"), "r2",
						"its blobs have 1 data row in all, not the 2 manifest.json gives"));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					'not json at all'                                               | manifest.json is not valid JSON (line 1, column 1)
					'{\"blobs\": []}'                                               | manifest.json has no runInfo
					'{\"runInfo\": {\"runId\": \"r2\"}, \"blobs\": []}'             | manifest.json has no runInfo.submittedTime
					'{\"runInfo\": {\"submittedTime\": \"2026-09-30T04:00:00Z\", \"runId\": \"r2\"}}' | manifest.json has no blobs
					""")
	@DisplayName("a run whose manifest.json cannot be read is skipped with the reason; the earlier run stays")
	void aRunWithAMalformedManifestIsSkipped(String manifest, String reason) {
		// given
		run("day1", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv("c1")));
		this.input.file(usage("day2/part_0_0001.csv"), csv("c1")).file(usage("day2/manifest.json"), manifest);
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("day1/part_0_0001.csv"));
		assertThat(catalog.skippedExports()).hasSize(1).first().satisfies(skipped -> {
			assertThat(skipped.folder()).isEqualTo(usage("day2"));
			assertThat(skipped.reason()).isEqualTo(reason);
		});
		assertThat(catalog.undelivered()).isEmpty();
	}

	@Test
	@DisplayName("a run listing a blob that is not CSV, or one blob twice, is skipped")
	void aRunListingABlobThatIsNotCsvIsSkipped() {
		// given
		this.input.file(usage("parquet/part_0_0001.parquet"), "PAR1");
		this.input.file(usage("parquet/manifest.json"),
				manifest("2026-09-29T04:00:00Z", "r1", "", entry("part_0_0001.parquet", 4, null)));
		this.input.file(usage("twice/part_0_0001.csv"), "x\n");
		this.input.file(usage("twice/manifest.json"), manifest("2026-09-30T04:00:00Z", "r2", "",
				entry("a/part_0_0001.csv", 2, null), entry("b/part_0_0001.csv", 2, null)));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.skippedExports()).extracting(SkippedExport::reason)
			.containsExactly("part_0_0001.parquet is not a CSV file (.csv or .csv.gz)",
					"manifest.json lists part_0_0001.csv twice");
	}

	@Test
	@DisplayName("files of a run's folder that its manifest does not list are ignored")
	void unlistedFilesInARunFolderAreIgnored() {
		// given
		run("day1", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv("c1")));
		this.input.file(usage("day1/part_0_0002.csv"), csv("c2"))
			.file(usage("day1/part_0_0001.csv.gz"), "leftover")
			.file(usage("day1/old/part_0_0001.csv"), csv("c3"));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("day1/part_0_0001.csv"));
		assertThat(catalog.undelivered()).isEmpty();
		assertThat(catalog.skippedExports()).isEmpty();
	}

	@Test
	@DisplayName("once a manifest.json is under usage/, whatever lies outside a run's folder is not yet delivered: ignored and listed")
	void filesOutsideRunFoldersAreUndelivered() {
		// given
		run("day1", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv("c1")));
		this.input.file("usage/2026-09-30-export.csv", csv("c2"))
			.file("usage/" + EXPORT + "/202609300000/f3c2/part_0_0001.csv", csv("c3"))
			.file("usage/readme.txt", "copy in progress");
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("day1/part_0_0001.csv"));
		assertThat(catalog.undelivered()).containsExactly("usage/2026-09-30-export.csv",
				usage("202609300000/f3c2/part_0_0001.csv"), "usage/readme.txt");
	}

	@Test
	@DisplayName("a gzipped blob is checked by its stored size and its rows decompressed")
	void gzippedBlobsAreCheckedAsStoredAndCountedDecompressed() {
		// given
		byte[] gzip = gzip(csv("c1", "c2"));
		this.input.bytes(usage("day1/part_0_0001.csv.gz"), gzip);
		this.input.file(usage("day1/manifest.json"), manifest("2026-09-29T04:00:00Z", "r1", "",
				entry(EXPORT + "/day1/part_0_0001.csv.gz", gzip.length, 2L)));
		this.input.bytes(usage("day2/part_0_0001.csv.gz"), gzip);
		this.input.file(usage("day2/manifest.json"), manifest("2026-09-30T04:00:00Z", "r2", "",
				entry(EXPORT + "/day2/part_0_0001.csv.gz", gzip.length, 3L)));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("day1/part_0_0001.csv.gz"));
		assertThat(catalog.skippedExports()).extracting(SkippedExport::reason)
			.containsExactly("part_0_0001.csv.gz has 2 data rows, not the 3 manifest.json lists");
	}

	@Test
	@DisplayName("a run's folder may be at any depth under usage/, usage/ itself included")
	void runFoldersMayBeAtAnyDepth() {
		// given
		this.input.file("usage/a/b/c/d/e/f/part_0_0001.csv", csv("c1"));
		this.input.file("usage/a/b/c/d/e/f/manifest.json", manifest("2026-09-29T04:00:00Z", "deep", "",
				entry("part_0_0001.csv", csv("c1").getBytes(StandardCharsets.UTF_8).length, 1L)));
		this.input.file("usage/part_0_0001.csv", csv("c2"));
		this.input.file("usage/manifest.json", manifest("2026-09-30T04:00:00Z", "top", "",
				entry("part_0_0001.csv", csv("c2").getBytes(StandardCharsets.UTF_8).length, 1L)));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path, InputFile::exportSeq)
			.containsExactly(tuple("usage/a/b/c/d/e/f/part_0_0001.csv", 0), tuple("usage/part_0_0001.csv", 1));
		assertThat(catalog.undelivered()).isEmpty();
	}

	@Test
	@DisplayName("one run copied to two folders is taken once")
	void theSameRunInTwoFoldersIsTakenOnce() {
		// given
		run("copy1", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv("c1")));
		run("copy2", "2026-09-29T04:00:00Z", "r1", blob("part_0_0001.csv", csv("c1")));
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.usageFiles()).extracting(InputFile::path).containsExactly(usage("copy1/part_0_0001.csv"));
		assertThat(catalog.skippedExports()).containsExactly(new SkippedExport(usage("copy2"), "r1",
				"the same run as " + usage("copy1") + " (same runInfo.runId and submittedTime)"));
	}

	@Test
	@DisplayName("skipped runs are listed in run order, those without a time first")
	void skippedRunsAreListedInRunOrder() {
		// given
		run("a", "2026-09-30T04:00:00Z", "late", listed("part_0_0001.csv", 10, 1));
		run("b", "2026-09-29T04:00:00Z", "early", listed("part_0_0001.csv", 10, 1));
		this.input.file(usage("c/manifest.json"), "{}");
		// when
		InputCatalog catalog = scan();
		// then
		assertThat(catalog.skippedExports()).extracting(SkippedExport::folder, SkippedExport::runId)
			.containsExactly(tuple(usage("c"), null), tuple(usage("b"), "early"), tuple(usage("a"), "late"));
	}

	private InputCatalog scan() {
		return InputCatalog.scan(this.root, null);
	}

	/** Writes a run's blobs that are there, and its manifest listing them all. */
	private void run(String folder, String submittedTime, String runId, Blob... blobs) {
		for (Blob blob : blobs) {
			if (blob.csv() != null) {
				this.input.file(usage(folder + "/" + blob.name()), blob.csv());
			}
		}
		String[] entries = Arrays.stream(blobs)
			.map(blob -> entry(EXPORT + "/" + folder + "/" + blob.name(), blob.byteCount(), blob.dataRows()))
			.toArray(String[]::new);
		this.input.file(usage(folder + "/manifest.json"), manifest(submittedTime, runId, "", entries));
	}

	/** A blob with its true size and data rows (lines after the header). */
	private static Blob blob(String name, String csv) {
		return blob(name, csv, csv.lines().count() - 1);
	}

	private static Blob blob(String name, String csv, long dataRows) {
		return new Blob(name, csv, csv.getBytes(StandardCharsets.UTF_8).length, dataRows);
	}

	/** A blob the manifest lists but that is not there. */
	private static Blob listed(String name, long byteCount, long dataRows) {
		return new Blob(name, null, byteCount, dataRows);
	}

	private static String entry(String blobName, long byteCount, Long dataRowCount) {
		return "{\"blobName\": \"" + blobName + "\", \"byteCount\": " + byteCount
				+ (dataRowCount == null ? "" : ", \"dataRowCount\": " + dataRowCount) + "}";
	}

	private static String manifest(String submittedTime, String runId, String totals, String... blobs) {
		return """
				{
				  "manifestVersion": "2024-04-01",
				  %s
				  "exportConfig": {"exportName": "focus-cost", "type": "FocusCost", "timeFrame": "MonthToDate"},
				  "runInfo": {"executionType": "Scheduled", "submittedTime": "%s", "runId": "%s"},
				  "blobs": [%s]
				}
				""".formatted(totals, submittedTime, runId, String.join(", ", blobs));
	}

	private static String usage(String path) {
		return "usage/" + EXPORT + "/" + path;
	}

	private static String csv(String... chargeIds) {
		return InputFolder.FOCUS_HEADER + "\n"
				+ Arrays.stream(chargeIds).map(ROW::formatted).collect(Collectors.joining());
	}

	private static byte[] gzip(String text) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
				zip.write(text.getBytes(StandardCharsets.UTF_8));
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A blob of a run written by a test.
	 *
	 * @param csv its content; null when it is not there
	 */
	private record Blob(String name, String csv, long byteCount, Long dataRows) {

	}

}
