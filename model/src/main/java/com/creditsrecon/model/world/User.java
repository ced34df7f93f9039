package com.creditsrecon.model.world;

/**
 * A row of users.csv.
 *
 * @param userType MEMBER or GUEST
 */
public record User(String upn, String partnerId, String userType, boolean partnerAdmin) {

	public boolean isGuest() {
		return this.userType.equals("GUEST");
	}

}
