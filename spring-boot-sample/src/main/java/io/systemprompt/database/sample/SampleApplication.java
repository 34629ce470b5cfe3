package io.systemprompt.database.sample;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The application: one endpoint that reads module tables through Spring's JdbcTemplate. */
@SpringBootApplication
@RestController
public class SampleApplication {
    private final JdbcTemplate jdbc;

    /** Spring injects the JdbcTemplate built on the library's DataSource. */
    public SampleApplication(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** Every note with its author: {@code sample/notes} rows joined to {@code core/users} rows. */
    @GetMapping("/notes")
    public List<Map<String, Object>> notes() {
        return jdbc.queryForList("SELECT n.id, n.body, u.username FROM notes n JOIN users u ON u.id = n.user_id"
                + " ORDER BY n.id");
    }
}
