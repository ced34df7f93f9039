package com.creditsrecon.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.creditsrecon.model.extract.Extracts;
import com.creditsrecon.model.usage.PreClassification;

/** The generated folder itself: deterministic, exact, and varied enough. */
class WorldGeneratorTests {

	private static final GenerateOptions SMALL = GenerateOptions.defaults(30);

	@TempDir
	Path temp;

	private Path generate(String name, GenerateOptions options) throws IOException {
		Path out = this.temp.resolve(name);
		WorldGenerator.write(out, options);
		return out;
	}

	@Test
	@DisplayName("the same options give byte-identical folders")
	void sameSeedSameBytes() throws IOException {
		// when
		Path first = generate("a", SMALL);
		Path second = generate("b", SMALL);
		// then
		Map<String, byte[]> a = contents(first);
		Map<String, byte[]> b = contents(second);
		assertThat(b.keySet()).isEqualTo(a.keySet());
		a.forEach((file, bytes) -> assertThat(b.get(file)).as(file).isEqualTo(bytes));
	}

	@Test
	@DisplayName("another seed gives another world, with the same catalogue and calendar")
	void differentSeedDiffers() throws IOException {
		// when
		Map<String, byte[]> a = contents(generate("a", SMALL));
		Map<String, byte[]> b = contents(generate("b", SMALL.withSeed(2)));
		// then
		for (String file : List.of("partners.csv", "billing-profiles.csv", "purchases.csv", "users.csv", "actions.csv",
				"usage/2026-09-30-export.csv")) {
			assertThat(b.get(file)).as(file).isNotEqualTo(a.get(file));
		}
		assertThat(b.get("offers.csv")).isEqualTo(a.get("offers.csv"));
		assertThat(b.get("rollout.csv")).isEqualTo(a.get("rollout.csv"));
	}

	@Test
	@DisplayName("--usage-rows is the exact number of usage data rows, across all exports")
	void exactUsageRowCount() throws IOException {
		for (long rows : new long[] { 0, 5, 1234 }) {
			// when
			GenerateOptions options = new GenerateOptions(7, 5, 3, rows);
			Path out = generate("rows" + rows, options);
			GenerateSummary summary = WorldGenerator.write(this.temp.resolve("again" + rows), options);
			// then
			long written = 0;
			for (Path file : CsvFiles.usageFiles(out)) {
				written += CsvFiles.rows(file).size();
			}
			assertThat(written).as("rows " + rows).isEqualTo(rows);
			assertThat(summary.usageRows()).isEqualTo(rows);
		}
	}

	@Test
	@DisplayName("every action kind, benefit type, profile type, status, user kind and both experiences occur")
	void everythingOccurs() throws IOException {
		// when
		Path out = generate("world", SMALL);
		// then
		assertThat(column(out, "actions.csv", "action")).containsExactlyInAnyOrderElementsOf(Extracts.ACTION_TYPES);
		assertThat(column(out, "offers.csv", "benefit_type"))
			.containsExactlyInAnyOrderElementsOf(Extracts.BENEFIT_TYPES);
		assertThat(column(out, "offers.csv", "currency")).containsExactlyInAnyOrder("USD", "EUR", "JPY");
		assertThat(column(out, "offers.csv", "activate_within_days")).contains("", "30", "365");
		assertThat(column(out, "billing-profiles.csv", "profile_type"))
			.containsExactlyInAnyOrderElementsOf(Extracts.PROFILE_TYPES);
		assertThat(column(out, "billing-profiles.csv", "has_payment_instrument")).containsExactlyInAnyOrder("true",
				"false");
		assertThat(column(out, "billing-profiles.csv", "currency")).contains("USD", "EUR");
		assertThat(column(out, "purchases.csv", "status")).containsExactlyInAnyOrder("ACTIVE", "CANCELLED", "FRAUD");
		for (Map<String, String> purchase : CsvFiles.rows(out.resolve("purchases.csv"))) {
			assertThat(purchase.get("status_date").isEmpty()).isEqualTo(purchase.get("status").equals("ACTIVE"));
		}
		assertThat(column(out, "users.csv", "user_type")).containsExactlyInAnyOrder("MEMBER", "GUEST");
		assertThat(column(out, "users.csv", "partner_admin")).containsExactlyInAnyOrder("true", "false");
		Set<String> upns = column(out, "users.csv", "upn");
		assertThat(upns)
			.anyMatch(upn -> upn.endsWith("@gmail.com") || upn.endsWith("@hotmail.com") || upn.endsWith("@live.com"));
		assertThat(upns).anyMatch(upn -> upn.endsWith("-labs.io"));
		assertThat(column(out, "partners.csv", "region")).contains("", "AMER", "EMEA", "APAC");
		assertThat(column(out, "partners.csv", "country").size()).isGreaterThan(5);
		assertThat(experiences(out)).containsExactlyInAnyOrder("LEGACY", "MODERNIZED");
	}

