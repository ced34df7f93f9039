package com.creditsrecon.model.engine;

/** Rule P3. */
enum BenefitStatus {

	PENDING, AVAILABLE, PROVISIONED, ACTIVE, COMPLETE, EXPIRED, REVOKED

}
