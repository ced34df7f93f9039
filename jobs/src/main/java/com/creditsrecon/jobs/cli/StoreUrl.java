package com.creditsrecon.jobs.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --db}: a PostgreSQL JDBC URL, the only shared store the run supports (its SQL
 * has two dialects: PostgreSQL's for {@code --db}, HSQLDB's for the embedded store it
 * makes itself). Checked on the command line, so that a wrong value is a bad command line
 * (exit 2) rather than a run that fails later. A URL with a password is refused: it would
 * be in the shell's history and the process list; the password comes from
 * {@code PGPASSWORD} or a {@code PGPASSFILE} instead. No message shows a password.
 */
public final class StoreUrl {

	/** The form {@code --db} takes, as messages name it. */
	public static final String EXPECTED = "jdbc:postgresql://HOST[:PORT]/DATABASE[?user=U&currentSchema=S]";

	private static final String HOST = "(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+)(?::[0-9]{1,5})?";

	/**
	 * The PostgreSQL driver's forms: {@code //HOST[:PORT][,HOST[:PORT]...]/DATABASE} (the
	 * database may be blank: the user's name then), or {@code DATABASE} alone
	 * (localhost:5432); then {@code ?key=value&...}. No user or password before the host:
	 * the driver takes them only as parameters.
	 */
	private static final Pattern POSTGRESQL = Pattern.compile("jdbc:postgresql:(?://" + HOST + "(?:," + HOST
			+ ")*/[^/?#\\s]*|[A-Za-z0-9_][^/?#:\\s]*)(?:\\?[A-Za-z0-9_.-]+=[^&\\s]*(?:&[A-Za-z0-9_.-]+=[^&\\s]*)*)?");

	private static final Pattern PORT = Pattern.compile(":([0-9]{1,5})(?=[,/])");

	/**
	 * A parameter holding a password, in any JDBC dialect ({@code ?}, {@code &} or
	 * {@code ;} before it): {@code password=}, {@code sslpassword=}, {@code pwd=}... The
	 * key is group 1.
	 */
	private static final Pattern PASSWORD_KEY = Pattern
		.compile("[?&;]([A-Za-z0-9_.-]*(?i:password|passwd|pwd)[A-Za-z0-9_.-]*)=");

	/**
	 * {@code //user:password@host}, the password up to the last {@code @} before the path
	 * or the parameters: an {@code @} in a parameter ({@code ?user=recon@server}, as
	 * Azure names its users) is no password. A password holding a {@code /} is not seen
	 * here, but no PostgreSQL URL has a user part: {@link #checked} refuses it all the
	 * same, masked.
	 */
	private static final Pattern USER_PASSWORD = Pattern.compile("//[^/?#@:]*:[^/?#]+@");

	/** A password parameter's value, up to the next separator of any JDBC dialect. */
	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|passwd|pwd)=[^&;]*");

	/**
	 * {@code scheme://user:password@host}: all from the colon to the last {@code @},
	 * since a password may hold any character, even {@code /} or {@code @} (more is
	 * hidden than needed when a parameter holds an {@code @}, never less).
	 */
	private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?&;]*):.*@");

	private StoreUrl() {
	}

	/**
	 * The store URL, if it is a PostgreSQL JDBC URL without a password.
	 * @param source where it comes from, as messages name it: {@code --db} or the
	 * environment variable
	 * @throws UsageException naming the part that carries a password (never the
	 * password), or the expected form with the value shown without its password
	 */
	public static String checked(String value, String source) {
		String password = passwordPart(value);
		if (password != null) {
			throw new UsageException("run: " + source + " must not carry a password (" + password
					+ "); give it in PGPASSWORD or a PGPASSFILE");
		}
		if (!POSTGRESQL.matcher(value).matches() || !portsInRange(value)) {
			throw new UsageException(
					"run: " + source + " '" + masked(value) + "' is not a PostgreSQL JDBC URL; expected " + EXPECTED);
		}
		return value;
	}

	/**
	 * Where a URL carries a password, in words ("the password= parameter"), or null.
	 */
	static String passwordPart(String url) {
		if (USER_PASSWORD.matcher(url).find()) {
			return "the user:password@ part";
		}
		Matcher key = PASSWORD_KEY.matcher(url);
		if (key.find()) {
			return "the " + key.group(1) + "= parameter";
		}
		return null;
	}

	/**
	 * The URL with every password replaced by {@code ***}: the value of a
	 * {@code password=} parameter, and the part after {@code user:} before a host. For
	 * messages and logs: a password never reaches the console.
	 */
	public static String masked(String url) {
		String masked = USER_INFO.matcher(url).replaceAll("$1:***@");
		return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1=***");
	}

	private static boolean portsInRange(String url) {
		int query = url.indexOf('?');
		var ports = PORT.matcher(query < 0 ? url : url.substring(0, query));
		while (ports.find()) {
			int port = Integer.parseInt(ports.group(1));
			if (port < 1 || port > 65535) {
				return false;
			}
		}
		return true;
	}

}