	@Test
	@DisplayName("rule X1, X2: both experiences occur within a country and within a region")
	void bothExperiencesByCountryAndRegion() throws IOException {
		// when
		Path out = generate("world", GenerateOptions.defaults(200));
		// then
		Map<String, Set<String>> byCountry = new TreeMap<>();
		Map<String, Set<String>> byRegion = new TreeMap<>();
		Map<String, Map<String, String>> partners = byKey(out, "partners.csv", "partner_id");
		Map<String, LocalDate> rollout = rollout(out);
		for (Map<String, String> purchase : CsvFiles.rows(out.resolve("purchases.csv"))) {
			Map<String, String> partner = partners.get(purchase.get("partner_id"));
			String experience = experience(partner, rollout, LocalDate.parse(purchase.get("purchase_date")));
			byCountry.computeIfAbsent(partner.get("country"), k -> new HashSet<>()).add(experience);
			byRegion.computeIfAbsent(partner.get("region"), k -> new HashSet<>()).add(experience);
		}
		assertThat(byCountry).anySatisfy((country, seen) -> assertThat(seen).hasSize(2));
		assertThat(byRegion.get("EMEA")).hasSize(2);
		assertThat(byRegion.get("APAC")).hasSize(2);
		assertThat(byCountry.get("CA")).containsExactly("LEGACY");
		assertThat(byCountry.get("NL")).containsExactly("MODERNIZED");
	}

	@Test
	@DisplayName("usage rows cover every pre-classification of rules C1–C6 but reported credits, and more")
	void usageCoversEveryClassification() throws IOException {
		// when
		Path out = generate("world", SMALL);
		// then
		Map<String, String> profileCurrency = new HashMap<>();
		byKey(out, "billing-profiles.csv", "billing_profile_id")
			.forEach((id, profile) -> profileCurrency.put(id, profile.get("currency")));
		Set<String> subscriptions = column(out, "subscriptions.csv", "subscription_id");
		Set<PreClassification> seen = EnumSet.noneOf(PreClassification.class);
		boolean negative = false;
		boolean correction = false;
		boolean mismatch = false;
		boolean unknown = false;
		boolean assigned = false;
		Map<String, Set<String>> pairsByExport = new TreeMap<>();
		for (Path file : CsvFiles.usageFiles(out)) {
			String export = out.resolve("usage").relativize(file).getName(0).toString();
			for (Map<String, String> row : CsvFiles.rows(file)) {
				seen.add(PreClassification.of(value(row, "ProviderName"), value(row, "ChargeCategory"),
						value(row, "CommitmentDiscountType"), value(row, "x_PublisherCategory"),
						value(row, "PublisherName"), value(row, "x_SkuIsCreditEligible")));
				assertThat(value(row, "ChargeCategory")).isNotEqualToIgnoringCase("Credit");
				negative |= new BigDecimal(row.get("BilledCost")).signum() < 0;
				correction |= value(row, "ChargeClass").equals("Correction");
				String subscription = last(value(row, "SubAccountId"));
				String profile = last(value(row, "x_BillingProfileId"));
				String currency = profileCurrency.get(profile);
				mismatch |= currency != null && !currency.equals(row.get("BillingCurrency"));
				unknown |= value(row, "ProviderName").equals("Microsoft") && currency == null
						&& !subscriptions.contains(subscription);
				assigned |= subscription.startsWith("sub-");
				if (!profile.isEmpty()) {
					pairsByExport.computeIfAbsent(export, k -> new HashSet<>())
						.add(value(row, "BillingPeriodStart").substring(0, 7) + "|" + profile);
				}
			}
		}
		Set<PreClassification> expected = EnumSet.allOf(PreClassification.class);
		expected.remove(PreClassification.REPORTED_CREDIT);
		assertThat(seen).isEqualTo(expected);
		assertThat(negative).isTrue();
		assertThat(correction).isTrue();
		assertThat(mismatch).as("usage in another currency than its profile's").isTrue();
		assertThat(unknown).as("usage of no partner").isTrue();
		assertThat(assigned).as("usage of subscriptions that ASSIGN creates").isTrue();
		// rule N1: the early export of October restates September pairs of the September
		// export
		Set<String> restated = new HashSet<>(pairsByExport.get("2026-10-05-export.csv"));
		restated.retainAll(pairsByExport.get("2026-09-30-export.csv"));
		assertThat(restated).isNotEmpty().allMatch(pair -> pair.startsWith("2026-09|"));
		assertThat(out.resolve("usage/2026-10-31-export/part_0_0002.csv")).isRegularFile();
	}

