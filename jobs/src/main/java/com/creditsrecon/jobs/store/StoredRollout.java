package com.creditsrecon.jobs.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.model.world.Partner;
import com.creditsrecon.model.world.Rollout;

/** The imported rollout, and the places it applies to (rule X1). */
public final class StoredRollout {

	private StoredRollout() {
	}

	/** rollout.csv (or {@code --rollout}) as imported. */
	public static Rollout read(JdbcTemplate jdbc) {
		Map<String, LocalDate> rollout = new LinkedHashMap<>();
		jdbc.query("SELECT rollout_scope, modernized_from FROM cr_rollout", rs -> {
			rollout.put(rs.getString(1), rs.getObject(2, LocalDate.class));
		});
		return new Rollout(rollout);
	}

	/**
	 * Each country and region that partners are in, once, as a partner of that place
	 * (rule X1 needs only those two).
	 */
	public static List<Partner> places(JdbcTemplate jdbc) {
		return jdbc.query("SELECT DISTINCT country, region FROM cr_partners ORDER BY country, region", (rs,
				n) -> new Partner("", "", rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2), List.of()));
	}

}
