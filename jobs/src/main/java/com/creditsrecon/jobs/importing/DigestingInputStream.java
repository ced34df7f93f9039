package com.creditsrecon.jobs.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Computes the SHA-256 of what is read through it on a thread of its own: hashing a
 * gigabyte costs two thirds of a second, which would otherwise slow the parsing of the
 * file by a sixth.
 */
final class DigestingInputStream extends FilterInputStream {

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(64);

	private final Thread worker;

	private volatile String sha256;

	DigestingInputStream(InputStream in, String name) {
		super(in);
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		this.worker = new Thread(() -> {
			try {
				for (byte[] block = this.blocks.take(); block != END; block = this.blocks.take()) {
					digest.update(block);
				}
				this.sha256 = HexFormat.of().formatHex(digest.digest());
			}
			catch (InterruptedException ex) {
				// closed before the end: no checksum wanted
				Thread.currentThread().interrupt();
			}
		}, "sha256 " + name);
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			hand(new byte[] { (byte) b });
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			hand(Arrays.copyOfRange(buffer, offset, offset + n));
		}
		return n;
	}

	/** The SHA-256 of everything read, once the stream has been read to its end. */
	String finish() {
		hand(END);
		try {
			this.worker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while computing a checksum", ex);
		}
		return this.sha256;
	}

	@Override
	public void close() throws IOException {
		if (this.worker.isAlive() && this.sha256 == null) {
			this.worker.interrupt();
		}
		super.close();
	}

	private void hand(byte[] block) {
		try {
			this.blocks.put(block);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading", ex);
		}
	}

}
