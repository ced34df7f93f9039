package com.creditsrecon.jobs.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time on an output folder: an exclusive lock on
 * {@code OUT/.store/run.lock}, which holds who took it. The operating system lets go of
 * the lock when its process ends, however it ends: a lock left by a killed run never
 * blocks the restart.
 */
final class FolderLock implements AutoCloseable {

	static final String FILE = "run.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private FolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock of the store folder {@code storeDir}, writing {@code holder} into
	 * it.
	 * @throws RunLockedException naming the run that holds it
	 * @throws IOException when the lock file cannot be opened or written
	 */
	static FolderLock take(Path storeDir, String holder) throws IOException {
		Path file = storeDir.resolve(FILE);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// a run of this very process (a test's) holds it
			lock = null;
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
		if (lock == null) {
			String other = holder(channel);
			channel.close();
			throw new RunLockedException("another run is using " + storeDir.getParent() + " (" + other
					+ "); wait for it to finish, or give this run another --out");
		}
		try {
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
		}
		catch (IOException ex) {
			// the lock is held all the same; only whom it names is missing
		}
		return new FolderLock(channel, lock);
	}

	private static String holder(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(4096);
			channel.read(buffer, 0);
			String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "a run that has just started" : text;
		}
		catch (IOException ex) {
			return "a run whose lock file cannot be read";
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.release();
		}
		finally {
			this.channel.close();
		}
	}

}
