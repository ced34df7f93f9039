package com.creditsrecon.jobs.run;

import java.util.Map;
import java.util.Properties;

import com.creditsrecon.jobs.importing.RunOptions;

/**
 * Who the run connects to its store as. The embedded store's user is HSQLDB's own. For
 * PostgreSQL the user is the URL's {@code user=}, else {@code PGUSER}; the password comes
 * from {@code PGPASSWORD}, else from the driver's own reading of the password file
 * ({@code PGPASSFILE}, by default {@code ~/.pgpass}); never from the command line, where
 * every process of the machine could read it.
 */
public record StoreCredentials(String user, String password) {

	@Override
	public String toString() {
		// a password is never shown, whatever prints this
		return "StoreCredentials[user=" + this.user + "]";
	}

	/** The credentials of {@code options}' store under the environment {@code env}. */
	public static StoreCredentials of(RunOptions options, Map<String, String> env) {
		if (options.db() == null) {
			return new StoreCredentials("SA", "");
		}
		String user = options.db().contains("user=") ? null : env.get("PGUSER");
		return new StoreCredentials(user, env.get("PGPASSWORD"));
	}

	/** As JDBC connection properties: only those that are set. */
	Properties properties() {
		Properties properties = new Properties();
		if (this.user != null) {
			properties.setProperty("user", this.user);
		}
		if (this.password != null) {
			properties.setProperty("password", this.password);
		}
		return properties;
	}

}
