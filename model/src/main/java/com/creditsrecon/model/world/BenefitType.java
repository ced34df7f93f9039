package com.creditsrecon.model.world;

/**
 * The benefit types of rules.md K; every type but the two Azure ones is a product benefit
 * paid as Azure credits.
 */
public enum BenefitType {

	AZURE_MONTHLY, AZURE_BULK, COPILOT_SECURITY, GITHUB_COPILOT_ENTERPRISE, GITHUB_ENTERPRISE_METERED;

	public boolean isProduct() {
		return this != AZURE_MONTHLY && this != AZURE_BULK;
	}

}
