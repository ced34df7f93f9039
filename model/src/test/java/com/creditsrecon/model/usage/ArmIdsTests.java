package com.creditsrecon.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArmIdsTests {

	@ParameterizedTest
	@CsvSource({ "/subscriptions/ABC, abc", "/subscriptions/abc-123, abc-123", "/subscriptions/ABC/, abc",
			"/subscriptions/ABC//, abc", "/providers/Microsoft.Billing/billingAccounts/1/billingProfiles/BP-1, bp-1",
			"/providers/Microsoft.Billing/billingAccounts/1234:5678_2019-05-31, 1234:5678_2019-05-31",
			"ABC-123, abc-123", "sub-PU-1-AZM-1, sub-pu-1-azm-1", "'', ''", "/, ''", "///, ''" })
	void c8NormalizeTakesTheLastSegmentLowerCase(String id, String expected) {
		// given: an ARM path or a plain ID (parameter)

		// when
		String normalized = ArmIds.normalize(id);

		// then
		assertEquals(expected, normalized);
	}

}
