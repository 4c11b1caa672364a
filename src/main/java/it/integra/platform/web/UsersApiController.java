package it.integra.platform.web;

import it.integra.platform.Role;
import it.integra.platform.UserAdministration;
import it.integra.platform.UserQuery;
import it.integra.platform.UserSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The user list for administrators' scripts: the same filters as the page, 100 users a page. */
@RestController
class UsersApiController {

    static final int PAGE_SIZE = 100;

    private final UserAdministration users;

    UsersApiController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize("hasRole('ADMIN')")
    PagedModel<UserSummary> users(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                                  @RequestParam(required = false) Boolean enabled,
                                  @RequestParam(defaultValue = "0") int page) {
        return new PagedModel<>(users.search(new UserQuery(q, role, enabled), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    }
}
