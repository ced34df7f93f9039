package com.creditsrecon.reports.page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.creditsrecon.reports.run.RunReport;

/**
 * Writes the page of an existing output folder, from its run.json, and prints how long it
 * took: {@code ReportPageDemo FOLDER [REPEATS]}. For looking at the page and timing it;
 * not a test.
 */
public final class ReportPageDemo {

	private ReportPageDemo() {
	}

	public static void main(String[] args) {
		Path folder = Path.of(args[0]);
		int repeats = (args.length > 1) ? Integer.parseInt(args[1]) : 1;
		RunReport run = fromRunJson(folder);
		for (int i = 0; i < repeats; i++) {
			long start = System.nanoTime();
			ReportPage.write(folder, run);
			System.out.printf("report written in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		}
	}

	static RunReport fromRunJson(Path folder) {
		JsonNode json = JsonMapper.builder().build().readTree(folder.resolve("run.json").toFile());
		Map<String, String> policy = new LinkedHashMap<>();
		json.get("policy").properties().forEach((e) -> policy.put(e.getKey(), e.getValue().asString()));
		List<RunReport.InputFile> inputs = new ArrayList<>();
		for (JsonNode input : json.get("inputs")) {
			inputs.add(new RunReport.InputFile(input.get("file").asString(), input.get("extract").asString(),
					input.get("read").asLong(), input.get("loaded").asLong(), input.get("rejected").asLong(),
					input.get("superseded").asLong(), input.get("sha256").asString()));
		}
		JsonNode asOf = json.get("as_of");
		return new RunReport("run", (asOf == null || asOf.isNull()) ? null : LocalDate.parse(asOf.asString()),
				json.get("exit_code").asInt(), null, policy, inputs, List.of(), List.of(), Map.of());
	}

}
