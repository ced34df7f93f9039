package com.creditsrecon.jobs.importing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A Cost Management manifest.json as Cost Management writes it, and the ones that cannot
 * be taken for a run.
 */
class ManifestTests {

	/** A manifest shaped as Cost Management writes one for a partitioned CSV export. */
	static final String REAL = """
			{
			  "manifestVersion": "2024-04-01",
			  "byteCount": 3070,
			  "blobCount": 2,
			  "dataRowCount": 21,
			  "exportConfig": {
			    "exportName": "focus-cost",
			    "resourceId": "/providers/Microsoft.Billing/billingAccounts/1234/providers/Microsoft.CostManagement/exports/focus-cost",
			    "dataVersion": "1.0r2",
			    "apiVersion": "2023-07-01-preview",
			    "type": "FocusCost",
			    "timeFrame": "MonthToDate",
			    "granularity": "Daily"
			  },
			  "deliveryConfig": {
			    "partitionData": true,
			    "dataOverwriteBehavior": "CreateNewReport",
			    "fileFormat": "Csv",
			    "compressionMode": "None",
			    "containerUri": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/costexports",
			    "rootFolderPath": "costexports"
			  },
			  "runInfo": {
			    "executionType": "Scheduled",
			    "submittedTime": "2025-03-05T04:12:33.1234567Z",
			    "runId": "5f0e2a1c-8d4b-4f7a-9c3e-2b1a0d9e8f7c",
			    "startDate": "2025-03-01T00:00:00",
			    "endDate": "2025-03-04T00:00:00"
			  },
			  "blobs": [
			    {
			      "blobName": "costexports/focus-cost/20250301-20250331/202503050412/5f0e2a1c/part_0_0001.csv",
			      "byteCount": 1535,
			      "dataRowCount": 10
			    },
			    {
			      "blobName": "costexports/focus-cost/20250301-20250331/202503050412/5f0e2a1c/part_0_0002.csv",
			      "byteCount": 1535
			    }
			  ]
			}
			""";

