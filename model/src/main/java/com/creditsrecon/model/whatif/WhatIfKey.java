package com.creditsrecon.model.whatif;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

import com.creditsrecon.model.text.CodePoints;

/**
 * Where a what-if figure belongs: a scope (GLOBAL, a REGION or a COUNTRY, as the
 * roll-forward names them), a currency (blank for a count), a month (null for the whole
 * run) and a measure ({@link WhatIfMeasure}).
 */
public record WhatIfKey(String scopeType, String scopeId, String currency, YearMonth month, String measure) {

	public static final String GLOBAL = "GLOBAL";

	public static final String REGION = "REGION";

	public static final String COUNTRY = "COUNTRY";

	/**
	 * The outputs' order: scope type, scope ID, currency, month, measure, the texts in
	 * code point order.
	 */
	public static final Comparator<WhatIfKey> ORDER = Comparator.comparing(WhatIfKey::scopeType, CodePoints.ORDER)
		.thenComparing(WhatIfKey::scopeId, CodePoints.ORDER)
		.thenComparing(WhatIfKey::currency, CodePoints.ORDER)
		.thenComparing(WhatIfKey::month, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(WhatIfKey::measure, CodePoints.ORDER);

	public WhatIfKey {
		Objects.requireNonNull(scopeType, "scopeType");
		Objects.requireNonNull(scopeId, "scopeId");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(measure, "measure");
	}

	/** This key for the whole run: no month. */
	public WhatIfKey total() {
		return this.month == null ? this
				: new WhatIfKey(this.scopeType, this.scopeId, this.currency, null, this.measure);
	}

	/** This key's scope and currency, another measure. */
	public WhatIfKey withMeasure(String measure) {
		return new WhatIfKey(this.scopeType, this.scopeId, this.currency, this.month, measure);
	}

	public boolean isCount() {
		return this.currency.isEmpty();
	}

}
