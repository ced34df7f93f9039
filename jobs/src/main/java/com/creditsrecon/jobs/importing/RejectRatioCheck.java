package com.creditsrecon.jobs.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Rule V4: once extracts are imported (their rejects written), an extract whose
 * rejected/read ratio exceeds {@code max-reject-ratio} refuses the input, exit code 2.
 */
public class RejectRatioCheck implements Tasklet {

	private final ImportContext context;

	private final ImportLedger ledger;

	private final List<String> extracts;

	public RejectRatioCheck(ImportContext context, ImportLedger ledger, List<String> extracts) {
		this.context = context;
		this.ledger = ledger;
		this.extracts = List.copyOf(extracts);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		BigDecimal max = this.context.policy().maxRejectRatio();
		for (String extract : this.extracts) {
			long[] counts = this.ledger.readAndRejected(extract);
			long read = counts[0];
			long rejected = counts[1];
			if (read == 0) {
				continue;
			}
			BigDecimal ratio = BigDecimal.valueOf(rejected).divide(BigDecimal.valueOf(read), 6, RoundingMode.HALF_EVEN);
			if (ratio.compareTo(max) > 0) {
				String name = extract.equals(InputCatalog.USAGE) ? "usage/" : extract + ".csv";
				throw new InputRefusedException(name + ": " + rejected + " of " + read + " rows rejected ("
						+ ratio.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString()
						+ "%), above max-reject-ratio " + max.toPlainString() + "; see rejects/" + extract + ".csv");
			}
		}
		return RepeatStatus.FINISHED;
	}

}
