package org.captchaee.it.support.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.captchaee.it.support.redis.SharedRedis;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs on the two WildFly nodes of the {@code wildfly-cluster} Arquillian group, with the shared
 * Redis started first. Anywhere else (another server's execution, picked by {@code -Dit.test}) it is skipped before
 * Arquillian deploys anything.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EnabledIfSystemProperty(
        named = "arquillian.launch",
        matches = "wildfly-cluster",
        disabledReason = "runs on the two WildFly nodes of the failsafe execution wildfly-cluster")
@ExtendWith(SharedRedis.class)
@ExtendWith(ArquillianExtension.class)
public @interface TwoNodeCluster {}
