package com.creditsrecon.generator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read one row at a time, columns by header name. A file without a column it
 * needs is refused at once, naming the file and the column.
 */
final class CsvRows implements AutoCloseable, Iterator<CSVRecord> {

	private final String name;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private CsvRows(String name, CSVParser parser) {
		this.name = name;
		this.parser = parser;
		this.records = parser.iterator();
	}

	static CsvRows open(Path file, String... columns) throws IOException {
		Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		CSVParser parser;
		try {
			parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
		}
		catch (IOException | RuntimeException ex) {
			reader.close();
			throw ex;
		}
		CsvRows rows = new CsvRows(file.getFileName().toString(), parser);
		for (String column : columns) {
			if (!parser.getHeaderMap().containsKey(column)) {
				rows.close();
				throw new IOException(rows.name + ": no column " + column);
			}
		}
		return rows;
	}

	String name() {
		return this.name;
	}

	@Override
	public boolean hasNext() {
		return this.records.hasNext();
	}

	@Override
	public CSVRecord next() {
		if (!this.records.hasNext()) {
			throw new NoSuchElementException(this.name);
		}
		return this.records.next();
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	/**
	 * The rows of a file in which each partner's rows are together, in the order of
	 * partners.csv, taken one partner at a time: only one partner's rows are held.
	 */
	static final class ByPartner<T> implements AutoCloseable {

		private final CsvRows rows;

		private final String partnerColumn;

		private final Function<CSVRecord, T> mapper;

		private CSVRecord next;

		ByPartner(CsvRows rows, String partnerColumn, Function<CSVRecord, T> mapper) {
			this.rows = rows;
			this.partnerColumn = partnerColumn;
			this.mapper = mapper;
			this.next = rows.hasNext() ? rows.next() : null;
		}

		/**
		 * The rows of one partner (none when it has none); partners must be asked for in
		 * the file's order.
		 */
		List<T> take(String partnerId) {
			List<T> taken = new ArrayList<>();
			while (this.next != null && this.next.get(this.partnerColumn).equals(partnerId)) {
				taken.add(this.mapper.apply(this.next));
				this.next = this.rows.hasNext() ? this.rows.next() : null;
			}
			return taken;
		}

		/**
		 * @throws IllegalStateException when rows are left: a partner's rows were not
		 * together, or not in the order of partners.csv
		 */
		void finish() {
			if (this.next != null) {
				throw new IllegalStateException(this.rows.name() + ": the rows of partner "
						+ this.next.get(this.partnerColumn) + " (record " + this.next.getRecordNumber()
						+ ") are not together and in the order of partners.csv, as this command needs them");
			}
		}

		@Override
		public void close() throws IOException {
			this.rows.close();
		}

	}

}
