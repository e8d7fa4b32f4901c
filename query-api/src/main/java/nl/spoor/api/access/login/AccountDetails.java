package nl.spoor.api.access.login;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.spoor.api.access.CurrentUser;
import nl.spoor.api.access.SpoorUser;
import nl.spoor.api.access.store.Account;

/** A local account as Spring Security sees it: authorities {@code ROLE_<code>}. */
record AccountDetails(Account account) implements UserDetails, CurrentUser.SpoorUserDetails {

    @Override
    public SpoorUser user() {
        return account.user();
    }

    static List<GrantedAuthority> authorities(SpoorUser user) {
        return user.roles().stream().sorted().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.code())).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(account.user());
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
