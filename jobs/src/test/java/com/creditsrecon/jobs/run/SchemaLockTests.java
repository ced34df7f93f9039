package com.creditsrecon.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The schema a PostgreSQL run writes in, read from its search path as the server reads
 * it.
 */
class SchemaLockTests {

	@Test
	@DisplayName("currentSchema=S: the first of the path, unquoted names in lower case, quoted ones as written")
	void firstOfThePathAsPostgresReadsIt() {
		assertThat(SchemaLock.firstOfPath("team_a")).isEqualTo("team_a");
		assertThat(SchemaLock.firstOfPath("Team_A")).isEqualTo("team_a");
		assertThat(SchemaLock.firstOfPath("team_b, public")).isEqualTo("team_b");
		assertThat(SchemaLock.firstOfPath("\"Mixed \"\"Case\"\"\", public")).isEqualTo("Mixed \"Case\"");
		assertThat(SchemaLock.firstOfPath("\"$user\", public")).isEqualTo("$user");
		assertThat(SchemaLock.firstOfPath(" ")).isNull();
	}

}
