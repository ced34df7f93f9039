package com.creditsrecon.model.rollforward;

import static com.creditsrecon.model.rollforward.RollforwardCheckTests.rf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.RollforwardRow;

class RollforwardLevelsTests {

	@Test
	@DisplayName("RC7: GLOBAL, REGION and COUNTRY rows are the sums of the PARTNER rows; no region is a blank scope ID")
	void rc7UpperLevelsSumPartnerRows() {
		// given
		RollforwardLevels levels = new RollforwardLevels();
		// when
		levels.add(rf("PARTNER", "P1", "2026-01", "0.00", "100.00", "10.00", "90.00"), "DE", "EMEA");
		levels.add(rf("PARTNER", "P2", "2026-01", "0.00", "50.00", "5.00", "45.00"), "FR", "EMEA");
		levels.add(rf("PARTNER", "P3", "2026-01", "0.00", "7.00", "0.00", "7.00"), "MX", "");
		// then
		List<String> rows = levels.rows()
			.stream()
			.map(r -> r.scopeType() + "|" + r.scopeId() + "|" + r.month() + "|" + r.newCredit() + "|" + r.closing())
			.toList();
		assertEquals(List.of("COUNTRY|DE|2026-01|100.00|90.00", "COUNTRY|FR|2026-01|50.00|45.00",
				"COUNTRY|MX|2026-01|7.00|7.00", "GLOBAL|GLOBAL|2026-01|157.00|142.00", "REGION||2026-01|7.00|7.00",
				"REGION|EMEA|2026-01|150.00|135.00"), rows);
	}

	@Test
	@DisplayName("RC7: only PARTNER rows add up to the upper levels")
	void onlyPartnerRowsAreSummed() {
		RollforwardRow profileRow = rf("BILLING_PROFILE", "BP1", "2026-01", "0.00", "1.00", "0.00", "1.00");
		assertThrows(IllegalArgumentException.class, () -> new RollforwardLevels().add(profileRow, "DE", "EMEA"));
	}

}
