package com.creditsrecon.jobs.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressMeterTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong now = new AtomicLong(42 * SECOND);

	private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

	@Test
	void tellsNothingOfAStepThatEndsWithinFiveSeconds() {
		// given
		ProgressMeter meter = ProgressMeter.counting("simulate", "partners", 1_000, this.lines::add, this.now::get);
		// when
		for (int i = 0; i < 49; i++) {
			this.now.addAndGet(SECOND / 10);
			meter.add(20);
		}
		this.now.addAndGet(SECOND / 10 - 1);
		meter.add(20);
		// then
		assertThat(this.lines).isEmpty();
	}

	@Test
	void tellsDoneTotalRateAndTimeLeftAfterFiveSeconds() {
		// given
		ProgressMeter meter = ProgressMeter.counting("simulate", "partners", 100_000, this.lines::add, this.now::get);
		// when
		this.now.addAndGet(5 * SECOND);
		meter.add(41_000);
		// then
		assertThat(this.lines)
			.containsExactly("simulate: 41,000 of 100,000 partners (41%), 8,200 partners/s, about 7 s left");
	}

	@Test
	void tellsTheShareOfBytesReadInMegabytesAndTheRateInRows() {
		// given
		ProgressMeter meter = ProgressMeter.reading("import usage", "rows", 100_000_000, this.lines::add,
				this.now::get);
		// when
		this.now.addAndGet(5 * SECOND);
		meter.add(480_000, 41_200_000);
		// then
		assertThat(this.lines)
			.containsExactly("import usage: 480,000 rows, 41.2 of 100.0 MB (41%), 96,000 rows/s, about 7 s left");
	}

	@Test
	void tellsDoneAndRateOnlyWhenTheTotalIsNotKnown() {
		// given
		ProgressMeter meter = ProgressMeter.counting("write simulation files", "rows", ProgressMeter.UNKNOWN,
				this.lines::add, this.now::get);
		ProgressMeter.Tally tally = meter.tally();
		// when
		for (int i = 0; i < 1_234_567; i++) {
			tally.one();
		}
		this.now.addAndGet(6 * SECOND);
		tally.flush();
		// then
		assertThat(this.lines).containsExactly("write simulation files: 1,234,567 rows, 205,761 rows/s");
	}

	@Test
	void aTallyAddsToTheMeterTenThousandUnitsAtATime() {
		// given
		ProgressMeter meter = ProgressMeter.counting("resolve usage", "rows", 1_000_000, this.lines::add,
				this.now::get);
		ProgressMeter.Tally tally = meter.tally();
		this.now.addAndGet(5 * SECOND);
		// when
		tally.add(5_000);
		tally.add(4_999);
		// then
		assertThat(this.lines).isEmpty();
		// when
		tally.one();
		// then
		assertThat(this.lines)
			.containsExactly("resolve usage: 10,000 of 1,000,000 rows (1%), 2,000 rows/s, about 8 min left");
	}

	@Test
	void tellsTheTimeLeftAtASteadyRate() {
		// given: 1,000 partners a second, 600,000 to do
		ProgressMeter meter = ProgressMeter.counting("simulate", "partners", 600_000, this.lines::add, this.now::get);
		// when
		for (int second = 1; second <= 300; second++) {
			this.now.addAndGet(SECOND);
			meter.add(1_000);
		}
		// then: every five seconds, the rest at the same rate
		assertThat(this.lines).hasSize(60);
		assertThat(this.lines.get(0))
			.isEqualTo("simulate: 5,000 of 600,000 partners (0%), 1,000 partners/s, about 10 min left");
		assertThat(this.lines.get(11))
			.isEqualTo("simulate: 60,000 of 600,000 partners (10%), 1,000 partners/s, about 9 min left");
		assertThat(this.lines.get(59))
			.isEqualTo("simulate: 300,000 of 600,000 partners (50%), 1,000 partners/s, about 5 min left");
	}

	@Test
	void tellsTheTimeLeftAsPreciselyAsAGuessDeserves() {
		assertThat(ProgressMeter.timeLeft(0.2)).isEqualTo("1 s");
		assertThat(ProgressMeter.timeLeft(6.4)).isEqualTo("6 s");
		assertThat(ProgressMeter.timeLeft(59.4)).isEqualTo("59 s");
		assertThat(ProgressMeter.timeLeft(150)).isEqualTo("3 min");
		assertThat(ProgressMeter.timeLeft(4_320)).isEqualTo("1 h 12 min");
	}

	@Test
	void tellsNoTimeLeftOnceTheTotalIsDone() {
		// given
		ProgressMeter meter = ProgressMeter.counting("reconcile", "units", 10, this.lines::add, this.now::get);
		// when
		this.now.addAndGet(5 * SECOND);
		meter.add(10);
		// then
		assertThat(this.lines).containsExactly("reconcile: 10 of 10 units (100%), 2 units/s");
	}

	@Test
	void tellsOneLineEveryFiveSecondsAtMost() {
		// given
		ProgressMeter meter = ProgressMeter.counting("simulate", "partners", 1_000_000, this.lines::add, this.now::get);
		// when: fed every 100 ms for 20 s
		for (int i = 0; i < 200; i++) {
			this.now.addAndGet(SECOND / 10);
			meter.add(100);
		}
		// then
		assertThat(this.lines).hasSize(4);
		assertThat(this.lines.get(3)).startsWith("simulate: 20,000 of 1,000,000 partners (2%), 1,000 partners/s");
	}

	@Test
	void tellsOneLineEveryFiveSecondsAtMostWhenManyThreadsFeedIt() throws Exception {
		// given: a clock that moves a millisecond each time it is read
		long start = this.now.get();
		ProgressMeter meter = ProgressMeter.counting("simulate", "partners", ProgressMeter.UNKNOWN, this.lines::add,
				() -> this.now.addAndGet(1_000_000));
		int threads = 8;
		int calls = 10_000;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> feeders = new ArrayList<>();
		// when
		try {
			for (int t = 0; t < threads; t++) {
				feeders.add(pool.submit(() -> {
					go.await();
					for (int i = 0; i < calls; i++) {
						meter.add(1);
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> feeder : feeders) {
				feeder.get(1, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// then: 80 s went by on the meter's clock, so 16 lines at most
		long seconds = (this.now.get() - start) / SECOND;
		assertThat(seconds).isEqualTo(80);
		assertThat(this.lines).hasSizeBetween(1, 16);
		assertThat(this.lines).allMatch(line -> line.matches("simulate: [0-9,]+ partners, [0-9,]+ partners/s"));
	}

}
