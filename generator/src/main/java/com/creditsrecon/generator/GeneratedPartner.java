package com.creditsrecon.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.creditsrecon.model.engine.ReasonCode;

/**
 * Everything generated for one partner before its rows are written: its tenant, billing
 * profiles, users, subscriptions, purchases and actions, with the little state the action
 * script needs to know what the engine will decide (reservations of profiles by deposited
 * credits, users holding bulk credits, payment instruments and roles over time). Small:
 * one partner at a time is in memory.
 */
final class GeneratedPartner {

	final int index;

	final String partnerId;

	final String name;

	final Country country;

	final String region;

	final String currency;

	/** Lower-case company domain root, unique to the partner. */
	final String slug;

	final List<String> tenantDomains;

	/** Rule X1: the day this partner's purchases become MODERNIZED; null for never. */
	final LocalDate rollout;

	final String mainAccount;

	final List<Profile> profiles = new ArrayList<>();

	final List<User> users = new ArrayList<>();

	final List<Subscription> subscriptions = new ArrayList<>();

	final List<Purchase> purchases = new ArrayList<>();

	final List<Action> actions = new ArrayList<>();

	/** The extra billing accounts of profiles not under the main one. */
	int accounts = 1;

	GeneratedPartner(int index, String partnerId, String name, Country country, String region, String currency,
			String slug, List<String> tenantDomains, LocalDate rollout, String mainAccount) {
		this.index = index;
		this.partnerId = partnerId;
		this.name = name;
		this.country = country;
		this.region = region;
		this.currency = currency;
		this.slug = slug;
		this.tenantDomains = List.copyOf(tenantDomains);
		this.rollout = rollout;
		this.mainAccount = mainAccount;
	}

	Profile home() {
		return this.profiles.get(0);
	}

	User user(String upn) {
		for (User user : this.users) {
			if (user.upn.equalsIgnoreCase(upn)) {
				return user;
			}
		}
		return null;
	}

	List<User> admins() {
		return this.users.stream().filter(u -> u.admin).toList();
	}

	/** Puts the actions in the order of actions.csv: by moment, then as written. */
	void sortActions() {
		this.actions.sort(Comparator.comparing(Action::at).thenComparingLong(Action::order));
	}

	/** The actions in their order, by the action ID each gets in actions.csv. */
	Map<String, Action> actionsById() {
		Map<String, Action> byId = new LinkedHashMap<>();
		for (Action action : this.actions) {
			byId.put(Ids.actionId(this.partnerId, byId.size() + 1), action);
		}
		return byId;
	}

	/** Rule X2. */
	boolean isModernized(LocalDate purchaseDate) {
		return this.rollout != null && !purchaseDate.isBefore(this.rollout);
	}

	/** What a user is, for the rules of L1. */
	enum UserKind {

		/** A member with a company domain who is a partner admin. */
		ADMIN,
		/** A member with a company domain. */
		MEMBER,
		/** An external user invited into the tenant (user_type GUEST). */
		GUEST,
		/** A member whose UPN is at a free e-mail host (L1 step 6). */
		FREE_HOSTED,
		/** A member whose domain is none of the tenant's domains (L1 step 6). */
		OUTSIDER

	}

	static final class User {

		final String upn;

		final UserKind kind;

		final boolean admin;

		/** Days (both included) on which this user holds a legacy AZURE_BULK benefit. */
		final List<LocalDate[]> bulkHolds = new ArrayList<>();

		User(String upn, UserKind kind) {
			this.upn = upn;
			this.kind = kind;
			this.admin = kind == UserKind.ADMIN;
		}

		String userType() {
			return this.kind == UserKind.GUEST ? "GUEST" : "MEMBER";
		}

		/** May hold a bulk or product credit (L1 step 6). */
		boolean hasCompanyDomain() {
			return this.kind == UserKind.ADMIN || this.kind == UserKind.MEMBER;
		}

		boolean holdsBulk(LocalDate from, LocalDate to) {
			for (LocalDate[] hold : this.bulkHolds) {
				if (!hold[0].isAfter(to) && !from.isAfter(hold[1])) {
					return true;
				}
			}
			return false;
		}

		String localPart() {
			return this.upn.substring(0, this.upn.indexOf('@'));
		}

	}

	static final class Profile {

		final String id;

		final String account;

		final String type;

		final String currency;

		final boolean paymentInstrument;

		final LocalDate createdOn;

