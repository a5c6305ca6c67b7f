package vn.vhttdl.hub.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use the admin API ({@code hub.security.users[i]}). With no user configured, the hub
 * creates one ADMIN with a random password and prints it once at start (the demo does that).
 *
 * @param users the accounts
 */
@Validated
@ConfigurationProperties("hub.security")
public record AccessProperties(@DefaultValue List<@Valid User> users) {

    /** Roles, each including the ones before it. */
    public enum Role { VIEWER, OPERATOR, ADMIN }

    /**
     * One account.
     *
     * @param username login
     * @param password the password, or its {@code {bcrypt}} hash
     * @param roles    what it may do
     */
    public record User(@NotBlank String username, @NotBlank String password, @NotEmpty List<Role> roles) {

        @Override
        public String toString() {
            return "User[" + username + ", " + roles + "]";
        }
    }
}
