package com.creditsrecon.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTests {

	@TempDir
	Path folder;

	@Test
	void readsQuotedCellsByNameAndMissingColumnsAsBlank() throws IOException {
		// given
		Path file = this.folder.resolve("lots.csv");
		Files.writeString(file,
				"lot_id,partner_name,closed_balance\n" + "L1,\"Soci\u00e9t\u00e9, \"\"G\u00e9n\u00e9rale\"\"\",12.34\n"
						+ "L2,\"two\nlines\",-0.5\n" + "L3,'=SUM(A1),7\n",
				StandardCharsets.UTF_8);
		List<String> read = new ArrayList<>();
		// when
		CsvRows.forEach(file, (row) -> read.add(row.get("lot_id") + "|" + row.text("partner_name") + "|"
				+ row.amount("closed_balance") + "|" + row.get("country") + "|" + row.amount("days_to_expiry")));
		// then
		assertThat(read).containsExactly("L1|Soci\u00e9t\u00e9, \"G\u00e9n\u00e9rale\"|123400||0",
				"L2|two\nlines|-5000||0", "L3|=SUM(A1)|70000||0");
	}

	@Test
	void aMissingFileHasNoRows() {
		List<String> read = new ArrayList<>();
		CsvRows.forEach(this.folder.resolve("forecast.csv"), (row) -> read.add(row.get("lot_id")));
		assertThat(read).isEmpty();
	}

	@Test
	void amountsAreExactAndFormattedAtTheMinorUnitWithTheirCurrency() {
		assertThat(Units.parse("1234567.89")).isEqualTo(12345678900L);
		assertThat(Units.withCurrency(Units.parse("1234567.89"), "USD")).isEqualTo("1,234,567.89 USD");
		assertThat(Units.withCurrency(Units.parse("40000"), "JPY")).isEqualTo("40,000 JPY");
		assertThat(Units.plain(Units.parse("-0.05"), "EUR")).isEqualTo("-0.05");
	}

}
