package org.hotsched.core.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.hotsched.api.PolicyInfo;
import org.hotsched.api.SchedulerPolicy;
import org.hotsched.core.BridgeStats;
import org.hotsched.core.BridgeStatus;
import org.hotsched.core.HistoryEntry;
import org.hotsched.core.PolicyEntry;
import org.hotsched.core.PolicyFault;
import org.hotsched.core.SchedulerBridge;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
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
 * The bridge as a DS component: follows the policy services and the configuration, runs the
 * {@link DispatchLoop} over the configured backend, keeps the activation history, and rolls back.
 */
@Component(service = SchedulerBridge.class, configurationPid = BridgeConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = BridgeConfig.class)
public final class BridgeComponent implements SchedulerBridge, DispatchLoop.Listener {

    private static final Logger LOG = System.getLogger("org.hotsched.core");
    private static final long SWITCH_TIMEOUT_MS = 5_000;
    private static final long ROLLBACK_TIMEOUT_MS = 20_000;

    private final BundleContext context;
    private final PolicyRegistry registry;
    private final BridgeCounters counters = new BridgeCounters();
    private final MetricRegistry metrics = new MetricRegistry();
    /** Framework property: where the history and the kept jars live across restarts (the distribution's data/). */
    static final String DATA_DIR = "hotsched.data.dir";
    private final HistoryFile historyFile;
    private final FaultLog faultLog = new FaultLog();
    private final ActivationHistory history;
    /** The trigger of a history entry for a scheduler attached again after the kernel stopped it. */
    static final String REATTACHED = "scheduler re-attached";
    private final KeptJars keptJars;
    private final RollbackStorm rollbackStorm = new RollbackStorm();
    private final PolicyUpdates updates = new PolicyUpdates();
    /**
     * Keeps jars, reinstalls releases and saves proven choices off the dispatch thread, one job at a time.
     */
    private final ScheduledThreadPoolExecutor housekeeping = housekeepingThread();
    private final SchedulerBackend backend;
    private final String backendReason;
    private final DispatchLoop loop;
    private volatile BridgeSettings settings;
    /** Set while the component deactivates: policies leaving then need no swap, the loop is stopping. */
    private volatile boolean stopping;
    private volatile String note = "";
    private final SavedChoice savedChoice;
    /**
     * Why the next activation of a release (key: its {@link PolicyHandle#release()}) or of a policy name
     * (key: "name:" + name) happens, when a user action or a rollback set it off indirectly (through
     * configuration, or by reinstalling a bundle). Consumed by that activation.
     */
    private final Map<String, String> expectedTriggers = new ConcurrentHashMap<>();

    @Activate
    public BridgeComponent(BundleContext context, Map<String, Object> properties,
                           @Reference ConfigurationAdmin configAdmin) {
        this.context = context;
        this.savedChoice = new SavedChoice(configAdmin);
        Bundle core = context.getBundle();
        BuiltinFifoPolicy builtin = new BuiltinFifoPolicy();
        this.registry = new PolicyRegistry(new PolicyHandle(builtin, BuiltinFifoPolicy.NAME, builtin.info().description(),
                core.getSymbolicName(), core.getVersion().toString(), 0, 0, -1, Map.of()));
        Path data = dataDir(context);
        this.keptJars = new KeptJars(data.resolve("kept"), context.getProperty("felix.fileinstall.dir"));
        this.historyFile = new HistoryFile(data.resolve("history.tsv"));
        this.history = new ActivationHistory(earlierHistory(historyFile));
        this.settings = settingsOrDefaults(properties);
        BackendFactory.Choice choice = BackendFactory.open(settings);
        this.backend = choice.backend();
        this.backendReason = choice.reason();
        this.loop = new DispatchLoop(backend, new BridgeContext(backend, settings.sliceNs(), metrics), counters,
                registry.builtin(), settings.swap(), this);
        if (backend instanceof ReattachingBackend reattaching) {
            // The policy stays; the history shows the kernel's part, so a gap in scheduling is explained.
            reattaching.listener(why -> history.activated(loop.active(), REATTACHED + " (" + why + ")",
                    DispatchLoop.SwapFigures.NONE));
        }
        LOG.log(Level.INFO, "hotsched: backend " + backendReason);
    }

