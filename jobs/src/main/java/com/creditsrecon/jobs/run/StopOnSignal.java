package com.creditsrecon.jobs.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import com.creditsrecon.jobs.cli.ExitCode;

/**
 * What SIGTERM (or Ctrl-C) does while a job runs: Spring Batch's stop, which the steps
 * heed at their next chunk boundary; the launcher then reports the run as interrupted
 * (run.json, one line) and the process exits with that report's exit code. The JVM runs
 * shutdown hooks while the rest of the program goes on, so the hook waits for the
 * launcher's report and then ends the process itself.
 */
final class StopOnSignal implements AutoCloseable {

	/**
	 * How long the hook waits for the job to stop: a tasklet step stops only when it
	 * ends, and a service manager sends SIGKILL after its own timeout (systemd's is 90
	 * s).
	 */
	private static final long WAIT_SECONDS = 75;

	private static final Logger LOG = LoggerFactory.getLogger(StopOnSignal.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final String jobName;

	private final Thread hook = new Thread(this::stop, "credits-recon-stop");

	private final CountDownLatch reported = new CountDownLatch(1);

	private volatile boolean signalled;

	private volatile int exitCode = ExitCode.FAILED.code();

	private StopOnSignal(JobOperator jobOperator, JobRepository jobRepository, String jobName) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobName = jobName;
	}

	/** Stops the runs of job {@code jobName} on a signal, until closed. */
	static StopOnSignal install(JobOperator jobOperator, JobRepository jobRepository, String jobName) {
		StopOnSignal signal = new StopOnSignal(jobOperator, jobRepository, jobName);
		Runtime.getRuntime().addShutdownHook(signal.hook);
		return signal;
	}

	/** Whether a signal came: the run is then reported as interrupted. */
	boolean signalled() {
		return this.signalled;
	}

	/** The launcher has reported the run: the exit code the process ends with. */
	void reported(int code) {
		this.exitCode = code;
		this.reported.countDown();
	}

	private void stop() {
		this.signalled = true;
		LOG.warn("Signal received: stopping {} at the next chunk boundary", this.jobName);
		try {
			for (JobExecution running : this.jobRepository.findRunningJobExecutions(this.jobName)) {
				this.jobOperator.stop(running);
			}
		}
		catch (Exception ex) {
			// the job may have just ended; whatever it did is reported all the same
			LOG.warn("Could not stop {}", this.jobName, ex);
		}
		try {
			this.reported.await(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Runtime.getRuntime().halt(this.exitCode);
	}

	@Override
	public void close() {
		this.reported.countDown();
		if (!this.signalled) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.hook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down: the hook is running, or about to
			}
		}
	}

}
