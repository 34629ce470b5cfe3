import io.systemprompt.database.Database;
import io.systemprompt.modules.core.config.ConfigSetting;
import io.systemprompt.modules.core.config.ConfigSettingFilter;
import io.systemprompt.modules.core.config.ConfigSettings;
import io.systemprompt.modules.core.config.CreateConfigSetting;
import io.systemprompt.modules.core.config.UpdateConfigSetting;
import io.systemprompt.modules.core.users.CreateUser;
import io.systemprompt.modules.core.users.User;
import io.systemprompt.modules.core.users.Users;

import java.util.Optional;
import java.util.function.Consumer;

/** The description's config example, written with the types generated from the example modules. */
public class ExampleDriver implements Consumer<Database> {

    /** A driver. */
    public ExampleDriver() {
        // Stateless.
    }

    @Override
    public void accept(Database db) {
        ConfigSettings settings = ConfigSettings.of(db);
        ConfigSetting setting = settings.create(new CreateConfigSetting("test.key", "test value").withType("string"));
        AppDefaultDriver.check(setting.id() > 0, "the id is defined");
        AppDefaultDriver.equal(setting.type(), "string", "type");
        AppDefaultDriver.equal(setting.encrypted(), false, "default encrypted");
        AppDefaultDriver.equal(setting.category(), "general", "default from the migration");
        AppDefaultDriver.equal(settings.findByKey("test.key"), Optional.of(setting), "read back by key");
        AppDefaultDriver.equal(settings.findById(setting.id()), Optional.of(setting), "read back by id");
        AppDefaultDriver.equal(settings.count(new ConfigSettingFilter()), 4L, "three from init.sql and ours");
        ConfigSetting changed = settings.update(setting.id(), new UpdateConfigSetting().withValue("new")
                .withDescription("A test")).orElseThrow();
        AppDefaultDriver.equal(changed.description(), Optional.of("A test"), "updated description");
        AppDefaultDriver.equal(db.queryOne("SELECT * FROM config_settings WHERE key = ?", ConfigSetting.class,
                "test.key"), Optional.of(changed), "hand-written SQL maps to the same record");

        Users users = Users.of(db);
        User ada = users.create(new CreateUser("ada", "ada@example.com").withStatus(User.Status.SUSPENDED));
        AppDefaultDriver.equal(users.findByEmail("ada@example.com").map(User::status),
                Optional.of(User.Status.SUSPENDED), "enum from CHECK (status IN ...)");
        AppDefaultDriver.check(users.delete(ada.id()), "delete");
    }
}
