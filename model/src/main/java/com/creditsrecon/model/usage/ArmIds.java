package com.creditsrecon.model.usage;

import java.util.Locale;

/**
 * Azure Resource Manager paths as IDs: {@code /subscriptions/<id>} means {@code <id>}.
 */
public final class ArmIds {

	private ArmIds() {
	}

	/** The last segment of an ARM path, lower case; other text lower case as it is. */
	public static String normalize(String id) {
		int end = id.length();
		while (end > 0 && id.charAt(end - 1) == '/') {
			end--;
		}
		int slash = id.lastIndexOf('/', end - 1);
		return id.substring(slash + 1, end).toLowerCase(Locale.ROOT);
	}

}
