package com.creditsrecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.creditsrecon.generator.GenerateOptions;
import com.creditsrecon.generator.WorldGenerator;
import com.creditsrecon.generator.ActionAnswerKey;
import com.creditsrecon.jobs.ShuffledCopy;

/** A generated world through the real {@code run} command. */
class GeneratedWorldRunTests {

	/** The reason codes of rules M0–M5, L0–L3 and SM1–SM3. */
	private static final List<String> REASON_CODES = List.of("WRONG_EXPERIENCE", "BENEFIT_NOT_PROVISIONED",
			"ALREADY_REDEEMED", "BENEFIT_EXPIRED", "BENEFIT_REVOKED", "BENEFIT_COMPLETE", "NOT_PARTNER_ADMIN",
			"UNKNOWN_BILLING_PROFILE", "NOT_ELIGIBLE_ACCOUNT_TYPE", "NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT",
			"HAS_ACTIVE_CREDITS", "NO_PAYMENT_INSTRUMENT", "NO_CONTRIBUTOR_ACCESS", "ASSIGNMENT_IN_PROGRESS",
			"USER_ALREADY_ASSIGNED", "NO_SEAT_AVAILABLE", "REASSIGNMENT_NOT_ALLOWED", "REASSIGNMENT_LIMIT_REACHED",
			"USER_NOT_FOUND", "FREE_HOSTED_DOMAIN", "GUEST_USER_NOT_ALLOWED", "BULK_LIMIT_REACHED", "NOT_ASSIGNED_USER",
			"ALREADY_ACTIVE", "USER_NOT_ASSIGNED", "UNKNOWN_SUBSCRIPTION", "SUBSCRIPTION_MOVE_BLOCKED",
			"NO_CREDITS_ON_SUBSCRIPTION", "CREDITS_MOVE_OTHER_PROFILE", "NOT_SUPPORTED");

	@TempDir
	Path temp;

	@Test
	@DisplayName("V1, V2: a generated world imports with no rejects; the engine decides every action as scripted")
	void importsCleanlyAndEngineDecidesAsScripted() throws IOException {
		// given
		GenerateOptions options = GenerateOptions.defaults(30);
		Path in = this.temp.resolve("in");
		WorldGenerator.write(in, options);
		Path out = this.temp.resolve("out");
		// when
		GeneratedWorlds.Outcome run = GeneratedWorlds.cli("run", "--input", in.toString(), "--out", out.toString());
		// then
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(out.resolve("rejects")).doesNotExist();
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("run.json")));
		long superseded = 0;
		for (JsonNode file : json.get("inputs")) {
			assertThat(file.get("rejected").asLong()).as(file.get("file").asString()).isZero();
			assertThat(file.get("loaded").asLong()).isEqualTo(file.get("read").asLong());
			superseded += file.get("superseded").asLong();
		}
		assertThat(superseded).as("rule N1: the restating export supersedes rows").isPositive();
		Map<String, String> decided = new TreeMap<>();
		Set<String> reasons = new TreeSet<>();
		for (Map<String, String> row : GeneratedWorlds.rows(out.resolve("decisions.csv"))) {
			String outcome = row.get("outcome").equals("ACCEPTED") ? "ACCEPTED" : row.get("reason_code");
			decided.put(row.get("action_id"), outcome);
			reasons.add(outcome);
		}
		Map<String, String> meant = ActionAnswerKey.of(options);
		assertThat(decided).hasSize(GeneratedWorlds.rows(in.resolve("actions.csv")).size());
		List<String> differences = new ArrayList<>();
		meant.forEach((action, outcome) -> {
			if (!outcome.equals(decided.get(action))) {
				differences.add(action + ": meant " + outcome + ", decided " + decided.get(action));
			}
		});
		assertThat(differences).isEmpty();
		assertThat(reasons).containsAll(REASON_CODES).contains("ACCEPTED");
	}

	@Test
	@DisplayName("ShuffledCopy keeps every row, in another order, columns of extracts shuffled too")
	void shuffledCopyKeepsEveryRow() throws IOException {
		// given
		Path in = this.temp.resolve("in");
		WorldGenerator.write(in, GenerateOptions.defaults(12));
		Path copy = this.temp.resolve("copy");
		// when
		ShuffledCopy.copy(in, copy, 42);
		// then
		List<Path> files = new ArrayList<>();
		try (var walk = Files.walk(in)) {
			walk.filter(Files::isRegularFile).sorted().forEach(files::add);
		}
		boolean reordered = false;
		boolean columnsMoved = false;
		for (Path file : files) {
			Path other = copy.resolve(in.relativize(file).toString());
			List<Map<String, String>> original = GeneratedWorlds.rows(file);
			List<Map<String, String>> shuffled = GeneratedWorlds.rows(other);
			assertThat(sorted(shuffled)).as(file.toString()).isEqualTo(sorted(original));
			reordered |= !shuffled.equals(original);
			String header = Files.readAllLines(file).get(0);
			String otherHeader = Files.readAllLines(other).get(0);
			if (file.toString().contains("usage")) {
				assertThat(otherHeader).isEqualTo(header);
			}
			else {
				columnsMoved |= !otherHeader.equals(header);
			}
		}
		assertThat(reordered).isTrue();
		assertThat(columnsMoved).isTrue();
		ShuffledCopy.copy(in, this.temp.resolve("again"), 42);
		assertThat(Files.readString(this.temp.resolve("again/actions.csv")))
			.isEqualTo(Files.readString(copy.resolve("actions.csv")));
	}

	private static List<String> sorted(List<Map<String, String>> rows) {
		List<String> lines = new ArrayList<>();
		for (Map<String, String> row : rows) {
			lines.add(new TreeMap<>(new HashMap<>(row)).toString());
		}
		lines.sort(Comparator.naturalOrder());
		return lines;
	}

}
