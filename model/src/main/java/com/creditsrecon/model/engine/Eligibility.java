package com.creditsrecon.model.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.creditsrecon.model.result.EligibilityRow;

/**
 * Rule M7: what the redemption panel shows at the end of {@code as-of} for every
 * available modernized benefit and every billing profile of its partner.
 */
final class Eligibility {

	private Eligibility() {
	}

	static List<EligibilityRow> rows(PartnerState state, LocalDate asOf) {
		List<EligibilityRow> rows = new ArrayList<>();
		for (BenefitState benefit : state.benefits.values()) {
			if (!benefit.modernized || benefit.status != BenefitStatus.AVAILABLE) {
				continue;
			}
			for (ProfileState profile : state.profiles.values()) {
				ReasonCode blocker = Redemption.profileCheck(state, benefit, profile, asOf);
				if (blocker == null && !anyAdminCanDeposit(state, profile)) {
					blocker = ReasonCode.NO_CONTRIBUTOR_ACCESS;
				}
				rows.add(new EligibilityRow(benefit.benefitId, state.partner.partnerId(), profile.id(),
						panelStatus(blocker), blocker == null ? "" : blocker.name()));
			}
		}
		rows.sort(Comparator.comparing(EligibilityRow::benefitId).thenComparing(EligibilityRow::billingProfileId));
		return rows;
	}

	private static String panelStatus(ReasonCode blocker) {
		if (blocker == null) {
			return "ELIGIBLE_TO_REDEEM";
		}
		return switch (blocker) {
			case NOT_ELIGIBLE_ACCOUNT_TYPE, NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT -> "NOT_ELIGIBLE";
			case HAS_ACTIVE_CREDITS -> "HAS_ACTIVE_CREDITS";
			case NO_PAYMENT_INSTRUMENT -> "ADD_PAYMENT_INSTRUMENT";
			case NO_CONTRIBUTOR_ACCESS -> "GET_CONTRIBUTOR_ACCESS";
			default -> throw new IllegalStateException("not a panel status: " + blocker);
		};
	}

	private static boolean anyAdminCanDeposit(PartnerState state, ProfileState profile) {
		return state.users.values().stream().anyMatch(user -> user.partnerAdmin() && profile.canDeposit(user.upn()));
	}

}
