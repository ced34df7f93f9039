package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.creditsrecon.generator.GeneratedPartner.Benefit;
import com.creditsrecon.generator.GeneratedPartner.Profile;
import com.creditsrecon.generator.GeneratedPartner.Purchase;
import com.creditsrecon.generator.GeneratedPartner.Reservation;
import com.creditsrecon.generator.GeneratedPartner.User;
import com.creditsrecon.model.engine.ReasonCode;

/**
 * Rules M0–M6: a modernized purchase's benefits deposited onto a billing profile, after
 * the hurdles its {@link RedemptionTurn}s put first. Each hurdle names a profile that
 * passes every earlier check of its rule, so the engine refuses it for the reason meant;
 * a hurdle the partner can fix (no card, no role) is fixed on a profile of its own, then
 * the deposit retried there.
 */
final class RedemptionStory extends FamilyStory {

	private final AccountChangeStory accountChanges;

	private final MoveStory moves;

	private final RevocationStory revocation;

	RedemptionStory(Script script, AccountChangeStory accountChanges, MoveStory moves, RevocationStory revocation) {
		super(script);
		this.accountChanges = accountChanges;
		this.moves = moves;
		this.revocation = revocation;
	}

	/**
	 * The benefits of the purchase the story deposits, those it lets expire, and the one
	 * its hurdles name.
	 */
	private record Choice(List<Benefit> redeem, List<Benefit> lapse, Benefit probe) {

	}

	/** Where a deposit goes, who makes it, and when. */
	private record Deposit(Profile target, User actor, LocalDateTime at) {

	}

	void tell(Purchase purchase, Set<RedemptionTurn> turns) {
		if (turns.contains(RedemptionTurn.EARLY)) {
			tooEarly(purchase);
		}
		Choice choice = choose(purchase, turns);
		LocalDate last = this.script.lastDay(purchase);
		for (Benefit benefit : choice.redeem()) {
			last = Script.min(last, benefit.activateBy());
		}
		last = Script.min(last, choice.probe().activateBy());
		boolean redeemed = false;
		if (!turns.contains(RedemptionTurn.UNTOUCHED) && !last.isBefore(purchase.provisioned())) {
			redeemed = attempt(purchase, turns, choice, last);
		}
		if (purchase.revokedOn() != null && turns.contains(RedemptionTurn.AFTER_REVOCATION)) {
			this.revocation.redeemedAfterRevocation(purchase, redeemed ? choice.redeem() : List.of());
		}
	}

	/** M0: BENEFIT_NOT_PROVISIONED, a deposit in the days before provisioning. */
	private void tooEarly(Purchase purchase) {
		LocalDate day = purchase.date.plusDays(1 + this.script.random.nextInt(3));
		if (day.isBefore(purchase.provisioned()) && this.script.live(purchase, day)) {
			byAdmin(this.script.morning(day), ActionType.REDEEM).benefit(purchase.benefits.get(0))
				.profile(this.script.partner.home())
				.rejected(ReasonCode.BENEFIT_NOT_PROVISIONED);
		}
	}

	private Choice choose(Purchase purchase, Set<RedemptionTurn> turns) {
		List<Benefit> redeem = new ArrayList<>();
		List<Benefit> lapse = new ArrayList<>();
		for (Benefit benefit : purchase.benefits) {
			if (turns.contains(RedemptionTurn.UNTOUCHED)) {
				continue;
			}
			if (turns.contains(RedemptionTurn.LET_EXPIRE) && benefit.activateBy() != null) {
				lapse.add(benefit);
			}
			else if (!turns.contains(RedemptionTurn.LEAVE_SOME) || !benefit.spec.isProduct()
					|| this.script.random.nextBoolean()) {
				redeem.add(benefit);
			}
		}
		Benefit probe = !redeem.isEmpty() ? redeem.get(0) : !lapse.isEmpty() ? lapse.get(0) : purchase.benefits.get(0);
		return new Choice(redeem, lapse, probe);
	}

