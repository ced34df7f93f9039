package com.creditsrecon.jobs.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import com.creditsrecon.model.world.Partner;

/**
 * The imported partners by ID, for the output files that name a partner's name and
 * country beside its ID (lots.csv, benefits.csv, breaks.csv, forecast.csv): one entry per
 * partner, never more.
 */
public final class StoredPartners {

	private StoredPartners() {
	}

	/**
	 * Every partner of the store ({@code tenant_domains} left out: no output needs it).
	 */
	public static Map<String, Partner> load(JdbcTemplate jdbc) {
		Map<String, Partner> partners = new HashMap<>();
		jdbc.query("SELECT partner_id, partner_name, country, region FROM cr_partners", rs -> {
			partners.put(rs.getString(1),
					new Partner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of()));
		});
		return partners;
	}

}