	@Test
	void readsTheRunAndItsBlobsFromARealManifest() throws Exception {
		// when
		Manifest manifest = parse(REAL);
		// then
		assertThat(manifest.submittedTime()).isEqualTo(Instant.parse("2025-03-05T04:12:33.123456700Z"));
		assertThat(manifest.runId()).isEqualTo("5f0e2a1c-8d4b-4f7a-9c3e-2b1a0d9e8f7c");
		assertThat(manifest.blobs()).extracting(Manifest.Blob::fileName)
			.containsExactly("part_0_0001.csv", "part_0_0002.csv");
		assertThat(manifest.blobs()).extracting(Manifest.Blob::byteCount).containsExactly(1535L, 1535L);
		assertThat(manifest.blobs()).extracting(Manifest.Blob::dataRowCount).containsExactly(10L, null);
		assertThat(manifest.blobCount()).isEqualTo(2);
		assertThat(manifest.byteCount()).isEqualTo(3070);
		assertThat(manifest.dataRowCount()).isEqualTo(21);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2025-03-05T04:12:33.1234567Z   | 2025-03-05T04:12:33.123456700Z
			2025-03-05T04:12:33Z           | 2025-03-05T04:12:33.000000000Z
			2025-03-05T04:12Z              | 2025-03-05T04:12:00.000000000Z
			2025-03-05T06:12:33.5+02:00    | 2025-03-05T04:12:33.500000000Z
			2025-03-04T23:12:33-05:00      | 2025-03-05T04:12:33.000000000Z
			2025-03-05T06:12:33+0200       | 2025-03-05T04:12:33.000000000Z
			2025-03-05T04:12:33.123456789Z | 2025-03-05T04:12:33.123456789Z
			2025-03-05t04:12:33z           | 2025-03-05T04:12:33.000000000Z
			2025-03-05T04:12:33            | 2025-03-05T04:12:33.000000000Z
			""")
	void submittedTimeIsReadAsAnInstantWhateverItsFractionOrOffset(String written, String fixedWidth) throws Exception {
		// when
		Manifest manifest = parse(REAL.replace("2025-03-05T04:12:33.1234567Z", written));
		// then
		assertThat(Manifest.fixedWidth(manifest.submittedTime())).isEqualTo(fixedWidth);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					''                                                   | manifest.json is empty
					'{\"runInfo\": '                                     | manifest.json is not valid JSON (line 1, column 13)
					'[]'                                                 | manifest.json is not a JSON object
					'{\"blobs\": []}'                                    | manifest.json has no runInfo
					'{\"runInfo\": {\"runId\": \"r1\"}, \"blobs\": []}'  | manifest.json has no runInfo.submittedTime
					'{\"runInfo\": {\"submittedTime\": \"2025-03-05T04:12:33Z\"}, \"blobs\": []}' | manifest.json has no runInfo.runId
					'{\"runInfo\": {\"submittedTime\": \"2025-03-05T04:12:33Z\", \"runId\": \"r1\"}}' | manifest.json has no blobs
					'{\"runInfo\": {\"submittedTime\": \"yesterday\", \"runId\": \"r1\"}, \"blobs\": []}' | manifest.json: runInfo.submittedTime "yesterday" is not an ISO 8601 time such as 2025-03-05T04:12:33Z
					'{\"runInfo\": {\"submittedTime\": \"2025-03-05T04:12:33Z\", \"runId\": \"r1\"}, \"blobs\": [{\"blobName\": \"p.csv\"}]}' | manifest.json has no blobs[0].byteCount
					'{\"runInfo\": {\"submittedTime\": \"2025-03-05T04:12:33Z\", \"runId\": \"r1\"}, \"blobs\": [{\"byteCount\": 3}]}' | manifest.json has no blobs[0].blobName
					'{\"runInfo\": {\"submittedTime\": \"2025-03-05T04:12:33Z\", \"runId\": \"r1\"}, \"blobs\": [{\"blobName\": \"p.csv\", \"byteCount\": \"3\"}]}' | manifest.json: blobs[0].byteCount is not a whole number of 0 or more ("3")
					'{\"runInfo\": {\"submittedTime\": \"2025-03-05T04:12:33Z\", \"runId\": \"r1\"}, \"blobs\": [{\"blobName\": \"p.csv\", \"byteCount\": 3, \"dataRowCount\": -1}]}' | manifest.json: blobs[0].dataRowCount is not a whole number of 0 or more (-1)
					""")
	void aManifestThatCannotBeReadSaysWhy(String json, String reason) {
		// when
		ManifestException ex = catchThrowableOfType(ManifestException.class, () -> parse(json));
		// then
		assertThat(ex).hasMessage(reason);
	}

	@Test
	void aRunWhoseTimeCannotBeReadIsStillNamedByItsId() {
		// when
		ManifestException ex = catchThrowableOfType(ManifestException.class,
				() -> parse(REAL.replace("2025-03-05T04:12:33.1234567Z", "05/03/2025 04:12")));
		// then
		assertThat(ex.runId()).isEqualTo("5f0e2a1c-8d4b-4f7a-9c3e-2b1a0d9e8f7c");
		assertThat(ex.submittedTime()).isNull();
	}

	@Test
	void aBlobIsKnownByTheLastSegmentOfItsName() {
		assertThat(new Manifest.Blob("a/b/part_0_0001.csv.gz", 1, null).fileName()).isEqualTo("part_0_0001.csv.gz");
		assertThat(new Manifest.Blob("part_0_0001.csv", 1, null).fileName()).isEqualTo("part_0_0001.csv");
		assertThat(new Manifest.Blob("a\\b\\part.csv", 1, null).fileName()).isEqualTo("part.csv");
	}

	private static Manifest parse(String json) throws ManifestException {
		return Manifest.parse(json.getBytes(StandardCharsets.UTF_8));
	}

}
