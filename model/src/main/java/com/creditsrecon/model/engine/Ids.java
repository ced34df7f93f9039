package com.creditsrecon.model.engine;

import java.util.Locale;

/**
 * Billing profile, subscription and user IDs are case-insensitive (extracts.md): maps are
 * keyed by this form, outputs keep the spelling of the defining extract.
 */
final class Ids {

	private Ids() {
	}

	static String key(String id) {
		return id.toLowerCase(Locale.ROOT);
	}

	/** The domain of a UPN, lower case; blank when it has none. */
	static String domain(String upn) {
		int at = upn.lastIndexOf('@');
		return at < 0 ? "" : key(upn.substring(at + 1));
	}

}