	/**
	 * The hurdles, then the deposit (M6) if there is time left, then the attempts on the
	 * benefits let expire.
	 * @return whether the benefits were deposited
	 */
	private boolean attempt(Purchase purchase, Set<RedemptionTurn> turns, Choice choice, LocalDate last) {
		LocalDate provisioned = purchase.provisioned();
		int span = (int) Math.max(0, Math.min(8, GeneratedPartner.daysBetween(provisioned, last) - 3));
		LocalDate first = provisioned.plusDays(this.script.random.nextInt(span + 1));
		LocalDateTime at = hurdles(turns, choice.probe(), this.script.morning(first));
		Deposit deposit = target(purchase, turns, choice, first, at);
		boolean redeemed = false;
		if (!choice.redeem().isEmpty() && !deposit.at().toLocalDate().isAfter(last)) {
			deposit(purchase, turns, choice.redeem(), deposit);
			redeemed = true;
		}
		for (Benefit benefit : choice.lapse()) {
			LocalDate day = benefit.activateBy().plusDays(1 + this.script.random.nextInt(10));
			if (this.script.live(purchase, day)) {
				byAdmin(this.script.morning(day), ActionType.REDEEM).benefit(benefit)
					.profile(deposit.target())
					.rejected(ReasonCode.BENEFIT_EXPIRED);
			}
		}
		return redeemed;
	}

	/**
	 * The hurdles no fix removes, one after another: the legacy action (L0), a member
	 * (M0), another partner's profile (M0), an ineligible profile (M1), another billing
	 * account's (M2).
	 * @return the moment after the last
	 */
	private LocalDateTime hurdles(Set<RedemptionTurn> turns, Benefit probe, LocalDateTime at) {
		User admin = this.cast.admin();
		if (turns.contains(RedemptionTurn.WRONG_ACTION)) {
			this.script.at(at, ActionType.ASSIGN)
				.by(admin)
				.benefit(probe)
				.user(this.cast.member())
				.rejected(ReasonCode.WRONG_EXPERIENCE);
			at = this.script.later(at);
		}
		if (turns.contains(RedemptionTurn.NON_ADMIN)) {
			this.script.at(at, ActionType.REDEEM)
				.by(this.cast.member())
				.benefit(probe)
				.profile(this.script.partner.home())
				.rejected(ReasonCode.NOT_PARTNER_ADMIN);
			at = this.script.later(at);
		}
		if (turns.contains(RedemptionTurn.FOREIGN_PROFILE) && this.script.foreign >= 0) {
			this.script.at(at, ActionType.REDEEM)
				.by(admin)
				.benefit(probe)
				.profile(Ids.profileId(this.script.seed, this.script.foreign, 0))
				.rejected(ReasonCode.UNKNOWN_BILLING_PROFILE);
			at = this.script.later(at);
		}
		boolean create = turns.contains(RedemptionTurn.CREATE);
		if (turns.contains(RedemptionTurn.INELIGIBLE)) {
			at = refusedOn(this.profiles.ineligibleProfile(create), probe, at, ReasonCode.NOT_ELIGIBLE_ACCOUNT_TYPE);
		}
		if (turns.contains(RedemptionTurn.OTHER_ACCOUNT)) {
			at = refusedOn(this.profiles.otherAccountProfile(create), probe, at,
					ReasonCode.NOT_ELIGIBLE_OTHER_BILLING_ACCOUNT);
		}
		return at;
	}

	/**
	 * A deposit onto {@code profile} refused for {@code reason}, and the next attempt's
	 * moment; none without a profile.
	 */
	private LocalDateTime refusedOn(Profile profile, Benefit probe, LocalDateTime at, ReasonCode reason) {
		if (profile == null) {
			return at;
		}
		refuse(profile, probe, at, reason);
		return this.script.later(at);
	}

	private void refuse(Profile profile, Benefit probe, LocalDateTime at, ReasonCode reason) {
		byAdmin(at, ActionType.REDEEM).benefit(probe).profile(profile).rejected(reason);
	}

	/**
	 * Where the deposit goes: a profile of its own for the hurdles the partner fixes (M4,
	 * M5); the home profile when nothing is deposited; else the first shared profile that
	 * passes M1–M5 and holds no other purchase's credits then, after a busy one (M3), or
	 * a new one.
	 */
	private Deposit target(Purchase purchase, Set<RedemptionTurn> turns, Choice choice, LocalDate first,
			LocalDateTime at) {
		if (turns.contains(RedemptionTurn.NO_INSTRUMENT) || turns.contains(RedemptionTurn.NO_ROLE)) {
			return fixedHurdles(turns, choice.probe(), first, at);
		}
		if (choice.redeem().isEmpty()) {
			return new Deposit(this.script.partner.home(), this.cast.admin(), at);
		}
		LocalDate until = this.script.reservationEnd(purchase, choice.redeem(), at.toLocalDate().plusDays(2));
		if (turns.contains(RedemptionTurn.BUSY)) {
			at = refusedOn(this.profiles.busyProfile(at.toLocalDate(), purchase), choice.probe(), at,
					ReasonCode.HAS_ACTIVE_CREDITS);
		}
		for (Profile profile : this.profiles.candidates()) {
			User able = this.profiles.ableAdmin(profile, at);
			if (able != null && profile.isEligibleType() && profile.account.equals(this.script.partner.mainAccount)
					&& profile.hasPaymentInstrumentAt(at)
					&& !profile.isReservedBetween(at.toLocalDate(), until, purchase)) {
				return new Deposit(profile, able, at);
			}
		}
		return new Deposit(newEligibleProfile(at.toLocalDate()), this.cast.admin(), at);
	}

