package com.creditsrecon.jobs.simulate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.creditsrecon.jobs.CreditsRecon;
import com.creditsrecon.jobs.cli.Console;
import com.creditsrecon.jobs.importing.RunOptions;
import com.creditsrecon.jobs.store.UsageSums;
import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.BillingProfile;
import com.creditsrecon.model.world.PartnerWorld;
import com.creditsrecon.model.world.Subscription;
import com.creditsrecon.model.world.UsageSum;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner worlds as the simulate step reads them from a store that imported
 * input-samples.
 */
class WorldReaderTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

	@TempDir
	static Path temp;

	private static JdbcTemplate jdbc;

	private static UsageSums usage;

	@BeforeAll
	static void importSamples() {
		Path out = temp.resolve("out");
		RunOptions options = new RunOptions(Path.of("../input-samples"), out, null, null, null, null);
		CreditsRecon.run(options, false, new Console(System.out, System.err));
		jdbc = new JdbcTemplate(new SimpleDriverDataSource(new JDBCDriver(), options.jdbcUrl(), "SA", ""));
		usage = UsageSums.open(options.storeDir());
	}

	@Test
	@DisplayName("a world holds its partner's profiles, and the subscriptions and roles of those profiles")
	void profilesSubscriptionsAndRolesViaTheProfile() {
		// when
		PartnerWorld contoso = read("6100231");
		// then
		assertThat(contoso.partner().partnerName()).isEqualTo("Contoso Cloud GmbH");
		assertThat(contoso.partner().region()).isEqualTo("EMEA");
		assertThat(contoso.partner().tenantDomains()).containsExactly("contoso.de", "contoso.onmicrosoft.com");
		assertThat(contoso.billingProfiles()).extracting(BillingProfile::billingProfileId)
			.containsExactly("CT2A-2K5Q-AJ6-EMT", "CT5J-9AUR-DKZ-JDL", "CTDP-6C9B-VNL-XRN", "CTG7-Q9P9-F52-CPL");
		BillingProfile premier = contoso.billingProfiles().get(2);
		assertThat(premier.profileType()).isEqualTo("MCA_PREMIER");
		assertThat(premier.hasPaymentInstrument()).isFalse();
		assertThat(premier.createdOn()).isEqualTo(LocalDate.of(2024, 1, 9));
		assertThat(contoso.subscriptions()).extracting(Subscription::subscriptionId)
			.containsExactly("1230271d-6c2a-5d3b-847c-48fd9e027092", "143012f9-f353-59ef-b2b1-433fcc1f0606",
					"693bde65-1633-56e8-9062-0ed0d8431d00", "9aed2393-4b0d-50a9-8186-82bd4bb927fc",
					"f0b8fe40-aca4-5677-af7b-986b145b79dc");
		assertThat(contoso.subscriptions().get(2).billingProfileId()).isEqualTo("CT2A-2K5Q-AJ6-EMT");
		assertThat(contoso.subscriptions().get(0).createdOn()).isNull();
		assertThat(contoso.profileRoles()).allMatch(r -> r.billingProfileId().startsWith("CT"));
		assertThat(contoso.profileRoles()).anyMatch(
				r -> r.upn().equals("lena.fischer@contoso.onmicrosoft.com") && r.role().equals("INVOICE_MANAGER"));
		assertThat(contoso.users()).allMatch(u -> u.partnerId().equals("6100231"));
	}

	@Test
	@DisplayName("T7: actions are the partner's as the import resolved them, in (at, action_id) order")
	void actionsResolvedAtImport() {
		// when
		PartnerWorld contoso = read("6100231");
		// then
		List<String> ids = contoso.actions().stream().map(Action::actionId).toList();
		assertThat(ids).contains("A0035", "A0041", "A0102", "A0103", "A0104").doesNotContain("A0001", "A0058");
		assertThat(contoso.actions())
			.isSortedAccordingTo(java.util.Comparator.comparing(Action::at).thenComparing(Action::actionId));
		Action payment = contoso.actions().stream().filter(a -> a.actionId().equals("A0041")).findFirst().get();
		assertThat(payment.action()).isEqualTo("SET_PAYMENT_INSTRUMENT");
		assertThat(payment.value()).isEqualTo("true");
		assertThat(payment.benefitId()).isEmpty();
		assertThat(payment.at()).hasToString("2025-08-12T08:00:00Z");
	}

	@Test
	@DisplayName("T7: a partner's foreign subscriptions are those its actions name on another partner's profile")
	void foreignSubscriptions() {
		// when
		PartnerWorld litware = read("6101124");
		PartnerWorld contoso = read("6100231");
		// then
		assertThat(read("6102786").partner().region()).as("Trey: no region").isEmpty();
		assertThat(litware.foreignSubscriptionIds()).containsExactly("cfc2676f-08f9-5863-b674-d024e7748e19");
		assertThat(contoso.foreignSubscriptionIds()).isEmpty();
	}

	@Test
	@DisplayName("N1, T1: usage is the daily sums in effect (superseded exports left out) charged on or before as-of")
	void usageInEffectOnly() {
		// given: Woodgrove's September was restated by a later export
		String woodgrove = "6101845";
		BigDecimal[] inEffect = { BigDecimal.ZERO };
		usage.forEach((partner, sum) -> {
			if (woodgrove.equals(partner)) {
				inEffect[0] = inEffect[0].add(sum.amount());
			}
		});
		long superseded = jdbc.queryForObject("SELECT SUM(superseded) FROM cr_input_file", Long.class);
		// when
		PartnerWorld world = read(woodgrove);
		List<UsageSum> september = new WorldReader(jdbc).read(List.of(woodgrove), LocalDate.of(2026, 9, 30), usage)
			.get(0)
			.usage();
		// then
		assertThat(superseded).isPositive();
		assertThat(world.usage().stream().map(UsageSum::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(inEffect[0]);
		assertThat(september).isNotEmpty().allMatch(u -> !u.chargeDate().isAfter(LocalDate.of(2026, 9, 30)));
		assertThat(september.size()).isLessThan(world.usage().size());
		assertThat(world.usage()).allMatch(u -> u.subscriptionId().equals(u.subscriptionId().toLowerCase()));
		assertThat(world.usage()).isSortedAccordingTo(java.util.Comparator.comparing(UsageSum::chargeDate));
	}

	@Test
	@DisplayName("a block of partners reads each world apart, in the store's order of partner IDs")
	void blockOfPartners() {
		// given
		WorldReader reader = new WorldReader(jdbc);
		List<String> ids = reader.partnerIds("6100231", null, "6103258", 3);
		List<String> next = reader.partnerIds("6100231", ids.get(2), "6103258", 100);
		// when
		List<PartnerWorld> worlds = reader.read(ids, AS_OF, usage);
		// then
		assertThat(ids).containsExactly("6100231", "6100457", "6100682");
		assertThat(next).hasSize(11).startsWith("6100913").endsWith("6103258");
		assertThat(worlds).extracting(w -> w.partner().partnerId()).containsExactlyElementsOf(ids);
		assertThat(worlds.get(1).purchases()).allMatch(p -> p.partnerId().equals("6100457"));
		assertThat(worlds.get(1).billingProfiles()).allMatch(p -> p.partnerId().equals("6100457"));
	}

	private static PartnerWorld read(String partnerId) {
		List<PartnerWorld> worlds = new WorldReader(jdbc).read(List.of(partnerId), AS_OF, usage);
		assertThat(worlds).hasSize(1);
		return worlds.get(0);
	}

}
