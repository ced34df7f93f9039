package com.creditsrecon.jobs.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import com.creditsrecon.jobs.store.StoreTables;
import com.creditsrecon.reports.run.RunReport;

/**
 * Per input file, what the import did with its rows (rule V1: read = loaded + rejected)
 * and how many loaded usage rows a later export superseded (rule N1), kept in the store
 * so that a restarted run still reports the files an earlier attempt imported.
 */
public class ImportLedger {

	private final JdbcTemplate jdbc;

	public ImportLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Forgets every file: a new run starts. */
	public void clear() {
		this.jdbc.update("DELETE FROM " + StoreTables.INPUT_FILE);
	}

	/** Forgets what an earlier attempt recorded: the file is being imported again. */
	public void begin(InputFile file) {
		this.jdbc.update("DELETE FROM " + StoreTables.INPUT_FILE + " WHERE file_id = ?", file.id());
		this.jdbc.update(
				"INSERT INTO " + StoreTables.INPUT_FILE
						+ " (file_id, path, extract, export_seq, read_rows, loaded, rejected, superseded, sha256, held)"
						+ " VALUES (?, ?, ?, ?, 0, 0, 0, 0, NULL, FALSE)",
				file.id(), file.path(), file.extract(), file.exportSeq());
	}

	/**
	 * Records a file the store holds unchanged (rule N1), with the counts of the import
	 * that read it.
	 * @param held whether an earlier run imported it, not this run's earlier attempt
	 */
	public void hold(InputFile file, StoredInputs.Stored stored, boolean held) {
		begin(file);
		finish(file, stored.read(), stored.loaded(), stored.rejected(), stored.sha256());
		this.jdbc.update("UPDATE " + StoreTables.INPUT_FILE + " SET held = ? WHERE file_id = ?", held, file.id());
	}

	/**
	 * Records a usage file the store holds from an earlier night that the input no longer
	 * has: its export stays in effect (usage export runs accumulate), so it is reported
	 * with the input's.
	 * @param fileId a number after every input file's
	 */
	public void holdAbsent(int fileId, StoredInputs.Stored stored, long superseded) {
		this.jdbc.update("DELETE FROM " + StoreTables.INPUT_FILE + " WHERE file_id = ?", fileId);
		this.jdbc.update(
				"INSERT INTO " + StoreTables.INPUT_FILE
						+ " (file_id, path, extract, export_seq, read_rows, loaded, rejected, superseded, sha256, held)"
						+ " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, TRUE)",
				fileId, stored.path(), stored.extract(), stored.read(), stored.loaded(), stored.rejected(), superseded,
				stored.sha256());
	}

	/** Each file recorded, in input order, and whether the store held it (rule N1). */
	public Map<String, Boolean> held() {
		Map<String, Boolean> held = new LinkedHashMap<>();
		this.jdbc.query("SELECT path, held FROM " + StoreTables.INPUT_FILE + " ORDER BY file_id",
				(RowCallbackHandler) rs -> held.put(rs.getString(1), rs.getBoolean(2)));
		return held;
	}

	public void finish(InputFile file, long read, long loaded, long rejected, String sha256) {
		this.jdbc.update(
				"UPDATE " + StoreTables.INPUT_FILE
						+ " SET read_rows = ?, loaded = ?, rejected = ?, sha256 = ? WHERE file_id = ?",
				read, loaded, rejected, sha256, file.id());
	}

	public void setSuperseded(int fileId, long superseded) {
		this.jdbc.update("UPDATE " + StoreTables.INPUT_FILE + " SET superseded = ? WHERE file_id = ?", superseded,
				fileId);
	}

	/** Every file recorded, in input order. */
	public List<RunReport.InputFile> files() {
		return this.jdbc.query(
				"SELECT path, extract, read_rows, loaded, rejected, superseded, sha256 FROM " + StoreTables.INPUT_FILE
						+ " ORDER BY file_id",
				(rs, n) -> new RunReport.InputFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getString(7)));
	}

	/** Rows read and rejected by one extract, over all its files (rule V4). */
	public long[] readAndRejected(String extract) {
		return this.jdbc.queryForObject("SELECT COALESCE(SUM(read_rows), 0), COALESCE(SUM(rejected), 0) FROM "
				+ StoreTables.INPUT_FILE + " WHERE extract = ?", (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) },
				extract);
	}

}
