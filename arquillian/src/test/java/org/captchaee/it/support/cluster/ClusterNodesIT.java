package org.captchaee.it.support.cluster;

import java.net.URL;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.captchaee.impl.config.ConfigKeys;
import org.captchaee.it.support.Deployments;
import org.captchaee.it.support.Http;
import org.captchaee.it.support.TimeScale;
import org.captchaee.it.support.redis.SharedRedis;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of black-box tests of one application deployed on both nodes of the cluster (deployments named
 * {@value #NODE_1} and {@value #NODE_2}, each targeting the container of that name), with the state store on the shared
 * Redis. Redis is emptied before each class, so that no class sees the counts or marks of another.
 *
 * <pre>
 * &#64;Deployment(name = NODE_1, testable = false)
 * &#64;TargetsContainer(NODE_1)
 * static WebArchive node1() {
 *     return onTheCluster(Deployments.war("replay").withClasses(CheckoutResource.class));
 * }
 * </pre>
 */
@TwoNodeCluster
public abstract class ClusterNodesIT {

    /** The first node: the name of its container and of the deployment on it. */
    public static final String NODE_1 = "node-1";

    /** The second node. */
    public static final String NODE_2 = "node-2";

    /** The secret every node of the cluster shares. */
    public static final String SECRET = "the-secret-both-nodes-of-the-test-cluster-share-0123456789";

    private static final Set<String> READY = ConcurrentHashMap.newKeySet();
    private static final Duration READY_WITHIN = TimeScale.of(Duration.ofSeconds(20));

    @ArquillianResource
    @OperateOnDeployment(NODE_1)
    private URL node1Url;

    @ArquillianResource
    @OperateOnDeployment(NODE_2)
    private URL node2Url;

    /** The client of the application on node 1. */
    protected Http node1;

    /** The client of the application on node 2. */
    protected Http node2;

    /**
     * The application as each node deploys it: on the Redis store, with the shared secret.
     *
     * @param war the application
     * @return the archive
     */
    protected static WebArchive onTheCluster(Deployments war) {
        return war.withRedisStore(SharedRedis.uri())
                .withConfig(ConfigKeys.SECRET, SECRET)
                .build();
    }

    @BeforeAll
    static void emptyRedis() {
        SharedRedis.server().command("FLUSHALL");
    }

    @BeforeEach
    void openClients() {
        node1 = open(node1Url);
        node2 = open(node2Url);
    }

    @AfterEach
    void closeClients() {
        node1.close();
        node2.close();
    }

    private static Http open(URL url) {
        Http http = new Http(url);
        if (READY.add(url.toExternalForm())) {
            http.awaitDeployment(READY_WITHIN);
        }
        return http;
    }
}
