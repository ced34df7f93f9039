package com.creditsrecon.reports.page;

/**
 * A small HTML builder: every text put in goes through {@link #escape(String)}, so that a
 * value from the inputs is always shown as text.
 */
final class Html {

	private final StringBuilder out = new StringBuilder(1 << 16);

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String entity = switch (c) {
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '&' -> "&amp;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (entity != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				escaped.append(entity != null ? entity : String.valueOf(c));
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	/**
	 * An id for an anchor from any text: letters, digits, '-' and '_' kept, the rest hex.
	 */
	static String anchor(String prefix, String text) {
		StringBuilder id = new StringBuilder(prefix);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
				id.append(c);
			}
			else {
				id.append('_').append(Integer.toHexString(c));
			}
		}
		return id.toString();
	}

	/** Markup written as is: only ever literals of this package. */
	Html raw(String markup) {
		this.out.append(markup);
		return this;
	}

	Html text(String text) {
		this.out.append(escape(text));
		return this;
	}

	Html element(String tag, String text) {
		this.out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
		return this;
	}

	Html p(String text) {
		return element("p", text).raw("\n");
	}

	/** A sortable table; then {@link #row(Object...)} per row and {@link #endTable()}. */
	Html table(String... headers) {
		this.out.append("<div class=\"scroll\"><table class=\"sortable\"><thead><tr>");
		for (String header : headers) {
			this.out.append("<th>").append(escape(header)).append("</th>");
		}
		this.out.append("</tr></thead><tbody>\n");
		return this;
	}

	/** A row: a {@link Cell} is written as it says, anything else as escaped text. */
	Html row(Object... cells) {
		this.out.append("<tr>");
		for (Object cell : cells) {
			if (cell instanceof Cell given) {
				this.out.append(given.markup());
			}
			else {
				this.out.append("<td>").append(escape(String.valueOf(cell))).append("</td>");
			}
		}
		this.out.append("</tr>\n");
		return this;
	}

	Html endTable() {
		this.out.append("</tbody></table></div>\n");
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	/** A prepared table cell. */
	record Cell(String markup) {

		/** A number, right-aligned, shown as given and sorted by {@code sortValue}. */
		static Cell numeric(String sortValue, String shown) {
			return new Cell("<td class=\"num\" data-v=\"" + escape(sortValue) + "\">" + escape(shown) + "</td>");
		}

		/** An amount, right-aligned, with its currency; sorts by its value. */
		static Cell amount(long units, String currency) {
			return numeric(Units.plain(units, currency), Units.withCurrency(units, currency));
		}

		static Cell number(long value) {
			return numeric(String.valueOf(value), String.format(java.util.Locale.ROOT, "%,d", value));
		}

		/** A figure that is a count without a currency, an amount with one. */
		static Cell figure(long units, String currency) {
			return figure(units, currency, "");
		}

		/** A difference: a figure with its sign, {@code +} included. */
		static Cell difference(long units, String currency) {
			return figure(units, currency, (units > 0) ? "+" : "");
		}

		private static Cell figure(long units, String currency, String sign) {
			if (currency.isEmpty()) {
				long count = Units.whole(units);
				return numeric(String.valueOf(count), sign + String.format(java.util.Locale.ROOT, "%,d", count));
			}
			return numeric(Units.plain(units, currency), sign + Units.withCurrency(units, currency));
		}

		/**
		 * Text that may break after an underscore: a long reason code wraps in a narrow
		 * column, and copies without anything added.
		 */
		static Cell breakable(String text) {
			return new Cell("<td>" + escape(text).replace("_", "_<wbr>") + "</td>");
		}

		static Cell link(String href, String text) {
			return new Cell("<td><a href=\"" + escape(href) + "\">" + escape(text) + "</a></td>");
		}

		static Cell blank() {
			return new Cell("<td></td>");
		}

	}

}