	@Test
	@DisplayName("IDs that must be unique are: profiles, subscriptions, users, purchases, actions")
	void keysAreUnique() throws IOException {
		// when
		Path out = generate("world", GenerateOptions.defaults(300).withUsageRows(0));
		// then
		for (String[] key : new String[][] { { "billing-profiles.csv", "billing_profile_id" },
				{ "subscriptions.csv", "subscription_id" }, { "users.csv", "upn" }, { "purchases.csv", "purchase_id" },
				{ "actions.csv", "action_id" }, { "partners.csv", "partner_id" } }) {
			List<String> values = new ArrayList<>();
			for (Map<String, String> row : CsvFiles.rows(out.resolve(key[0]))) {
				values.add(row.get(key[1]).toLowerCase(java.util.Locale.ROOT));
			}
			assertThat(new HashSet<>(values)).as(key[0]).hasSize(values.size());
		}
	}

	private static Set<String> experiences(Path out) {
		Map<String, Map<String, String>> partners = byKey(out, "partners.csv", "partner_id");
		Map<String, LocalDate> rollout = rollout(out);
		Set<String> experiences = new HashSet<>();
		for (Map<String, String> purchase : CsvFiles.rows(out.resolve("purchases.csv"))) {
			experiences.add(experience(partners.get(purchase.get("partner_id")), rollout,
					LocalDate.parse(purchase.get("purchase_date"))));
		}
		return experiences;
	}

	/** Rules X1, X2. */
	private static String experience(Map<String, String> partner, Map<String, LocalDate> rollout, LocalDate day) {
		LocalDate from = rollout.getOrDefault(partner.get("country"), rollout.get(partner.get("region")));
		return (from != null && !day.isBefore(from)) ? "MODERNIZED" : "LEGACY";
	}

	private static Map<String, LocalDate> rollout(Path out) {
		Map<String, LocalDate> rollout = new HashMap<>();
		for (Map<String, String> row : CsvFiles.rows(out.resolve("rollout.csv"))) {
			rollout.put(row.get("scope"), LocalDate.parse(row.get("modernized_from")));
		}
		return rollout;
	}

	private static Map<String, Map<String, String>> byKey(Path out, String file, String key) {
		Map<String, Map<String, String>> rows = new HashMap<>();
		for (Map<String, String> row : CsvFiles.rows(out.resolve(file))) {
			rows.put(row.get(key), row);
		}
		return rows;
	}

	private static Set<String> column(Path out, String file, String column) {
		Set<String> values = new HashSet<>();
		for (Map<String, String> row : CsvFiles.rows(out.resolve(file))) {
			values.add(row.get(column));
		}
		return values;
	}

	private static String value(Map<String, String> row, String column) {
		String value = row.get(column);
		return (value == null || value.equals("NULL")) ? "" : value;
	}

	private static String last(String armPath) {
		return armPath.substring(armPath.lastIndexOf('/') + 1);
	}

	private static Map<String, byte[]> contents(Path folder) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return contents;
	}

}
