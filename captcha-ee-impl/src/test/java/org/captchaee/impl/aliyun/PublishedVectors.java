package org.captchaee.impl.aliyun;

import java.util.Map;
import java.util.TreeMap;

/**
 * The signature examples Alibaba Cloud publishes, in one place for the tests of our signers and of the stub's
 * independent checks: the V3 (ACS3-HMAC-SHA256) ECS RunInstances example and the RPC (HMAC-SHA1)
 * DescribeDedicatedHosts example.
 */
public final class PublishedVectors {

    /** The V3 example's AccessKey ID. */
    public static final String V3_KEY_ID = "YourAccessKeyId";
    /** The V3 example's AccessKey secret. */
    public static final String V3_SECRET = "YourAccessKeySecret";
    /** The V3 example's host. */
    public static final String V3_HOST = "ecs.cn-shanghai.aliyuncs.com";
    /** The V3 example's {@code x-acs-date}. */
    public static final String V3_DATE = "2023-10-26T10:22:32Z";
    /** The V3 example's {@code x-acs-signature-nonce}. */
    public static final String V3_NONCE = "3156853299f313e23d1673dc12e1703d";
    /** The V3 example's query parameters. */
    public static final Map<String, String> V3_QUERY =
            Map.of("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd", "RegionId", "cn-shanghai");
    /** The V3 example's signature. */
    public static final String V3_SIGNATURE = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";

    /** The RPC example's AccessKey ID. */
    public static final String RPC_KEY_ID = "testid";
    /** The RPC example's AccessKey secret. */
    public static final String RPC_SECRET = "testsecret";
    /** The RPC example's signature. */
    public static final String RPC_SIGNATURE = "9NaGiOspFP5UPcwX8Iwt2YJXXuk=";

    private PublishedVectors() {}

    /**
     * The RPC example's parameters, without the signature.
     *
     * @return a new sorted, modifiable map
     */
    public static Map<String, String> rpcParameters() {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("AccessKeyId", RPC_KEY_ID);
        parameters.put("Action", "DescribeDedicatedHosts");
        parameters.put("Format", "JSON");
        parameters.put("RegionId", "cn-beijing");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("Timestamp", "2023-03-13T08:34:30Z");
        parameters.put("Version", "2014-05-26");
        return parameters;
    }
}
