package com.creditsrecon.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small input folder written by a test: the four required extracts by default, valid.
 */
public final class InputFolder {

	public static final String FOCUS_HEADER = "BilledCost,BillingCurrency,BillingPeriodStart,ChargeCategory,ChargePeriodStart,"
			+ "ProviderName,SubAccountId,x_BillingProfileId,x_ChargeId,ServiceName";

	private final Path root;

	private InputFolder(Path root) {
		this.root = root;
	}

	/**
	 * A valid world: two partners, one offer with two benefits, two profiles, two
	 * purchases.
	 */
	public static InputFolder minimal(Path root) {
		InputFolder folder = new InputFolder(root);
		folder.file("partners.csv", """
				partner_id,partner_name,country,region,tenant_domains
				P1,Contoso,US,AMER,contoso.com
				P2,Fabrikam,DE,EMEA,fabrikam.de
				""");
		folder.file("offers.csv", """
				offer_id,offer_name,benefit_code,benefit_type,amount,currency,activate_within_days
				O1,Core,MONTHLY,AZURE_MONTHLY,100.00,USD,
				O1,Core,BULK,AZURE_BULK,6000.00,USD,180
				""");
		folder.file("billing-profiles.csv", """
				billing_profile_id,billing_account_id,partner_id,profile_type,currency,has_payment_instrument
				BP1,BA1,P1,MCA_STANDARD,USD,true
				BP2,BA2,P2,MCA_PREMIER,USD,false
				""");
		folder.file("purchases.csv", """
				purchase_id,partner_id,offer_id,billing_account_id,purchase_date,membership_end,status,status_date
				PU1,P1,O1,BA1,2026-01-10,2027-01-09,ACTIVE,
				PU2,P2,O1,BA2,2026-02-10,2027-02-09,CANCELLED,2026-05-01
				""");
		return folder;
	}

	public InputFolder file(String name, String text) {
		return bytes(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public InputFolder bytes(String name, byte[] content) {
		try {
			Path file = this.root.resolve(name);
			Files.createDirectories(file.getParent());
			Files.write(file, content);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public InputFolder delete(String name) {
		try {
			Files.delete(this.root.resolve(name));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file {@code name} gzipped beside it as {@code name.gz}. */
	public InputFolder gzipCopy(String name) {
		try {
			ByteArrayOutputStream gz = new ByteArrayOutputStream();
			try (GZIPOutputStream zip = new GZIPOutputStream(gz)) {
				zip.write(Files.readAllBytes(this.root.resolve(name)));
			}
			return bytes(name + ".gz", gz.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path path() {
		return this.root;
	}

	public Path resolve(String name) {
		return this.root.resolve(name);
	}

}