		/**
		 * Made for one scenario of the script: no other story deposits credits on it.
		 */
		final boolean dedicated;

		/** profile-roles.csv: UPN to role, as the extract states them. */
		final Map<String, String> roles = new LinkedHashMap<>();

		/** Changes of the payment instrument by actions (rule A1). */
		final List<Change> instrumentChanges = new ArrayList<>();

		/**
		 * Changes of roles by actions (rule A1): value is the role, null when revoked.
		 */
		final List<Change> roleChanges = new ArrayList<>();

		/** Deposited modernized credits: which purchase's lots may be open when. */
		final List<Reservation> reservations = new ArrayList<>();

		Profile(String id, String account, String type, String currency, boolean paymentInstrument, LocalDate createdOn,
				boolean dedicated) {
			this.id = id;
			this.account = account;
			this.type = type;
			this.currency = currency;
			this.paymentInstrument = paymentInstrument;
			this.createdOn = createdOn;
			this.dedicated = dedicated;
		}

		/** Rule M1. */
		boolean isEligibleType() {
			return this.type.equals("MCA_STANDARD") || this.type.equals("MCA_PREMIER");
		}

		boolean hasPaymentInstrumentAt(LocalDateTime at) {
			boolean value = this.paymentInstrument;
			for (Change change : this.instrumentChanges) {
				if (!change.at().isAfter(at)) {
					value = Boolean.parseBoolean(change.value());
				}
			}
			return value;
		}

		String roleAt(String upn, LocalDateTime at) {
			String role = this.roles.get(upn);
			for (Change change : this.roleChanges) {
				if (change.upn().equals(upn) && !change.at().isAfter(at)) {
					role = change.value();
				}
			}
			return role;
		}

		/** Rule M5. */
		boolean canDepositAt(String upn, LocalDateTime at) {
			String role = roleAt(upn, at);
			return "OWNER".equals(role) || "CONTRIBUTOR".equals(role);
		}

