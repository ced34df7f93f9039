package com.creditsrecon.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.creditsrecon.jobs.store.Sha256;

/**
 * What a run published in its output folder, to compare two runs byte for byte: each
 * file's SHA-256, and run.json without its durations (the one thing that differs from one
 * run of the same inputs to the next). The store, the staging folder and the logs are not
 * outputs.
 */
public final class PublishedOutputs {

	private PublishedOutputs() {
	}

	/** Relative name to SHA-256 (run.json: its text without {@code durations_ms}). */
	public static Map<String, String> of(Path out) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> tree = Files.walk(out)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				String name = out.relativize(file).toString();
				if (name.startsWith(".") || name.startsWith("run.") && name.endsWith(".log")) {
					continue;
				}
				files.put(name, name.equals("run.json") ? withoutDurations(file) : Sha256.of(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static String withoutDurations(Path runJson) {
		JsonNode json = RunCommand.runJson(runJson.getParent());
		((ObjectNode) json).remove("durations_ms");
		return json.toString();
	}

}
