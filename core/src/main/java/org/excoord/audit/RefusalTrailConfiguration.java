package org.excoord.audit;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.excoord.directory.Actor;
import org.excoord.shared.Outcome;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * Puts {@link RefusalTrail} around every method of an excoord bean that takes an {@link Actor} and returns an
 * {@link Outcome}: the domain's commands and queries, in core and in the bot alike. It is an infrastructure
 * advisor, so the proxies Spring already makes for transactions carry it, with or without AspectJ.
 */
@Configuration(proxyBeanMethods = false)
class RefusalTrailConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusalTrailAdvisor(ObjectProvider<RefusalTrail> trail) {
        MethodInterceptor interceptor = invocation -> {
            Object result = invocation.proceed();
            if (result instanceof Outcome.Refused<?> refused && RefusalTrail.isTraced(refused.refusal())) {
                Actor actor = actorAmong(invocation.getArguments());
                if (actor != null) {
                    Method m = invocation.getMethod();
                    trail.getObject().refused(actor, m.getDeclaringClass().getSimpleName() + "." + m.getName(),
                            refused.refusal());
                }
            }
            return result;
        };
        StaticMethodMatcherPointcutAdvisor advisor = new StaticMethodMatcherPointcutAdvisor(interceptor) {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return targetClass.getName().startsWith("org.excoord.")
                        && Outcome.class.isAssignableFrom(method.getReturnType())
                        && java.util.Arrays.asList(method.getParameterTypes()).contains(Actor.class);
            }
        };
        // outermost, so that it sees the outcome after the transaction has been decided
        advisor.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static Actor actorAmong(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof Actor actor) {
                return actor;
            }
        }
        return null;
    }
}
