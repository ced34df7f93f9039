package com.creditsrecon.model.engine;

import java.util.ArrayList;
import java.util.List;

import com.creditsrecon.model.world.Action;
import com.creditsrecon.model.world.Purchase;
import com.creditsrecon.model.world.UsageSum;

/** What happens on one day, by the steps of rule T2. */
final class Agenda {

	/** Step 1: purchases revoked at the start of the day (RV1). */
	final List<Purchase> revocations = new ArrayList<>();

	/** Step 2: benefits provisioned (P1). */
	final List<BenefitState> provisions = new ArrayList<>();

	/** Step 3: benefits whose next lot opens (K2). */
	final List<BenefitState> lotOpenings = new ArrayList<>();

	/** Step 4. */
	final List<Action> actions = new ArrayList<>();

	/** Step 5. */
	final List<UsageSum> usage = new ArrayList<>();

	/** Step 6: lots whose window ends (K4). */
	final List<LotState> lotClosings = new ArrayList<>();

	/** Step 6, after the lots: benefits whose activate-by day it is (P2). */
	final List<BenefitState> activateByDeadlines = new ArrayList<>();

}
