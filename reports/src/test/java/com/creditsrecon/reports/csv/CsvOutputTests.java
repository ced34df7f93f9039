package com.creditsrecon.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvOutputTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "=SUM(A1)|'=SUM(A1)", "+1|'+1", "-x|'-x", "@cmd|'@cmd", "plain|plain", "a=b|a=b" })
	@DisplayName("outputs.md: text cells that a spreadsheet would run as a formula get a leading '")
	void formulaInjectionIsGuarded(String value, String written) {
		assertThat(CsvOutput.text(value)).isEqualTo(written);
	}

	@Test
	void tabAndCarriageReturnAreGuardedAndBlankStaysBlank() {
		assertThat(CsvOutput.text("\tx")).isEqualTo("'\tx");
		assertThat(CsvOutput.text("\rx")).isEqualTo("'\rx");
		assertThat(CsvOutput.text("")).isEmpty();
		assertThat(CsvOutput.text(null)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "12.345,USD,12.34", "12.355,USD,12.36", "-0.005,EUR,0.00", "1234.5,JPY,1234", "1235.5,JPY,1236",
			"7,USD,7.00" })
	@DisplayName("T6: amounts are written with exactly the currency's minor-unit digits, HALF_EVEN")
	void amountsHaveTheMinorUnitDigits(String amount, String currency, String written) {
		assertThat(CsvOutput.amount(new BigDecimal(amount), currency)).isEqualTo(written);
	}

	@Test
	@DisplayName("outputs.md: UTF-8, a header row, LF line ends, RFC 4180 quoting; numbers are never prefixed")
	void writesUtf8WithLfAndQuoting() {
		// given
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// when
		try (CsvOutput out = CsvOutput.open(bytes, "id", "name", "amount")) {
			out.row("P1", CsvOutput.text("Soci\u00e9t\u00e9, \"G\u00e9n\u00e9rale\""),
					CsvOutput.amount(new BigDecimal("-5"), "USD"));
		}
		// then
		assertThat(bytes.toString(StandardCharsets.UTF_8))
			.isEqualTo("id,name,amount\nP1,\"Soci\u00e9t\u00e9, \"\"G\u00e9n\u00e9rale\"\"\",-5.00\n");
	}

}
