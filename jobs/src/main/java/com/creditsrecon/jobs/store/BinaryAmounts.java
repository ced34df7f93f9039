package com.creditsrecon.jobs.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact amount in the store's own files (daily sums, keyed segments, sorted runs): its
 * scale and its unscaled digits, so that it reads back equal, scale included.
 */
public final class BinaryAmounts {

	private BinaryAmounts() {
	}

	public static void write(DataOutput out, BigDecimal amount) throws IOException {
		byte[] unscaled = amount.unscaledValue().toByteArray();
		out.writeInt(amount.scale());
		out.writeInt(unscaled.length);
		out.write(unscaled);
	}

	public static BigDecimal read(DataInput in) throws IOException {
		int scale = in.readInt();
		byte[] unscaled = new byte[in.readInt()];
		in.readFully(unscaled);
		return new BigDecimal(new BigInteger(unscaled), scale);
	}

}
