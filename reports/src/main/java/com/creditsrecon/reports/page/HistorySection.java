package com.creditsrecon.reports.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import com.creditsrecon.reports.page.Html.Cell;

/**
 * The section a nightly run's page leads with: what changed since the previous night,
 * from reconciliation/history.csv. Counts first, each linking to its short table of the
 * largest: new and reopened breaks, breaks resolved, amounts that moved.
 */
final class HistorySection {

	/** Rows of each short table; history.csv has them all. */
	static final int LONGEST = 10;

	static final String ID = "since";

	/** The section's title, and its link's in the page's header. */
	static final String TITLE = "Since the previous night";

	private final Html html;

	private final PageData.History history;

	private final Function<String, Object> partnerCell;

	/**
	 * @param partnerCell a partner's cell, linked to its section when the page has one
	 */
	HistorySection(Html html, PageData.History history, Function<String, Object> partnerCell) {
		this.html = html;
		this.history = history;
		this.partnerCell = partnerCell;
	}

	void write() {
		PageData.History h = this.history;
		String heading = (h.previousNight == null) ? TITLE : TITLE + " (" + h.previousNight + ")";
		this.html.raw("<section id=\"" + ID + "\">").element("h2", heading).raw("\n");
		if (h.previousNight == null) {
			this.html.p(h.entries == 0 ? "No break tonight, and none recorded on an earlier night."
					: "The first night recorded: there is no previous night to compare with; every break of "
							+ "tonight (" + h.present + ") is new.");
			this.html.raw("</section>\n");
			return;
		}
		this.html.p("Breaks tonight: " + h.present + "; ever seen: " + h.entries
				+ " (reconciliation/history.csv). Each amount is in its own currency.");
		this.html.table("Since " + h.previousNight, "Breaks");
		this.html.row(Cell.link("#since-new", "New"), Cell.number(h.added));
		this.html.row(Cell.link("#since-new", "Reopened"), Cell.number(h.reopened));
		this.html.row(Cell.link("#since-resolved", "Resolved"), Cell.number(h.resolved.size()));
		this.html.row(Cell.link("#since-moved", "Amount moved"), Cell.number(h.moved.size()));
		this.html.endTable();
		appeared();
		resolved();
		moved();
		this.html.raw("</section>\n");
	}

	private void appeared() {
		List<PageData.Change> largest = largest(this.history.appeared, PageData.Change::hasDifference,
				PageData.Change::difference);
		if (begin("since-new", "New and reopened breaks", largest, this.history.appeared.size(),
				"absolute difference, breaks without an amount after them")) {
			this.html.table("Partner", "Status", "Object", "Key", "Field", "Difference", "First seen");
			for (PageData.Change c : largest) {
				this.html.row(this.partnerCell.apply(c.partnerId()), c.status(), c.object(), c.key(), c.field(),
						c.hasDifference() ? Cell.amount(c.difference(), c.currency()) : Cell.blank(), c.firstSeen());
			}
			this.html.endTable();
		}
	}

	private void resolved() {
		List<PageData.Change> largest = largest(this.history.resolved, PageData.Change::hasPrevious,
				PageData.Change::previous);
		if (begin("since-resolved", "Resolved breaks", largest, this.history.resolved.size(),
				"absolute last difference, breaks without an amount after them")) {
			this.html.table("Partner", "Object", "Key", "Field", "Last difference", "First seen", "Last seen");
			for (PageData.Change c : largest) {
				this.html.row(this.partnerCell.apply(c.partnerId()), c.object(), c.key(), c.field(),
						c.hasPrevious() ? Cell.amount(c.previous(), c.currency()) : Cell.blank(), c.firstSeen(),
						c.lastSeen());
			}
			this.html.endTable();
		}
	}

	private void moved() {
		List<PageData.Change> largest = largest(this.history.moved, (c) -> true, PageData.Change::change);
		if (begin("since-moved", "Amounts that moved", largest, this.history.moved.size(), "absolute change")) {
			this.html.table("Partner", "Object", "Key", "Field", "Previous difference", "Difference", "Change");
			for (PageData.Change c : largest) {
				this.html.row(this.partnerCell.apply(c.partnerId()), c.object(), c.key(), c.field(),
						Cell.amount(c.previous(), c.currency()), Cell.amount(c.difference(), c.currency()),
						Cell.difference(c.change(), c.currency()));
			}
			this.html.endTable();
		}
	}

	/**
	 * A short table's heading and what it shows; false, after a sentence, when it has no
	 * row.
	 */
	private boolean begin(String id, String title, List<PageData.Change> shown, int all, String order) {
		this.html.raw("<h3 id=\"" + id + "\">").text(title).raw("</h3>\n");
		if (shown.isEmpty()) {
			this.html.p("None.");
			return false;
		}
		if (all > shown.size()) {
			this.html.p("The " + shown.size() + " largest of " + all + " by " + order + ".");
		}
		return true;
	}

	/**
	 * The largest changes by an amount's size, in any currency (as the page's largest
	 * breaks), those without one after them, then by break_id.
	 */
	private static List<PageData.Change> largest(List<PageData.Change> changes, Predicate<PageData.Change> hasAmount,
			ToLongFunction<PageData.Change> amount) {
		List<PageData.Change> sorted = new ArrayList<>(changes);
		sorted.sort(Comparator.comparing((PageData.Change c) -> !hasAmount.test(c))
			.thenComparingLong((c) -> -Math.abs(amount.applyAsLong(c)))
			.thenComparing(PageData.Change::breakId));
		return sorted.subList(0, Math.min(LONGEST, sorted.size()));
	}

}