    /**
     * Starts dispatching once DS has bound the policies present, so the first batch goes to the right one, and
     * returns once that policy is active, so a command run right after the start sees it.
     */
    @Activate
    void start() {
        follow("start");
        loop.start();
        if (!loop.awaitFirstSwap(SWITCH_TIMEOUT_MS)) {
            LOG.log(Level.WARNING, "hotsched: the first policy did not become active within " + SWITCH_TIMEOUT_MS + " ms");
        }
    }

    private static ScheduledThreadPoolExecutor housekeepingThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "hotsched-housekeeping");
            t.setDaemon(true);
            return t;
        });
        // A choice still waiting for its policy's probation to end is not saved by a bridge that stopped.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** The configuration at start: a refused key takes its default, the others apply. */
    private static BridgeSettings settingsOrDefaults(Map<String, Object> properties) {
        BridgeSettings.Parsed parsed = BridgeSettings.parse(properties, BridgeSettings.DEFAULTS);
        parsed.refused().forEach(e -> LOG.log(Level.ERROR, "hotsched: " + e + "; starting with its default"));
        return parsed.settings();
    }

    /**
     * A configuration change, key by key: a refused key keeps its value and the others apply; a key that is
     * missing (a deleted, emptied or truncated file) changes nothing, {@code policy} included (an empty
     * {@code policy=} line asks for the ranking's choice).
     */
    @Modified
    void modified(Map<String, Object> properties) {
        BridgeSettings.Parsed parsed = BridgeSettings.parse(properties, settings);
        parsed.refused().forEach(e -> LOG.log(Level.ERROR, "hotsched: " + e + "; it keeps its value, the other keys apply"));
        BridgeSettings next = parsed.settings();
        if (next.backendSettingsDiffer(settings)) {
            LOG.log(Level.INFO, "hotsched: backend and swap settings changed; they take effect when hotsched restarts");
        }
        if (savedChoice.isEcho(next.policy())) {
            return;
        }
        if (!next.policy().equals(settings.policy())) {
            registry.forgive(next.policy());
        }
        settings = settings.withPolicy(next.policy());
        follow("configuration");
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        loop.stop();
        backend.close();
        housekeeping.shutdown();
        try {
            housekeeping.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeHistory();
    }

    /**
     * The distribution's data folder ({@value #DATA_DIR}, relative to the working directory), which outlives the
     * framework cache; else this bundle's own storage, which a restart that cleans the cache wipes.
     */
    private static Path dataDir(BundleContext context) {
        Path own = context.getDataFile("").toPath();
        String configured = context.getProperty(DATA_DIR);
        if (configured == null || configured.isBlank()) {
            return own;
        }
        Path data = Path.of(configured).toAbsolutePath();
        try {
            Files.createDirectories(data);
            if (Files.isWritable(data)) {
                return data;
            }
        } catch (IOException | SecurityException e) {
            // Read-only installation: said below.
        }
        LOG.log(Level.WARNING, "hotsched: cannot write to " + data + " (" + DATA_DIR + "); the activation history and"
                + " kept releases go to the framework cache, which a restart empties: make that folder writable for"
                + " sched:rollback to reach back across a restart");
        return own;
    }

    private static List<HistoryEntry> earlierHistory(HistoryFile file) {
        try {
            return file.load();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "hotsched: cannot read the activation history " + file.path() + " (" + e.getMessage()
                    + "); it starts empty, and sched:rollback reaches back only within this run");
            return List.of();
        }
    }

    /** Saves the history off the dispatch thread; the last save happens when the bridge stops. */
    private void saveHistory() {
        try {
            housekeeping.execute(this::writeHistory);
        } catch (RejectedExecutionException stopping) {
            // Stopping: deactivate writes it once the dispatch thread is done.
        }
    }

    private void writeHistory() {
        try {
            historyFile.save(history.entries());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "hotsched: cannot save the activation history to " + historyFile.path() + " ("
                    + e.getMessage() + "); sched:rollback will not reach back across a restart");
        }
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
        PolicyHandle added = handle(ref, policy, info);
        registry.add(added);
        PolicyUpdates.Arrival arrival = updates.arrived(added);
        PolicyHandle replaced = arrival == null ? null : arrival.replaced();
        if (arrival != null) {
            LOG.log(Level.INFO, "hotsched: " + BuiltinFifoPolicy.NAME + " decided for " + arrival.tookMs()
                    + " ms while " + added.name() + "'s bundle restarted");
        }
        PolicyHandle active = loop.active();
        if (replaced == null && active.name().equals(added.name()) && !active.release().equals(added.release())) {
            replaced = active;
        }
        // Another release of the active policy, in place or beside it: if it is chosen, that is an update.
        String updated = replaced == null ? null : PolicyUpdates.trigger(replaced, added);
        if (updated != null) {
            expectedTriggers.putIfAbsent(added.release(), updated);
        }
        follow(ActivationHistory.INSTALLED);
        if (updated != null) {
            expectedTriggers.remove(added.release(), updated);
        }
    }

    void unbindPolicy(ServiceReference<SchedulerPolicy> ref) {
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        registry.remove(serviceId);
        PolicyHandle active = loop.active();
        Bundle bundle = context.getBundle(active.bundleId());
        if (active.serviceId() == serviceId && !stopping && bundle != null
                && PolicyUpdates.isRestarting(bundle, context.getBundle(Constants.SYSTEM_BUNDLE_ID))) {
            standInWhileRestarting(active);
            return;
        }
        follow(ActivationHistory.STAND_IN);
    }

    /**
     * The active policy's bundle is being updated: the built-in FIFO takes its tasks now, while the bundle can still
     * hand them over, and decides until the new version arrives; no other policy is chosen meanwhile.
     */
    private synchronized void standInWhileRestarting(PolicyHandle leaving) {
        updates.begin(leaving);
        if (!loop.switchTo(registry.builtin(), DispatchLoop.INTERIM, SWITCH_TIMEOUT_MS)) {
            LOG.log(Level.WARNING, "hotsched: handing " + leaving.name() + "'s tasks to " + BuiltinFifoPolicy.NAME
                    + " while its bundle restarts did not finish within " + SWITCH_TIMEOUT_MS + " ms");
        }
        try {
            housekeeping.schedule(() -> {
                if (updates.expire(leaving)) {
                    LOG.log(Level.INFO, "hotsched: policy " + leaving.name() + " (" + leaving.release() + ") did not"
                            + " come back within " + PolicyUpdates.GRACE_MS + " ms of its bundle's restart");
                    follow(ActivationHistory.STAND_IN);
                }
            }, PolicyUpdates.GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException bridgeStopping) {
            updates.expire(leaving);
        }
    }

    void updatedPolicy(ServiceReference<SchedulerPolicy> ref, SchedulerPolicy policy) {
        registry.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        registry.add(handle(ref, policy, policy.info()));
        follow("configuration");
    }

    private static PolicyHandle handle(ServiceReference<SchedulerPolicy> ref, SchedulerPolicy policy, PolicyInfo info) {
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        Map<String, String> configuration = new TreeMap<>();
        for (String key : ref.getPropertyKeys()) {
            if (!key.equals(Constants.OBJECTCLASS) && !key.startsWith("service.") && !key.startsWith("component.")
                    && !key.startsWith("osgi.ds.") && !key.startsWith("felix.fileinstall.")) {
                configuration.put(key, String.valueOf(ref.getProperty(key)));
            }
        }
        Bundle bundle = ref.getBundle();
        return new PolicyHandle(policy, info.name(), info.description(), bundle.getSymbolicName(),
                bundle.getVersion().toString(), ranking instanceof Integer r ? r : 0,
                (Long) ref.getProperty(Constants.SERVICE_ID), bundle.getBundleId(), Map.copyOf(configuration));
    }

    /** Makes the active policy the one the registry and configuration call for, and waits for the swap. */
    private synchronized void follow(String trigger) {
        if (stopping) {
            return;
        }
        String configured = settings.policy();
        PolicyHandle target = registry.choose(configured);
        note = !configured.isEmpty() && !target.name().equals(configured)
                ? "configured policy '" + configured + "' is not installed or was rolled back; using " + target.name()
                : "";
        if (updates.pending() && !updates.waitsFor(target.bundleId())
                && (trigger.equals(ActivationHistory.INSTALLED) || trigger.equals(ActivationHistory.STAND_IN))) {
            // The built-in FIFO stands in for a bundle being updated: only its new version, or a user, ends that.
            return;
        }
        String expected = expectedTrigger(target);
        if (loop.active() == target) {
            return;
        }
        if (!loop.switchTo(target, expected != null ? expected : trigger, SWITCH_TIMEOUT_MS) && loop.stillWanted(target)) {
            // Not when it was overtaken: refused while starting, or another policy asked for since (the log says why).
            LOG.log(Level.WARNING, "hotsched: switching to policy " + target.name() + " did not finish within "
                    + SWITCH_TIMEOUT_MS + " ms");
        }
    }

    /** The trigger a user action or rollback left for {@code target}, consumed. */
    private String expectedTrigger(PolicyHandle target) {
        String byRelease = expectedTriggers.remove(target.release());
        String byName = expectedTriggers.remove("name:" + target.name());
        return byRelease != null ? byRelease : byName;
    }

    @Override
    public void activated(PolicyHandle from, PolicyHandle to, String trigger, DispatchLoop.SwapFigures figures) {
        if (DispatchLoop.INTERIM.equals(trigger)) {
            // Not a release's activation: the update it bridges is one entry, when the new version arrives.
            return;
        }
        expectedTrigger(to);
        history.activated(to, trigger, figures);
        if (to.bundleId() >= 0) {
            housekeeping.execute(() -> keep(to));
        }
        saveHistory();
    }

    @Override
    public void handedOver(PolicyHandle from, PolicyHandle to, int tasks, long ns) {
        history.handedOver(to, tasks);
        saveHistory();
    }

    @Override
    public void fault(PolicyHandle policy, String method, Throwable thrown, String detail) {
        faultLog.record(policy, method, thrown, detail);
    }

    @Override
    public List<PolicyFault> faults() {
        return faultLog.faults();
    }

    @Override
    public List<String> refusedSettings(Map<String, ?> properties) {
        return BridgeSettings.parse(properties, settings).refused();
    }

    @Override
    public void blackout(PolicyHandle to, long starvedNs) {
        history.blackout(to, starvedNs);
        saveHistory();
    }

    private void keep(PolicyHandle handle) {
        Bundle bundle = context.getBundle(handle.bundleId());
        if (bundle == null || !bundle.getVersion().toString().equals(handle.version())) {
            return;
        }
        try {
            keptJars.keep(bundle);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.WARNING, "hotsched: could not keep a copy of " + handle.release()
                    + " for rollback: " + e.getMessage());
        }
    }

    /** Automatic rollback: called on the dispatch thread, so it decides and hands the rest to housekeeping. */
    @Override
    public void rejected(PolicyHandle policy, String reason) {
        String why = "policy " + policy.name() + " (" + policy.release() + ") " + reason;
        LOG.log(Level.ERROR, "hotsched: rolling back " + why);
        registry.reject(policy);
        history.rolledBack(policy, why);
        saveHistory();
        if (rollbackStorm.tooMany(System.nanoTime())) {
            // Release after release failing means the cause is not the releases (the machine, the workload):
            // stop walking back and let the built-in policy decide until a user chooses.
            LOG.log(Level.ERROR, "hotsched: " + RollbackStorm.LIMIT + " automatic rollbacks within "
                    + RollbackStorm.WINDOW_S + " s; " + BuiltinFifoPolicy.NAME + " decides until sched:use names a policy");
            loop.requestSwitch(registry.builtin(), "automatic rollback");
            // Saving the choice writes a file or goes through ConfigAdmin: not on the dispatch thread.
            housekeeping.execute(() -> {
                if (!savedChoice.save(BuiltinFifoPolicy.NAME)) {
                    settings = settings.withPolicy(BuiltinFifoPolicy.NAME);
                }
            });
            return;
        }
        PolicyHandle previous = history.previous(policy, registry.builtin(), registry::isRejected)
                .orElse(registry.builtin());
        // Straight to the previous good release when it is installed; else the built-in FIFO decides until it is
        // reinstalled. Never a policy picked by ranking on the way.
        loop.requestSwitch(installed(previous).orElse(registry.builtin()), "automatic rollback");
        housekeeping.execute(() -> {
            try {
                returnTo(previous, "automatic rollback");
            } catch (IllegalStateException e) {
                LOG.log(Level.ERROR, "hotsched: " + e.getMessage());
            }
        });
    }

    /** The service of {@code release}'s bundle and version as installed now, if it is. */
    private Optional<PolicyHandle> installed(PolicyHandle release) {
        return isBuiltin(release) ? Optional.of(registry.builtin())
                : registry.release(release.bundle(), release.version());
    }

    /** The built-in FIFO's release, whether this run's handle or one an earlier run's history stands for. */
    private boolean isBuiltin(PolicyHandle release) {
        return release.release().equals(registry.builtin().release());
    }

    /**
     * Makes {@code previous} the release the registry chooses: reinstalls its kept jar when it has been
     * updated away, and names it in configuration when the configured name points elsewhere. Not on the
     * dispatch thread: it may do I/O.
     */
    private void returnTo(PolicyHandle previous, String trigger) {
        registry.forgive(previous);
        // The dispatch thread may be there already (an automatic rollback asks it first): then only the saved
        // choice is left to follow.
        boolean there = loop.active().release().equals(previous.release());
        if (!there) {
            expectReturnTo(previous, trigger);
        }
        // The configured choice leads there by itself only if it names that policy, or none: a configured name that
        // was just rolled back leads there only by ranking, and would bring the rolled-back release back at a restart.
        boolean configuredLeadsThere = settings.policy().isEmpty() || settings.policy().equals(previous.name());
        if (configuredLeadsThere && registry.choose(settings.policy()).release().equals(previous.release())) {
            if (!there) {
                follow(trigger);
            }
        } else if (!savedChoice.save(previous.name())) {
            settings = settings.withPolicy(previous.name());
            if (!there) {
                follow(trigger);
            }
        }
    }

    /** A swap back to {@code previous} is to be triggered {@code trigger}; reinstalls its kept jar if it is gone. */
    private void expectReturnTo(PolicyHandle previous, String trigger) {
        expectedTriggers.put(previous.release(), trigger);
        if (!isBuiltin(previous) && registry.release(previous.bundle(), previous.version()).isEmpty()) {
            try {
                keptJars.restore(context, previous.bundle(), previous.version());
            } catch (IOException | BundleException | IllegalStateException e) {
                expectedTriggers.remove(previous.release());
                throw new IllegalStateException("cannot reinstall " + previous.release() + " for the rollback: "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * Swaps first and saves later: the choice is written to configuration only once the policy is active and
     * out of probation ({@link #saveWhenProven}), so a policy that fails to start, or is rolled back on probation,
     * is never what hotsched starts with next time. Throws, saving nothing, when the policy did not become active.
     */
    @Override
    public BridgeStatus use(String policyName) {
        PolicyHandle chosen;
        String before;
        synchronized (this) {
            if (registry.named(policyName).isEmpty()) {
                throw new IllegalArgumentException("no policy named '" + policyName + "'; installed: "
                        + String.join(", ", registry.names()));
            }
            registry.forgive(policyName);
            chosen = registry.named(policyName).orElseThrow();
            before = settings.policy();
            expectedTriggers.put("name:" + policyName, "sched:use");
            settings = settings.withPolicy(policyName);
            savedChoice.chosenInMemory();
            follow("sched:use");
        }
        String release = chosen.release();
        awaitActive(h -> h.release().equals(release) || registry.isRejected(chosen), SWITCH_TIMEOUT_MS);
        if (!loop.active().release().equals(release)) {
            synchronized (this) {
                if (settings.policy().equals(policyName)) {
                    settings = settings.withPolicy(before);
                }
            }
            throw new IllegalStateException("policy " + policyName + " (" + release + ") did not become active: "
                    + history.outcomeOf(chosen).orElse("not active within " + SWITCH_TIMEOUT_MS + " ms") + "; "
                    + loop.active().name() + " decides, and the saved choice is unchanged ("
                    + (before.isEmpty() ? "none" : "policy=" + before) + ")");
        }
        saveWhenProven(chosen);
        return status();
    }

    /**
     * Writes {@code policy=<name>} once {@code chosen} has come through probation still active; not if it was
     * rolled back or replaced meanwhile.
     */
    private void saveWhenProven(PolicyHandle chosen) {
        housekeeping.schedule(() -> {
            if (loop.active().release().equals(chosen.release()) && loop.probationRemainingMs() == 0
                    && !registry.isRejected(chosen)) {
                savedChoice.save(chosen.name());
            } else if (loop.active().release().equals(chosen.release()) && !registry.isRejected(chosen)) {
                saveWhenProven(chosen);
            }
        }, loop.probationRemainingMs() + 1, TimeUnit.MILLISECONDS);
    }

    /**
     * Decides under the component's lock, then reinstalls and waits without it: reinstalling stops the
     * current bundle, and DS tells {@link #unbindPolicy} about that on this very thread or another one.
     */
    @Override
    public BridgeStatus rollback() {
        PolicyHandle previous;
        synchronized (this) {
            PolicyHandle current = loop.active();
            previous = history.previous(current, registry.builtin(), registry::isRejected).orElseThrow(() ->
                    new IllegalStateException("nothing to roll back to: " + current.name() + " (" + current.release()
                            + ") is the only policy in the history that was not rolled back"));
            LOG.log(Level.INFO, "hotsched: rolling back from " + current.release() + " to " + previous.release());
            registry.reject(current);
            history.rolledBack(current, "sched:rollback");
            saveHistory();
        }
        returnTo(previous, "rollback");
        awaitActive(h -> h.release().equals(previous.release()), ROLLBACK_TIMEOUT_MS);
        return status();
    }

    private void awaitActive(Predicate<PolicyHandle> wanted, long timeoutMs) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (!wanted.test(loop.active()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(2_000_000L);
        }
    }

    @Override
    public BridgeStatus status() {
        PolicyHandle active = loop.active();
        long probation = loop.probationRemainingMs();
        String remark = probation > 0
                ? (note.isEmpty() ? "" : note + "; ") + active.name() + " is on probation for " + probation + " ms more"
                : note;
        return new BridgeStatus(backend.name(), backendReason, backend.kernelState(), active.name(), active.bundle(),
                active.version(), settings.policy(), remark, stats());
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

    @Override
    public List<HistoryEntry> history() {
        return history.entries();
    }
}
