package com.creditsrecon.model.world;

/**
 * A row of profile-roles.csv.
 *
 * @param role OWNER, CONTRIBUTOR, READER or INVOICE_MANAGER
 */
public record ProfileRole(String billingProfileId, String upn, String role) {

}
