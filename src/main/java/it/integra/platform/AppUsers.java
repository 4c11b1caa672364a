package it.integra.platform;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** The users, loaded and saved whole. */
interface AppUsers extends CrudRepository<AppUser, Long> {

    @Query("SELECT EXISTS (SELECT 1 FROM platform.app_user WHERE lower(username) = lower(:username))")
    boolean usernameTaken(String username);
}
