package com.creditsrecon.model.reconcile;

import static com.creditsrecon.model.reconcile.ReconRows.lot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.creditsrecon.model.result.LotRow;

class LotReferencesTests {

	@Test
	@DisplayName("RC1: a reference names a lot by its ID first, else the single lot of a benefit")
	void lotIdFirstThenSingleLotBenefit() {
		// given: L1 alone in benefit B1; L2 whose ID is B1's benefit ID of another lot
		LotRow l1 = lot("L1").benefit("B1").row();
		LotRow named = lot("B9").benefit("B2").row();
		LotRow l3 = lot("L3").benefit("B9").row();

		// when
		LotReferences<LotRow> references = LotReferences.of(List.of(l1, named, l3));

		// then
		assertEquals(l1, references.lot("L1"));
		assertEquals(l1, references.lot("B1"));
		assertEquals(named, references.lot("B9"));
		assertNull(references.lot("nothing"));
	}

	@Test
	@DisplayName("RC1: a benefit of two lots, or a lot without a billing profile, is named by nothing")
	void twoLotsOrNoProfileNameNothing() {
		// given
		LotRow a = lot("LA").benefit("B1").row();
		LotRow b = lot("LB").benefit("B1").row();
		LotRow noProfile = lot("LC").benefit("B2").profile("").row();

		// when
		LotReferences<LotRow> references = LotReferences.of(List.of(a, b, noProfile));

		// then
		assertNull(references.lot("B1"));
		assertNull(references.lot("LC"));
		assertNull(references.lot("B2"));
		assertEquals(a, references.lot("LA"));
	}

	@Test
	@DisplayName("RC1: streamed lots keep only what the named references need, and only the part asked for, and decide as all lots would")
	void keepingOnlyNamedReferencesDecidesTheSame() {
		// given: the same lots, streamed, with two references of interest
		List<LotRow> lots = List.of(lot("L1").benefit("B1").row(), lot("L2").benefit("B2").row(),
				lot("L3").benefit("B2").row());
		LotReferences<String> keeping = LotReferences.keeping(Set.of("B1", "B2", "L3")::contains, LotRow::lotId);

		// when
		lots.forEach(keeping::add);

		// then
		LotReferences<LotRow> all = LotReferences.of(lots);
		for (String reference : List.of("B1", "B2", "L3")) {
			LotRow lot = all.lot(reference);
			assertEquals(lot == null ? null : lot.lotId(), keeping.lot(reference), reference);
		}
		assertNull(keeping.lot("L1"));
	}

}
