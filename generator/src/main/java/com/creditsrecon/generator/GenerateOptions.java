package com.creditsrecon.generator;

/**
 * What the {@code generate} command is asked for.
 *
 * @param partners how many partners the world has (at least 1)
 * @param months how many calendar months it simulates, ending with the month of
 * {@link Timeframe#ANCHOR} (at least 1)
 * @param seed the seed every random choice derives from: the same options always give the
 * same bytes
 * @param usageRows the exact number of FOCUS usage data rows written, across all exports
 * @param faults how many known breaks the reported extracts carry
 * ({@code --inject-breaks}, default 0: the reported extracts then agree with the
 * simulation)
 */
public record GenerateOptions(int partners, int months, long seed, long usageRows, int faults) {

	public static final int DEFAULT_MONTHS = 12;

	public static final long DEFAULT_SEED = 1;

	/** Usage rows per partner when {@code --usage-rows} is not given. */
	public static final int DEFAULT_USAGE_ROWS_PER_PARTNER = 200;

	/** The longest simulation: twenty years of monthly exports. */
	public static final int MAX_MONTHS = 240;

	public GenerateOptions {
		if (partners < 1) {
			throw new IllegalArgumentException("partners must be at least 1, not " + partners);
		}
		if (months < 1 || months > MAX_MONTHS) {
			throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS + ", not " + months);
		}
		if (usageRows < 0) {
			throw new IllegalArgumentException("usage rows must not be negative, not " + usageRows);
		}
		if (faults < 0) {
			throw new IllegalArgumentException("faults must not be negative, not " + faults);
		}
	}

	/** Options with no injected break. */
	public GenerateOptions(int partners, int months, long seed, long usageRows) {
		this(partners, months, seed, usageRows, 0);
	}

	/**
	 * The defaults for a number of partners: 12 months, seed 1, 200 usage rows each, no
	 * injected break.
	 */
	public static GenerateOptions defaults(int partners) {
		return new GenerateOptions(partners, DEFAULT_MONTHS, DEFAULT_SEED,
				(long) partners * DEFAULT_USAGE_ROWS_PER_PARTNER);
	}

	public GenerateOptions withMonths(int months) {
		return new GenerateOptions(this.partners, months, this.seed, this.usageRows, this.faults);
	}

	public GenerateOptions withSeed(long seed) {
		return new GenerateOptions(this.partners, this.months, seed, this.usageRows, this.faults);
	}

	public GenerateOptions withUsageRows(long usageRows) {
		return new GenerateOptions(this.partners, this.months, this.seed, usageRows, this.faults);
	}

	public GenerateOptions withFaults(int faults) {
		return new GenerateOptions(this.partners, this.months, this.seed, this.usageRows, faults);
	}

	/**
	 * The usage rows of one partner: the total spread evenly, the first partners taking
	 * one more each for the remainder, so that they add up to {@link #usageRows} exactly.
	 */
	public long usageRowsOf(int partnerIndex) {
		long base = this.usageRows / this.partners;
		long extra = this.usageRows % this.partners;
		return base + ((partnerIndex < extra) ? 1 : 0);
	}

}
