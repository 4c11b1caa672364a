package it.integra.provider.internal;

import it.integra.platform.ProviderDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Offers the registry's providers to the platform's user administration. */
@Component
class ProviderDirectoryAdapter implements ProviderDirectory {

    private final JdbcClient jdbc;

    ProviderDirectoryAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProviderOption> options() {
        return jdbc.sql("SELECT id, code, name FROM provider.provider ORDER BY name, code")
                .query(ProviderOption.class).list();
    }

    @Override
    public Optional<ProviderOption> find(long id) {
        return jdbc.sql("SELECT id, code, name FROM provider.provider WHERE id = :id").param("id", id)
                .query(ProviderOption.class).optional();
    }
}
