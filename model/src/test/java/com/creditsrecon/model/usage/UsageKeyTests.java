package com.creditsrecon.model.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UsageKeyTests {

	/** The order as documented, one field after another. */
	private static final Comparator<UsageKey> FIELD_BY_FIELD = Comparator.comparing(UsageKey::billingPeriod)
		.thenComparing(UsageKey::billingProfile)
		.thenComparing(UsageKey::subscription)
		.thenComparing(UsageKey::chargeDate)
		.thenComparing(UsageKey::currency)
		.thenComparing(UsageKey::negative)
		.thenComparing(UsageKey::preClassification)
		.thenComparing(UsageKey::serviceName)
		.thenComparing(UsageKey::meterCategory);

	@Test
	@DisplayName("Keys sort field by field, billing period first and meter category last, on 5,000 generated keys")
	void sortsFieldByField() {
		Random random = new Random(7);
		List<UsageKey> keys = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			keys.add(new UsageKey(LocalDate.of(2026, 1 + random.nextInt(2), 1), pick(random, "bp-a", "bp-b"),
					pick(random, "", "sub-1", "sub-2"), LocalDate.of(2026, 1, 1 + random.nextInt(3)),
					pick(random, "EUR", "USD"), random.nextBoolean(),
					PreClassification.values()[random.nextInt(PreClassification.values().length)],
					pick(random, "", "storage"), pick(random, "compute", "network")));
		}
		List<UsageKey> expected = new ArrayList<>(keys);
		expected.sort(FIELD_BY_FIELD);
		keys.sort(UsageKey.ORDER);
		assertEquals(expected, keys);
		for (int i = 1; i < keys.size(); i++) {
			assertEquals(Integer.signum(FIELD_BY_FIELD.compare(keys.get(i - 1), keys.get(i))),
					Integer.signum(UsageKey.ORDER.compare(keys.get(i - 1), keys.get(i))));
		}
	}

	private static String pick(Random random, String... values) {
		return values[random.nextInt(values.length)];
	}

}
