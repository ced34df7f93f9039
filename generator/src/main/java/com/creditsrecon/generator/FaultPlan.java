package com.creditsrecon.generator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.creditsrecon.model.reconcile.BreakObject;

/**
 * Where {@code --inject-breaks} puts its faults, chosen from the seed while the truth
 * streams past. Each kind keeps a shortlist of at most K candidates: those of smallest
 * rank (for lots, those that fit none of the rare kinds first, so that these keep their
 * few places), then of smallest hash of (seed, kind, candidate). Then faults take turns
 * over the kinds; each takes its kind's first candidate that no other fault took, or,
 * when its kind has none left, the next kind's. Memory: 7 × K candidates, whatever the
 * world's size.
 */
final class FaultPlan {

	private static final FaultKind[] TURNS = FaultKind.values();

	private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
		.thenComparingLong(Candidate::hash)
		.thenComparing(Candidate::target)
		.thenComparingLong(Candidate::row);

	private final int faults;

	private final long seed;

	private final Map<FaultKind, Shortlist> shortlists = new EnumMap<>(FaultKind.class);

	FaultPlan(int faults, long seed) {
		this.faults = faults;
		this.seed = seed;
		for (FaultKind kind : TURNS) {
			this.shortlists.put(kind, new Shortlist(faults));
		}
	}

	/**
	 * A place for a fault of a kind.
	 * @param target what the fault changes (a lot or benefit ID, a transactions key): no
	 * two faults share one, and a kind keeps one candidate per target
	 * @param rank smaller first
	 * @param identity what the candidate's hash is drawn from
	 * @param row the events.csv record a transactions fault changes (0 otherwise)
	 */
	void offer(FaultKind kind, String target, int rank, String identity, long row) {
		if (this.faults > 0) {
			this.shortlists.get(kind).offer(new Candidate(target, rank, hash(this.seed, kind.name(), identity), row));
		}
	}

	/**
	 * The faults, numbered from 1, and per kind how many were moved to another kind for
	 * want of a candidate.
	 * @throws NoRoomForFaultsException when the world has fewer places than faults
	 */
	Assignment assign() {
		Map<FaultKind, Deque<Candidate>> queues = new EnumMap<>(FaultKind.class);
		this.shortlists.forEach((kind, shortlist) -> queues.put(kind, new ArrayDeque<>(shortlist.candidates)));
		Set<String> taken = new HashSet<>();
		Map<FaultKind, Integer> perKind = new EnumMap<>(FaultKind.class);
		Map<String, Integer> moved = new LinkedHashMap<>();
		List<Fault> assigned = new ArrayList<>();
		for (int number = 1; number <= this.faults; number++) {
			FaultKind wanted = TURNS[(number - 1) % TURNS.length];
			Fault fault = null;
			for (int turn = 0; turn < TURNS.length && fault == null; turn++) {
				FaultKind kind = TURNS[(wanted.ordinal() + turn) % TURNS.length];
				Deque<Candidate> queue = queues.get(kind);
				while (!queue.isEmpty() && taken.contains(kind.object() + ":" + queue.peek().target())) {
					queue.poll();
				}
				Candidate candidate = queue.poll();
				if (candidate != null) {
					taken.add(kind.object() + ":" + candidate.target());
					int variant = perKind.merge(kind, 1, Integer::sum) - 1;
					fault = new Fault(number, kind, candidate.target(), candidate.row(), variant);
					if (kind != wanted) {
						moved.merge(wanted + " -> " + kind, 1, Integer::sum);
					}
				}
			}
			if (fault == null) {
				throw new NoRoomForFaultsException("--inject-breaks " + this.faults + ": this world has room for "
						+ (number - 1) + " faults only (a fault needs a lot, a benefit or a month of transactions "
						+ "of its own); ask for fewer, or for more partners");
			}
			assigned.add(fault);
		}
		return new Assignment(assigned, perKind, moved);
	}

	/** A stable 64-bit hash of (seed, purpose, text). */
	static long hash(long seed, String purpose, String text) {
		long h = 0xCBF29CE484222325L;
		for (byte b : (purpose + "|" + text).getBytes(StandardCharsets.UTF_8)) {
			h ^= (b & 0xFF);
			h *= 0x100000001B3L;
		}
		return Ids.mix64(h ^ Ids.mix64(seed));
	}

	/** One place a fault of a kind could go. */
	record Candidate(String target, int rank, long hash, long row) {

	}

	/**
	 * @param variant how many faults of its kind came before it (the kinds with several
	 * forms take them in turn)
	 */
	record Fault(int number, FaultKind kind, String target, long row, int variant) {

	}

	/**
	 * @param perKind how many faults each kind got
	 * @param moved per "wanted -> given" kinds, how many faults went to another kind for
	 * want of a candidate
	 */
	record Assignment(List<Fault> faults, Map<FaultKind, Integer> perKind, Map<String, Integer> moved) {

		/** The faults on lots or benefits, by lot or benefit ID. */
		Map<String, Fault> byTarget(BreakObject object) {
			Map<String, Fault> byTarget = new HashMap<>();
			for (Fault fault : this.faults) {
				if (fault.kind().object() == object) {
					byTarget.put(fault.target(), fault);
				}
			}
			return byTarget;
		}

		/** The faults on transactions, by the events.csv record they change. */
		Map<Long, Fault> byEventRecord() {
			Map<Long, Fault> byRecord = new HashMap<>();
			for (Fault fault : this.faults) {
				if (fault.kind().object() == BreakObject.TRANSACTIONS) {
					byRecord.put(fault.row(), fault);
				}
			}
			return byRecord;
		}

	}

	/** The best candidates of one kind, at most one per target. */
	private static final class Shortlist {

		private final int capacity;

		private final TreeSet<Candidate> candidates = new TreeSet<>(ORDER);

		private final Map<String, Candidate> byTarget = new HashMap<>();

		Shortlist(int capacity) {
			this.capacity = capacity;
		}

		void offer(Candidate candidate) {
			Candidate held = this.byTarget.get(candidate.target());
			if (held != null) {
				if (ORDER.compare(candidate, held) < 0) {
					this.candidates.remove(held);
					add(candidate);
				}
				return;
			}
			if (this.candidates.size() == this.capacity) {
				Candidate last = this.candidates.last();
				if (ORDER.compare(candidate, last) >= 0) {
					return;
				}
				this.candidates.pollLast();
				this.byTarget.remove(last.target());
			}
			add(candidate);
		}

		private void add(Candidate candidate) {
			this.candidates.add(candidate);
			this.byTarget.put(candidate.target(), candidate);
		}

	}

}