		/**
		 * Whether credits of a purchase other than {@code purchase} may be open on this
		 * profile at some day of [from, to].
		 */
		boolean isReservedBetween(LocalDate from, LocalDate to, Purchase purchase) {
			for (Reservation reservation : this.reservations) {
				if (reservation.purchase() != purchase && !reservation.from().isAfter(to)
						&& !from.isAfter(reservation.to())) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether a large credit of another purchase surely holds a balance on this
		 * profile that day (rule M3 rejects then, and SM1 blocks).
		 */
		boolean isSurelyBusyOn(LocalDate day, Purchase purchase) {
			for (Reservation reservation : this.reservations) {
				// deposited on an earlier day: surely before any attempt of this day
				if (reservation.large() && reservation.purchase() != purchase && reservation.from().isBefore(day)
						&& !day.isAfter(reservation.to())) {
					return true;
				}
			}
			return false;
		}

	}

	/** A change made by an action at a moment. */
	record Change(LocalDateTime at, String upn, String value) {

	}

	/**
	 * Credits of a purchase deposited on a profile: lots may be open from {@code from} to
	 * {@code to}; {@code large} when a large bulk credit is among them.
	 */
	record Reservation(Purchase purchase, LocalDate from, LocalDate to, boolean large) {

	}

	static final class Subscription {

		final String id;

		/** Listed in subscriptions.csv (else created by an ASSIGN action). */
		final boolean listed;

		final LocalDate createdOn;

		/** The first day it may have usage. */
		final LocalDate from;

		/** Days from which it lives under a profile, in time order. */
		final List<LocalDate> profileDays = new ArrayList<>();

		final List<Profile> profileHistory = new ArrayList<>();

		/** Named by a scenario of the script: no random move touches it. */
		boolean reserved;

		/** How much of the partner's usage it gets, relative to the others. */
		int weight = 2;

		Subscription(String id, boolean listed, Profile profile, LocalDate createdOn, LocalDate from) {
			this.id = id;
			this.listed = listed;
			this.createdOn = createdOn;
			this.from = from;
			this.profileDays.add(LocalDate.MIN);
			this.profileHistory.add(profile);
		}

		Profile profile() {
			return this.profileHistory.get(0);
		}

		Profile profileOn(LocalDate day) {
			Profile profile = this.profileHistory.get(0);
			for (int i = 0; i < this.profileDays.size(); i++) {
				if (!this.profileDays.get(i).isAfter(day)) {
					profile = this.profileHistory.get(i);
				}
			}
			return profile;
		}

		void moveTo(Profile profile, LocalDate day) {
			this.profileDays.add(day);
			this.profileHistory.add(profile);
		}

	}

	/** What a purchase's benefits go through in the action script. */
	enum Story {

		/** Random: mostly plain, now and then a hurdle. */
		RANDOM,
		/** Modernized: every M0–M5 hurdle in turn, fixed, then redeemed. */
		MOD_HURDLES,
		/** Modernized: a large deposit that blocks the next purchase (M3, SM1). */
		MOD_BLOCKER,
		/** Modernized: tries a profile holding another purchase's credits first. */
		MOD_BUSY,
		/** Modernized: left until its activate-by day has passed. */
		MOD_LAPSE,
		/** Modernized: redeemed, then its purchase is cancelled. */
		MOD_REVOKED,
		/** Legacy: every L0–L2 hurdle in turn, then a refused reassignment. */
		LEG_HURDLES,
		/** Legacy monthly credit: five reassignments, then the limit. */
		LEG_MONTHLY,
		/** Legacy bulk credit held by a user ... */
		LEG_BULK_FIRST,
		/** ... whom the next bulk credit cannot go to (L1 step 7). */
		LEG_BULK_SECOND,
		/** Legacy: activated after its activate-by day. */
		LEG_LATE,
		/** Legacy monthly credit of a short membership: complete, then removed. */
		LEG_COMPLETE,
		/** Legacy: its purchase is revoked, then assigned. */
		LEG_REVOKED,
		/** Legacy: subscription and credit moves (SM1–SM3). */
		LEG_MOVES

	}

	static final class Purchase {

		final String id;

		final OfferCatalog.Offer offer;

		final LocalDate date;

		final LocalDate membershipEnd;

		final String status;

		final LocalDate statusDate;

		final boolean modernized;

		final Story story;

		final List<Benefit> benefits = new ArrayList<>();

		Purchase(String id, OfferCatalog.Offer offer, LocalDate date, LocalDate membershipEnd, String status,
				LocalDate statusDate, boolean modernized, Story story) {
			this.id = id;
			this.offer = offer;
			this.date = date;
			this.membershipEnd = membershipEnd;
			this.status = status;
			this.statusDate = statusDate;
			this.modernized = modernized;
			this.story = story;
			for (OfferCatalog.Benefit benefit : offer.benefits()) {
				this.benefits.add(new Benefit(this, benefit));
			}
		}

		/** Rule P1, default policy: four days after the purchase. */
		LocalDate provisioned() {
			return this.date.plusDays(4);
		}

		/** Rule RV1: the day it is revoked, null when it is not. */
		LocalDate revokedOn() {
			if (this.statusDate == null) {
				return null;
			}
			return this.statusDate.isBefore(this.date) ? this.date : this.statusDate;
		}

	}

	static final class Benefit {

		final Purchase purchase;

		final OfferCatalog.Benefit spec;

		final String id;

		Benefit(Purchase purchase, OfferCatalog.Benefit spec) {
			this.purchase = purchase;
			this.spec = spec;
			this.id = purchase.id + "-" + spec.code();
		}

		/** Rule P2: null when there is no limit. */
		LocalDate activateBy() {
			Integer within = this.spec.activateWithinDays();
			return within == null ? null : this.purchase.provisioned().plusDays(within);
		}

		/**
		 * The last day its lots may be open when it starts on {@code start} (rules K2,
		 * K3, default ANNIVERSARY policy).
		 */
		LocalDate lotsEnd(LocalDate start) {
			if (!this.spec.isMonthly()) {
				return start.plusYears(1).minusDays(1);
			}
			LocalDate validity = start.plusMonths(13).minusDays(1);
			return this.purchase.membershipEnd.isBefore(validity) ? this.purchase.membershipEnd : validity;
		}

	}

	/**
	 * One row of actions.csv before it has an ID; {@code order} keeps the script's order
	 * among actions of the same moment; {@code rejection} is the reason code the script
	 * means the engine to give, null when it means it to accept (not written).
	 */
	record Action(LocalDateTime at, long order, ActionType type, String actorUpn, String benefitId,
			String billingProfileId, String subscriptionId, String userUpn, String targetId, String value,
			ReasonCode rejection) {

		/** The outcome meant: the reason code, or ACCEPTED. */
		String expected() {
			return this.rejection == null ? "ACCEPTED" : this.rejection.name();
		}

	}

	static long daysBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
