package com.creditsrecon.jobs.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import com.creditsrecon.jobs.store.Sha256;

/**
 * What the store holds of the inputs imported before (rule N1): per extract, the file its
 * table was loaded from; per usage file, the file its daily sums were taken from; each
 * with its SHA-256, so that a file imported before loads nothing again. A row is written
 * when its file's import completes and removed when a new import of it starts, so that a
 * kill half-way leaves the file to import again. A {@code run} starts with none
 * ({@link #clear}); a nightly run keeps them from one night to the next.
 */
public class StoredInputs {

	/** One row per stored file. */
	public static final String TABLE = "cr_stored_input";

	/**
	 * Named values of the store's import: the generation of the reference extracts the
	 * store holds.
	 */
	public static final String STATE = "cr_store_state";

	/** The state value naming the reference extracts' generation, once all are in. */
	static final String REFERENCES = "references";

	/** The SHA-256 recorded for an extract the input does not have. */
	public static final String ABSENT = "-";

	private static final RowMapper<Stored> ROW = (rs, n) -> new Stored(rs.getString("file_key"),
			rs.getString("extract"), rs.getString("export_key"), rs.getString("path"), rs.getString("sha256"),
			rs.getLong("file_size"), rs.getLong("modified"), rs.getString("generation"), rs.getLong("read_rows"),
			rs.getLong("loaded"), rs.getLong("rejected"), rs.getString("periods"), rs.getLong("imported_by"));

	private final JdbcTemplate jdbc;

	public StoredInputs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored file.
	 *
	 * @param key {@link #key(InputFile)}
	 * @param export the usage file's export key ({@link InputFile#export()}), else null
	 * @param sha256 the content's digest, {@link #ABSENT} for an extract with no file
	 * @param size its size in bytes when it was imported
	 * @param modified its modification time (ms) when it was imported
	 * @param generation the reference generation a reported extract was resolved under
	 * @param periods a usage file's billing periods ({@code yyyy-MM-dd}, comma-separated)
	 * @param importedBy the job instance that imported it: a file is held from an earlier
	 * run only when another instance imported it (a restart's own earlier attempt is the
	 * same run)
	 */
	public record Stored(String key, String extract, String export, String path, String sha256, long size,
			long modified, String generation, long read, long loaded, long rejected, String periods, long importedBy) {

		/** Whether {@code digest} is this file's content. */
		public boolean holds(FileDigest digest) {
			return this.sha256.equals(digest.sha256());
		}

	}

	/**
	 * The key of a file: its extract's name, or for a usage file its export and path (one
	 * export's file, restated in place, replaces what it held).
	 */
	public static String key(InputFile file) {
		return file.export() == null ? file.extract() : file.extract() + "|" + file.export() + "|" + file.path();
	}

	/** A short name for the key, usable as a folder name. */
	public static String folderName(String key) {
		return Sha256.of(key).substring(0, 32);
	}

	public Optional<Stored> find(String key) {
		return this.jdbc.query("SELECT * FROM " + TABLE + " WHERE file_key = ?", ROW, key).stream().findFirst();
	}

	/** Every stored file, by key: what a plan of an import looks up, in one query. */
	public Map<String, Stored> all() {
		Map<String, Stored> all = new HashMap<>();
		this.jdbc.query("SELECT * FROM " + TABLE, ROW).forEach(stored -> all.put(stored.key(), stored));
		return all;
	}

	/** Forgets a file: its import starts again. */
	public void forget(String key) {
		this.jdbc.update("DELETE FROM " + TABLE + " WHERE file_key = ?", key);
	}

	/** Records a file whose import completed, in place of what was there. */
	public void record(Stored stored) {
		forget(stored.key());
		this.jdbc.update(
				"INSERT INTO " + TABLE + " (file_key, extract, export_key, path, sha256, file_size, modified,"
						+ " generation, read_rows, loaded, rejected, periods, imported_by)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				stored.key(), stored.extract(), stored.export(), stored.path(), stored.sha256(), stored.size(),
				stored.modified(), stored.generation(), stored.read(), stored.loaded(), stored.rejected(),
				stored.periods(), stored.importedBy());
	}

	/**
	 * Every usage file in the store, whether the input still has it or not (usage export
	 * runs accumulate): in export order, then by path.
	 */
	public List<Stored> usage() {
		return this.jdbc.query("SELECT * FROM " + TABLE + " WHERE extract = ?", ROW, InputCatalog.USAGE)
			.stream()
			.sorted(java.util.Comparator.comparing(Stored::export).thenComparing(Stored::path))
			.toList();
	}

	public Optional<String> state(String name) {
		return this.jdbc.queryForList("SELECT state_value FROM " + STATE + " WHERE name = ?", String.class, name)
			.stream()
			.findFirst();
	}

	public void setState(String name, String value) {
		clearState(name);
		this.jdbc.update("INSERT INTO " + STATE + " (name, state_value) VALUES (?, ?)", name, value);
	}

	public void clearState(String name) {
		this.jdbc.update("DELETE FROM " + STATE + " WHERE name = ?", name);
	}

	/** Forgets every file: a {@code run} imports its input afresh. */
	public void clear() {
		this.jdbc.update("DELETE FROM " + TABLE);
		this.jdbc.update("DELETE FROM " + STATE);
	}

}
