package com.creditsrecon.model.world;

import java.util.List;

/**
 * A row of partners.csv.
 *
 * @param region blank when the partner has none
 * @param tenantDomains lower-case verified company domains (rule L1)
 */
public record Partner(String partnerId, String partnerName, String country, String region, List<String> tenantDomains) {

	public Partner {
		region = region == null ? "" : region;
		tenantDomains = List.copyOf(tenantDomains);
	}

}