	/**
	 * An MCA profile opened weeks before, under the main account, with a subscription.
	 */
	private Profile newEligibleProfile(LocalDate day) {
		GeneratedPartner partner = this.script.partner;
		Profile target = this.script.tenant.profile(partner.mainAccount, "MCA_STANDARD", partner.currency, true,
				day.minusDays(1 + this.script.random.nextInt(30)), false);
		target.roles.put(this.cast.admin().upn, "OWNER");
		this.script.tenant.listedSubscription(target, target.createdOn.plusDays(this.script.random.nextInt(2)));
		return target;
	}

	/**
	 * M4 and M5 on a profile of their own: NO_PAYMENT_INSTRUMENT, then a card is added;
	 * NO_CONTRIBUTOR_ACCESS, then another admin grants the role; each time retried.
	 */
	private Deposit fixedHurdles(Set<RedemptionTurn> turns, Benefit probe, LocalDate first, LocalDateTime at) {
		boolean noInstrument = turns.contains(RedemptionTurn.NO_INSTRUMENT);
		boolean noRole = turns.contains(RedemptionTurn.NO_ROLE);
		User admin = this.cast.admin();
		Profile target = this.script.tenant.dedicatedProfile(first.minusDays(1 + this.script.random.nextInt(20)),
				!noInstrument);
		target.roles.put(admin.upn, noRole ? this.script.pick(List.of("READER", "INVOICE_MANAGER")) : "OWNER");
		if (noInstrument) {
			refuse(target, probe, at, ReasonCode.NO_PAYMENT_INSTRUMENT);
			at = awhileLater(at);
			this.accountChanges.paymentInstrument(target, at, true, admin);
			at = this.script.later(at);
		}
		if (noRole) {
			refuse(target, probe, at, ReasonCode.NO_CONTRIBUTOR_ACCESS);
			at = awhileLater(at);
			List<User> admins = this.script.partner.admins();
			User granter = admins.size() > 1 ? admins.get(1) : admin;
			String role = this.script.pick(List.of("CONTRIBUTOR", "OWNER"));
			this.accountChanges.grantRole(target, at, granter, admin, role);
			at = this.script.later(at);
		}
		return new Deposit(target, admin, at);
	}

	/** The time it takes to add a card or get a role: minutes to hours. */
	private LocalDateTime awhileLater(LocalDateTime at) {
		return at.plusMinutes(20 + this.script.random.nextInt(160));
	}

	/**
	 * M6: each benefit deposited, minutes apart; the profile is then reserved for the
	 * purchase's lots; then, as the turns say, a second deposit (M0) and the moves a
	 * large credit blocks (SM1).
	 */
	private void deposit(Purchase purchase, Set<RedemptionTurn> turns, List<Benefit> redeem, Deposit deposit) {
		LocalDateTime at = deposit.at();
		LocalDate day = at.toLocalDate();
		for (Benefit benefit : redeem) {
			this.script.at(at, ActionType.REDEEM)
				.by(deposit.actor())
				.benefit(benefit)
				.profile(deposit.target())
				.accepted();
			at = at.plusMinutes(1 + this.script.random.nextInt(10));
		}
		boolean large = purchase.offer.large() && redeem.stream().anyMatch(b -> b.spec.isBulk());
		deposit.target().reservations
			.add(new Reservation(purchase, day, this.script.reservationEnd(purchase, redeem, day), large));
		if (turns.contains(RedemptionTurn.TWICE)) {
			LocalDate again = day.plusDays(1 + this.script.random.nextInt(20));
			if (this.script.live(purchase, again)) {
				Profile where = this.script.random.nextBoolean() ? deposit.target() : this.script.partner.home();
				byAdmin(this.script.morning(again), ActionType.REDEEM).benefit(redeem.get(0))
					.profile(where)
					.rejected(ReasonCode.ALREADY_REDEEMED);
			}
		}
		if (turns.contains(RedemptionTurn.BLOCK_MOVES) && large) {
			this.moves.blockedAndAcceptedMoves(deposit.target(), day, purchase);
		}
	}

}
