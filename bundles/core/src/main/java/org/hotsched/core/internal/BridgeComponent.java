package org.hotsched.core.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStatus;
import org.hotsched.core.PolicyEntry;
import org.hotsched.core.SchedulerBridge;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The bridge as a DS component: follows the policy services and the configuration, and runs the
 * {@link DispatchLoop} over the configured backend.
 */
@Component(configurationPid = BridgeConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = BridgeConfig.class)
public final class BridgeComponent implements SchedulerBridge {

    private static final Logger LOG = System.getLogger("org.hotsched.core");
    private static final long SWITCH_TIMEOUT_MS = 5_000;

    private final ConfigurationAdmin configAdmin;
    private final PolicyRegistry registry;
    private final BridgeCounters counters = new BridgeCounters();
    private final MetricRegistry metrics = new MetricRegistry();
    private final SchedulerBackend backend;
    private final String backendReason;
    private final DispatchLoop loop;
    private volatile BridgeSettings settings;
    private volatile String note = "";

    @Activate
    public BridgeComponent(BundleContext context, Map<String, Object> properties,
                           @Reference ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
        String coreVersion = context.getBundle().getVersion().toString();
        this.registry = new PolicyRegistry(new PolicyHandle(new BuiltinFifoPolicy(), BuiltinFifoPolicy.NAME,
                new BuiltinFifoPolicy().info().description(), context.getBundle().getSymbolicName(), coreVersion, 0, 0));
        this.settings = settingsOrDefaults(properties);
        BackendFactory.Choice choice = BackendFactory.open(settings);
        this.backend = choice.backend();
        this.backendReason = choice.reason();
        this.loop = new DispatchLoop(backend, new BridgeContext(backend, settings.sliceNs(), metrics), counters,
                registry.builtin(), settings.sliceNs());
        LOG.log(Level.INFO, "hotsched: backend " + backendReason);
    }

    /** Starts dispatching once DS has bound the policies present, so the first batch goes to the right one. */
    @Activate
    void start() {
        follow();
        loop.start();
    }

    private static BridgeSettings settingsOrDefaults(Map<String, Object> properties) {
        try {
            return BridgeSettings.parse(properties);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; starting with the defaults");
            return BridgeSettings.DEFAULTS;
        }
    }

    @Modified
    void modified(Map<String, Object> properties) {
        BridgeSettings next;
        try {
            next = BridgeSettings.parse(properties);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "hotsched: " + e.getMessage() + "; the previous configuration stays in force");
            return;
        }
        if (next.backendSettingsDiffer(settings)) {
            LOG.log(Level.INFO, "hotsched: backend settings changed; they take effect when hotsched restarts");
        }
        settings = settings.withPolicy(next.policy());
        follow();
    }

    @Deactivate
    void deactivate() {
        loop.stop();
        backend.close();
    }

    @Reference(service = SchedulerPolicy.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPolicy(ServiceReference<SchedulerPolicy> ref, SchedulerPolicy policy) {
        PolicyInfo info;
        try {
            info = policy.info();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "hotsched: ignoring policy service " + ref.getProperty(Constants.SERVICE_ID)
                    + " of bundle " + ref.getBundle().getSymbolicName() + ": its info() threw " + e);
            return;
        }
        registry.add(handle(ref, policy, info));
        follow();
    }

    void unbindPolicy(ServiceReference<SchedulerPolicy> ref) {
        registry.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        follow();
    }

    void updatedPolicy(ServiceReference<SchedulerPolicy> ref, SchedulerPolicy policy) {
        registry.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        bindPolicy(ref, policy);
    }

    private static PolicyHandle handle(ServiceReference<SchedulerPolicy> ref, SchedulerPolicy policy, PolicyInfo info) {
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        return new PolicyHandle(policy, info.name(), info.description(), ref.getBundle().getSymbolicName(),
                ref.getBundle().getVersion().toString(), ranking instanceof Integer r ? r : 0,
                (Long) ref.getProperty(Constants.SERVICE_ID));
    }

    /** Makes the active policy the one the registry and configuration call for, and waits for the swap. */
    private synchronized void follow() {
        String configured = settings.policy();
        PolicyHandle target = registry.choose(configured);
        note = !configured.isEmpty() && !target.name().equals(configured)
                ? "configured policy '" + configured + "' is not installed; using " + target.name()
                : "";
        if (loop.active() != target && !loop.switchTo(target, SWITCH_TIMEOUT_MS)) {
            LOG.log(Level.WARNING, "hotsched: switching to policy " + target.name() + " did not finish within "
                    + SWITCH_TIMEOUT_MS + " ms");
        }
    }

    /**
     * The configuration is the one source of the choice: write it, and let {@link #modified} carry out the
     * swap, so that a later configuration event can never undo a newer {@code use}.
     */
    @Override
    public BridgeStatus use(String policyName) {
        if (registry.named(policyName).isEmpty()) {
            throw new IllegalArgumentException("no policy named '" + policyName + "'; installed: "
                    + String.join(", ", registry.names()));
        }
        if (!remember(policyName)) {
            settings = settings.withPolicy(policyName);
            follow();
        }
        long deadline = System.nanoTime() + SWITCH_TIMEOUT_MS * 1_000_000L;
        while (!policyName.equals(loop.active().name()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000L);
        }
        return status();
    }

    /**
     * Writes the choice to ConfigAdmin, so it survives a restart (FileInstall saves it to etc/). Returns
     * whether a configuration event will follow.
     */
    private boolean remember(String policyName) {
        try {
            Configuration config = configAdmin.getConfiguration(BridgeConfig.PID, "?");
            Dictionary<String, Object> props = config.getProperties();
            if (props == null) {
                props = new Hashtable<>();
            }
            props.put("policy", policyName);
            return config.updateIfDifferent(props);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "hotsched: could not save policy=" + policyName + " to configuration: " + e);
            return false;
        }
    }

    @Override
    public BridgeStatus status() {
        PolicyHandle active = loop.active();
        return new BridgeStatus(backend.name(), backendReason, backend.kernelState(), active.name(), active.bundle(),
                active.version(), settings.policy(), note, stats());
    }

    @Override
    public List<PolicyEntry> policies() {
        PolicyHandle active = loop.active();
        List<PolicyHandle> all = new ArrayList<>(registry.services());
        all.add(registry.builtin());
        return all.stream()
                .map(h -> new PolicyEntry(h.name(), h.description(), h.bundle(), h.version(), h.ranking(), h == active))
                .toList();
    }

    @Override
    public BridgeStats stats() {
        return counters.snapshot(backend.counters(), metrics.snapshot());
    }
}
