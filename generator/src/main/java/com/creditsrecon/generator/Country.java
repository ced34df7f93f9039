package com.creditsrecon.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A country partners come from: its ISO code, its region as partners.csv names it, how
 * many partners of a world come from it (weight), the currency its partners mostly bill
 * in, its domain ending and its company-name suffixes.
 */
record Country(String code, String region, int weight, String currency, int currencyPerMille, String tld,
		List<String> suffixes) {

	/** The countries of generated partners, most of them in the Americas and Europe. */
	static final List<Country> ALL = List.of(
			new Country("US", "AMER", 200, "USD", 1000, "com", List.of("Inc.", "LLC", "Corp.")),
			new Country("CA", "AMER", 50, "USD", 1000, "ca", List.of("Inc.", "Ltd.")),
			new Country("BR", "AMER", 40, "USD", 1000, "com.br", List.of("Ltda", "S.A.")),
			new Country("MX", "", 20, "USD", 1000, "mx", List.of("S.A. de C.V.")),
			new Country("DE", "EMEA", 80, "EUR", 550, "de", List.of("GmbH", "AG")),
			new Country("GB", "EMEA", 80, "USD", 1000, "co.uk", List.of("Ltd", "plc")),
			new Country("FR", "EMEA", 50, "EUR", 600, "fr", List.of("SARL", "SAS")),
			new Country("NL", "EMEA", 40, "EUR", 500, "nl", List.of("B.V.")),
			new Country("ES", "EMEA", 30, "EUR", 600, "es", List.of("S.L.")),
			new Country("IT", "EMEA", 30, "EUR", 600, "it", List.of("S.r.l.")),
			new Country("SE", "EMEA", 20, "USD", 1000, "se", List.of("AB")),
			new Country("PL", "EMEA", 20, "USD", 1000, "pl", List.of("Sp. z o.o.")),
			new Country("ZA", "EMEA", 20, "USD", 1000, "co.za", List.of("(Pty) Ltd")),
			new Country("AE", "EMEA", 20, "USD", 1000, "ae", List.of("LLC", "FZE")),
			new Country("JP", "APAC", 60, "JPY", 600, "co.jp", List.of("K.K.", "G.K.")),
			new Country("AU", "APAC", 50, "USD", 1000, "com.au", List.of("Pty Ltd")),
			new Country("IN", "APAC", 60, "USD", 1000, "in", List.of("Pvt Ltd")),
			new Country("SG", "APAC", 30, "USD", 1000, "sg", List.of("Pte Ltd")),
			new Country("KR", "APAC", 20, "USD", 1000, "co.kr", List.of("Co., Ltd.")),
			new Country("NZ", "APAC", 10, "USD", 1000, "co.nz", List.of("Ltd")));

	private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Country::weight).sum();

	static Country pick(SplittableRandom random) {
		return pick(random, ALL);
	}

	static Country pick(SplittableRandom random, List<Country> countries) {
		int total = countries.stream().mapToInt(Country::weight).sum();
		int draw = random.nextInt(total);
		for (Country country : countries) {
			draw -= country.weight();
			if (draw < 0) {
				return country;
			}
		}
		throw new IllegalStateException("weights of " + TOTAL_WEIGHT);
	}

	/** The currency of a partner of this country: its own mostly, else USD. */
	String pickCurrency(SplittableRandom random) {
		return random.nextInt(1000) < this.currencyPerMille ? this.currency : "USD";
	}

}
