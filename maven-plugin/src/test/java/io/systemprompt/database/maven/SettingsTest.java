package io.systemprompt.database.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.systemprompt.database.config.DatabaseConfig;
import io.systemprompt.database.config.EngineType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How POM parameters, environment variables and defaults combine into the library's configuration. */
class SettingsTest {
    @TempDir
    Path project;

    private StatusMojo mojo() {
        StatusMojo mojo = new StatusMojo();
        mojo.basedir = project.toFile();
        return mojo;
    }

    @Test
    void pomParametersWinOverTheEnvironmentAndPathsAreRelativeToTheProject() throws Exception {
        StatusMojo mojo = mojo();
        mojo.type = "sqlite";
        mojo.file = "target/app.db";
        mojo.moduleRoots = List.of("db/modules", "classpath:systemprompt/modules");
        Map<String, String> env = Map.of("DATABASE_TYPE", "postgres", "DATABASE_FILE", "elsewhere.db",
                "DB_POOL_MAX", "3", "DB_AUTO_MIGRATE", "true");

        DatabaseConfig config = DatabaseConfig.fromEnvironment(mojo.settings(env));

        assertThat(config.engine()).isEqualTo(EngineType.SQLITE);
        assertThat(config.sqliteFile()).isEqualTo(project.resolve("target/app.db").toString());
        assertThat(config.poolMax()).as("unset in the POM: from the environment").isEqualTo(3);
        assertThat(config.autoMigrate()).as("goals migrate only when asked").isFalse();
        assertThat(config.moduleRoots()).containsExactly(project.resolve("db/modules").toString(),
                "classpath:systemprompt/modules");
    }

    @Test
    void withoutRootsTheProjectsModuleFoldersThatExistAreUsed() throws Exception {
        Files.createDirectories(project.resolve("src/main/resources/systemprompt/modules"));
        DatabaseConfig config = DatabaseConfig.fromEnvironment(mojo().settings(Map.of()));
        assertThat(config.moduleRoots()).containsExactly(
                project.resolve("src/main/resources/systemprompt/modules").toString());
    }

    @Test
    void noRootsAtAllIsAClearFailure() {
        assertThatThrownBy(() -> mojo().settings(Map.of())).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no module roots").hasMessageContaining("<moduleRoots>");
    }

    @Test
    void anInvalidValueFailsTheGoalWithTheLibrarysMessage() {
        StatusMojo mojo = mojo();
        mojo.moduleRoots = List.of("modules");
        mojo.poolMax = "many";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("invalid configuration").hasMessageContaining("DB_POOL_MAX");
    }
}
