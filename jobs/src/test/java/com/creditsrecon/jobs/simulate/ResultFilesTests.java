package com.creditsrecon.jobs.simulate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.creditsrecon.jobs.store.ResultPages;
import com.creditsrecon.jobs.store.ResultRuns;
import com.creditsrecon.jobs.store.ResultTables;
import com.creditsrecon.jobs.store.ResultWriter;
import com.creditsrecon.model.engine.ConservationException;
import com.creditsrecon.model.result.RollforwardRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The output files written from result tables that hold hand-made results: sort orders by
 * code point whatever order the partners were written in, consumption of one key summed
 * across simulations, blanks, formula guard, and the RC7 check.
 */
class ResultFilesTests {

	@TempDir
	Path temp;

	private SimpleDriverDataSource dataSource;

	private ResultPages pages;

	@BeforeEach
	void store() {
		this.dataSource = new SimpleDriverDataSource(new JDBCDriver(),
				"jdbc:hsqldb:mem:results-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
		this.pages = HandMadeResults.write(this.dataSource, this.temp.resolve(".store"));
	}

	@Test
	@DisplayName("events.csv: by date, lot, then the T2 order of the type; amounts at the minor unit")
	void eventsInDateLotAndT2Order() throws IOException {
		// when
		HandMadeResults.writeFiles(this.pages, this.temp);
		// then
		assertThat(read("events.csv")).isEqualTo("""
				date,lot_id,benefit_id,event_type,amount,closed_balance
				2026-01-02,PU-b-MONTHLY-01,PU-b-MONTHLY,NEW_CREDIT,100.00,100.00
				2026-01-06,'=PU-a-BULK-01,'=PU-a-BULK,NEW_CREDIT,100.00,100.00
				2026-01-20,'=PU-a-BULK-01,'=PU-a-BULK,SETTLED_CHARGES,10.00,90.00
				2026-01-20,PU-b-MONTHLY-01,PU-b-MONTHLY,CREDIT_REVOKED,100.00,0.00
				""");
	}

	@Test
	@DisplayName("consumption.csv: one row per key, summed across partners and parts; blank profile first and empty")
	void consumptionSummedPerKey() throws IOException {
		// when
		HandMadeResults.writeFiles(this.pages, this.temp);
		// then
		assertThat(read("consumption.csv")).isEqualTo("""
				billing_profile_id,month,classification,currency,rows,amount,covered,uncovered,restored,unapplied
				,2026-01,OTHER_PROVIDER,USD,3,7.50,0.00,0.00,0.00,0.00
				BP-é,2026-01,ELIGIBLE,USD,5,15.00,10.00,5.00,0.00,0.00
				bp-a,2026-01,ELIGIBLE,USD,1,-1.00,0.00,0.00,0.00,1.00
				""");
	}

	@Test
	@DisplayName("RC7: rollforward.csv has the engine's rows and the GLOBAL, REGION and COUNTRY sums, by code point")
	void rollforwardLevels() throws IOException {
		// when
		long checked = new RollforwardTasklet(new JdbcTemplate(this.dataSource), null, this.pages, null)
			.check(HandMadeResults.scenario());
		HandMadeResults.writeFiles(this.pages, this.temp);
		// then
		assertThat(checked).isEqualTo(16);
		assertThat(read("rollforward.csv")).isEqualTo("""
				scope_type,scope_id,currency,month,opening,new_credit,charges,adjustments,lapsed,expired,revoked,closing
				BILLING_PROFILE,bp-a,USD,2026-01,0.00,100.00,0.00,0.00,0.00,0.00,100.00,0.00
				BILLING_PROFILE,bp-a,USD,2026-02,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00
				COUNTRY,DE,USD,2026-01,0.00,100.00,0.00,0.00,0.00,0.00,100.00,0.00
				COUNTRY,DE,USD,2026-02,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00
				COUNTRY,MX,USD,2026-01,0.00,100.00,10.00,0.00,0.00,0.00,0.00,90.00
				COUNTRY,MX,USD,2026-02,90.00,0.00,0.00,0.00,0.00,0.00,0.00,90.00
				GLOBAL,GLOBAL,USD,2026-01,0.00,200.00,10.00,0.00,0.00,0.00,100.00,90.00
				GLOBAL,GLOBAL,USD,2026-02,90.00,0.00,0.00,0.00,0.00,0.00,0.00,90.00
				PARTNER,Zeta,USD,2026-01,0.00,100.00,0.00,0.00,0.00,0.00,100.00,0.00
				PARTNER,Zeta,USD,2026-02,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00
				PARTNER,alpha,USD,2026-01,0.00,100.00,10.00,0.00,0.00,0.00,0.00,90.00
				PARTNER,alpha,USD,2026-02,90.00,0.00,0.00,0.00,0.00,0.00,0.00,90.00
				REGION,,USD,2026-01,0.00,100.00,10.00,0.00,0.00,0.00,0.00,90.00
				REGION,,USD,2026-02,90.00,0.00,0.00,0.00,0.00,0.00,0.00,90.00
				REGION,EMEA,USD,2026-01,0.00,100.00,0.00,0.00,0.00,0.00,100.00,0.00
				REGION,EMEA,USD,2026-02,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00
				""");
	}

	@Test
	@DisplayName("RC7: a broken roll-forward row fails the check, naming its scope")
	void rc7BrokenRollforwardFails() {
		// given
		// given: alpha's February, as the engine would never write it, one cent off
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		RollforwardRow broken = new RollforwardRow("PARTNER", "alpha", "USD", YearMonth.of(2026, 2),
				new BigDecimal("90.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("90.01"));
		ResultWriter.Block block = new ResultWriter.Block("broken", 1);
		block.add(ResultTables.ROLLFORWARD, "alpha", List.of(broken), 0);
		new ResultWriter(jdbc, new DataSourceTransactionManager(this.dataSource),
				new ResultRuns(() -> this.temp.resolve(".store")))
			.write(block);
		RollforwardTasklet tasklet = new RollforwardTasklet(jdbc, null, this.pages, null);
		// when, then
		assertThatThrownBy(() -> tasklet.check(HandMadeResults.scenario())).isInstanceOf(ConservationException.class)
			.hasMessageContaining("RC7")
			.hasMessageContaining("PARTNER 'alpha' USD 2026-02");
	}

	@Test
	@DisplayName("RC7: the upper levels are written afresh when the step runs again")
	void upperLevelsAreRewritten() throws IOException {
		// given
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		ResultWriter writer = new ResultWriter(jdbc, new DataSourceTransactionManager(this.dataSource),
				new ResultRuns(() -> this.temp.resolve(".store")));
		// when
		new RollforwardTasklet(jdbc, writer, this.pages, null).complete();
		// then
		List<RollforwardRow> global = new ArrayList<>();
		this.pages.forEach(ResultTables.ROLLFORWARD, row -> {
			if (row.scopeType().equals("GLOBAL")) {
				global.add(row);
			}
		});
		assertThat(global).hasSize(2);
	}

	@Test
	@DisplayName("benefits, lots, decisions, eligibility, revocations: by their first columns, blanks empty, formulas guarded")
	void otherFiles() throws IOException {
		// when
		long rows = HandMadeResults.writeFiles(this.pages, this.temp);
		// then
		assertThat(rows).isEqualTo(2 + 2 + 4 + 2 + 1 + 3 + 1 + 16 + 1);
		assertThat(read("benefits.csv")).isEqualTo(
				"""
						benefit_id,purchase_id,partner_id,country,region,benefit_type,experience,status,provisioned_on,activate_by,started_on,billing_profile_id,subscription_id,assigned_user,reassignments_used,currency,entitlement,granted,charged,adjusted,lapsed,expired,revoked,closed_balance,forfeited,expires_on,partner_name
						'=PU-a-BULK,'=PU-a,alpha,MX,,AZURE_BULK,LEGACY,ACTIVE,2026-01-05,,2026-01-06,,sub-1,u@a.mx,0,USD,100.00,100.00,10.00,0.00,0.00,0.00,0.00,90.00,0.00,2027-01-05,A
						PU-b-MONTHLY,PU-b,Zeta,DE,EMEA,AZURE_MONTHLY,MODERNIZED,REVOKED,2026-01-01,2026-06-30,2026-01-02,bp-a,,,0,USD,1200.00,100.00,0.00,0.00,0.00,0.00,100.00,0.00,0.00,2027-01-01,B
						""");
		assertThat(read("decisions.csv")).isEqualTo(
				"""
						action_id,at,action,partner_id,benefit_id,billing_profile_id,subscription_id,user_upn,actor_upn,target_id,value,outcome,reason_code,message
						A1,2026-01-02T09:30:00Z,REDEEM,Zeta,PU-b-MONTHLY,bp-a,,,admin@b.de,,,REJECTED,NO_PAYMENT_INSTRUMENT,"'-This Billing Profile doesn't have a credit card, or a payment instrument"
						A2,2026-01-06T08:00:00Z,ACTIVATE,alpha,'=PU-a-BULK,,,u@a.mx,,,,ACCEPTED,,
						""");
		// the partner's name and country from the store, days to expiry for the open lot
		assertThat(read("lots.csv")).isEqualTo(
				"""
						lot_id,benefit_id,purchase_id,partner_id,benefit_type,experience,scope_type,billing_profile_id,subscription_id,currency,original_amount,start_date,end_date,charged,adjusted,lapsed,expired,revoked,closed_balance,status,partner_name,country,days_to_expiry
						'=PU-a-BULK-01,'=PU-a-BULK,'=PU-a,alpha,AZURE_BULK,LEGACY,SUBSCRIPTION,,sub-1,USD,100.00,2026-01-06,2027-01-05,10.00,0.00,0.00,0.00,0.00,90.00,ACTIVE,A,MX,311
						PU-b-MONTHLY-01,PU-b-MONTHLY,PU-b,Zeta,AZURE_BULK,LEGACY,SUBSCRIPTION,,sub-1,USD,100.00,2026-01-06,2027-01-05,0.00,0.00,0.00,0.00,100.00,0.00,REVOKED,B,DE,
						""");
		assertThat(read("eligibility.csv")).isEqualTo("benefit_id,partner_id,billing_profile_id,status,reason_code\n"
				+ "PU-b-MONTHLY,Zeta,bp-a,NOT_ELIGIBLE,NOT_ELIGIBLE_ACCOUNT_TYPE\n");
		assertThat(read("revocations.csv"))
			.endsWith("\nPU-b,PU-b-MONTHLY,Zeta,2026-01-20,USD,100.00,100.00,0.00,0.00,0.00,1100.00\n");
	}

	@Test
	@DisplayName("forecast.csv: the open lot with a balance; its only charge is before as-of − 29, so it burns nothing")
	void forecastOfTheOpenLot() throws IOException {
		// when
		HandMadeResults.writeFiles(this.pages, this.temp);
		// then: 2026-02-28 to 2027-01-05 is 311 days
		assertThat(read("forecast.csv")).isEqualTo(
				"""
						lot_id,benefit_id,partner_id,partner_name,country,region,currency,closed_balance,end_date,days_to_expiry,burn_rate,projected_unused
						'=PU-a-BULK-01,'=PU-a-BULK,alpha,A,MX,,USD,90.00,2027-01-05,311,0.00,90.00
						""");
	}

	@Test
	@DisplayName("--csv-bom: every file starts with EF BB BF and is otherwise the same; without it, none does")
	void byteOrderMark() throws IOException {
		// given
		Path plain = this.temp.resolve("plain");
		Path bom = this.temp.resolve("bom");
		// when
		HandMadeResults.writeFiles(this.pages, plain);
		HandMadeResults.writeFiles(this.pages, bom, true);
		// then
		List<String> files = new ArrayList<>();
		try (var listed = Files.list(plain)) {
			listed.map(p -> p.getFileName().toString()).sorted().forEach(files::add);
		}
		assertThat(files).hasSize(9).contains("forecast.csv", "lots.csv");
		for (String file : files) {
			byte[] without = Files.readAllBytes(plain.resolve(file));
			byte[] with = Files.readAllBytes(bom.resolve(file));
			assertThat(without).as(file).isNotEmpty();
			assertThat(without[0]).as(file).isNotEqualTo((byte) 0xEF);
			assertThat(with).as(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			assertThat(Arrays.copyOfRange(with, 3, with.length)).as(file).isEqualTo(without);
		}
	}

	private String read(String file) throws IOException {
		return Files.readString(this.temp.resolve(file), StandardCharsets.UTF_8);
	}

}
