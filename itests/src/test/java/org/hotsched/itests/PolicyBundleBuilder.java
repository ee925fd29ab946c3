package org.hotsched.itests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.hotsched.itests.policy.SwappyPolicy;
import org.ops4j.pax.tinybundles.TinyBundle;
import org.ops4j.pax.tinybundles.TinyBundles;
import org.osgi.framework.Constants;

/**
 * Builds the {@link PolicyBundle}s with TinyBundles from the classes in {@code org.hotsched.itests.policy}: a
 * hand-written manifest and one Declarative Services component providing {@code SchedulerPolicy}. Runs
 * outside Felix, from the tests' {@code @Configuration}, and from Maven before the integration tests
 * ({@link #main}), for the real-kernel test.
 */
public final class PolicyBundleBuilder {

    private static final String COMPONENT_XML = "OSGI-INF/" + PolicyBundle.SYMBOLIC_NAME + ".xml";

    private PolicyBundleBuilder() {
    }

    /** Writes every policy bundle into the folder named by the system property {@value PolicyBundle#FOLDER_PROPERTY}. */
    public static void main(String[] args) {
        writeAll();
    }

    /** Writes every policy bundle into its folder, replacing what an earlier run left. */
    static void writeAll() {
        for (PolicyBundle bundle : PolicyBundle.values()) {
            Path jar = bundle.jar();
            try (InputStream in = build(bundle)) {
                Files.createDirectories(jar.getParent());
                Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write test policy bundle " + jar, e);
            }
        }
    }

    static InputStream build(PolicyBundle bundle) {
        TinyBundle tiny = TinyBundles.bundle()
                .setHeader(Constants.BUNDLE_MANIFESTVERSION, "2")
                .setHeader(Constants.BUNDLE_SYMBOLICNAME, PolicyBundle.SYMBOLIC_NAME)
                .setHeader(Constants.BUNDLE_VERSION, bundle.version)
                .setHeader(Constants.BUNDLE_NAME, "hotsched test policy " + SwappyPolicy.NAME + " ("
                        + bundle.implementation.getSimpleName() + ")")
                .setHeader(Constants.IMPORT_PACKAGE, "org.hotsched.api;version=\"[1.0,2)\"")
                .setHeader(Constants.REQUIRE_CAPABILITY, "osgi.extender;filter:=\"(&(osgi.extender=osgi.component)"
                        + "(version>=1.3.0)(!(version>=2.0.0)))\"")
                .setHeader("Service-Component", COMPONENT_XML)
                .addClass(SwappyPolicy.class)
                .addResource(COMPONENT_XML, new ByteArrayInputStream(componentXml(bundle).getBytes(StandardCharsets.UTF_8)));
        for (Class<?> c = bundle.implementation; c != SwappyPolicy.class; c = c.getSuperclass()) {
            tiny.addClass(c);
        }
        return tiny.build(TinyBundles.rawBuilder());
    }

    private static String componentXml(PolicyBundle bundle) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" immediate="true">
                  <implementation class="%s"/>
                  <service>
                    <provide interface="org.hotsched.api.SchedulerPolicy"/>
                  </service>
                </scr:component>
                """.formatted(PolicyBundle.SYMBOLIC_NAME + "." + SwappyPolicy.NAME, bundle.implementation.getName());
    }
}
