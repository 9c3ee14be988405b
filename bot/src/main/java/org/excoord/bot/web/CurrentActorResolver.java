package org.excoord.bot.web;

import java.util.Optional;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Actor} making the request: from the token's {@code oid} claim (the Entra
 * object id), or, with authentication off, from the {@code X-Excoord-User} header (a UPN or object id) or
 * the configured local user.
 */
@Component
class CurrentActorResolver implements HandlerMethodArgumentResolver {

    static final String USER_HEADER = "X-Excoord-User";

    private final Directory directory;
    private final ApiSecurityProperties properties;

    CurrentActorResolver(Directory directory, ApiSecurityProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        if (properties.mode() == ApiSecurityProperties.Mode.NONE) {
            String named = request.getHeader(USER_HEADER);
            String who = named == null || named.isBlank() ? properties.localUser() : named.trim();
            return lookup(who).orElseThrow(() -> new UnknownUserException("no person '" + who + "' in excoord"));
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken token)) {
            throw new UnknownUserException("the request carries no user token");
        }
        String oid = token.getToken().getClaimAsString("oid");
        return Optional.ofNullable(oid).flatMap(directory::actorForEntraObjectId)
                .orElseThrow(() -> new UnknownUserException("you are signed in, but not registered in excoord; ask "
                        + "an administrator to add you"));
    }

    private Optional<Actor> lookup(String who) {
        if (who == null) {
            return Optional.empty();
        }
        return who.contains("@") ? directory.actorForUpn(who) : directory.actorForEntraObjectId(who);
    }
}
