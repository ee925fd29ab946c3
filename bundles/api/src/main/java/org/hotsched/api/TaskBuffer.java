package org.hotsched.api;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable batch of task records kept in primitive arrays: the batch a simulator or test builds, the
 * buffer a policy fills in {@link SchedulerPolicy#handOver}, and the storage behind {@link TaskQueue}.
 *
 * <p>Appending allocates only when the buffer grows past its largest size so far; a buffer that is
 * cleared and refilled in steady state allocates nothing. Not thread-safe.
 */
public final class TaskBuffer implements TaskBatch {

    /** Longest command name kept, as in the kernel's {@code TASK_COMM_LEN} less the terminator. */
    public static final int COMM_LEN = 16;
    /** A command name as two longs: copied so, not by System.arraycopy, whose call costs more than 16 bytes do. */
    private static final VarHandle COMM_WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final int maskWords;
    private int size;
    private int[] pid;
    private int[] tgid;
    private int[] prevCpu;
    private int[] nrCpusAllowed;
    private int[] weight;
    private long[] runtimeNs;
    private long[] nvcsw;
    private long[] enqFlags;
    private long[] generation;
    private long[] vtime;
    private long[] cgroupId;
    private long[] cpuMask;
    private byte[] comm;
    private byte[] commLen;
    private final byte[] scratchComm = new byte[COMM_LEN];
    private final View view = new View();
    private final Writer writer = new Writer();

    /**
     * @param initialCapacity tasks before the first growth
     * @param nrCpus how many CPUs the allowed-CPU masks cover (at most {@link CpuTopology#MAX_CPUS})
     */
    public TaskBuffer(int initialCapacity, int nrCpus) {
        if (nrCpus < 1 || nrCpus > CpuTopology.MAX_CPUS) {
            throw new IllegalArgumentException("CPU count " + nrCpus + " is outside 1.." + CpuTopology.MAX_CPUS);
        }
        this.maskWords = (nrCpus + 63) >>> 6;
        allocate(Math.max(1, initialCapacity));
    }

    private void allocate(int capacity) {
        pid = new int[capacity];
        tgid = new int[capacity];
        prevCpu = new int[capacity];
        nrCpusAllowed = new int[capacity];
        weight = new int[capacity];
        runtimeNs = new long[capacity];
        nvcsw = new long[capacity];
        enqFlags = new long[capacity];
        generation = new long[capacity];
        vtime = new long[capacity];
        cgroupId = new long[capacity];
        cpuMask = new long[capacity * maskWords];
        comm = new byte[capacity * COMM_LEN];
        commLen = new byte[capacity];
    }

    private void ensureCapacity(int wanted) {
        int capacity = pid.length;
        if (wanted <= capacity) {
            return;
        }
        int n = Math.max(wanted, capacity * 2);
        pid = Arrays.copyOf(pid, n);
        tgid = Arrays.copyOf(tgid, n);
        prevCpu = Arrays.copyOf(prevCpu, n);
        nrCpusAllowed = Arrays.copyOf(nrCpusAllowed, n);
        weight = Arrays.copyOf(weight, n);
        runtimeNs = Arrays.copyOf(runtimeNs, n);
        nvcsw = Arrays.copyOf(nvcsw, n);
        enqFlags = Arrays.copyOf(enqFlags, n);
        generation = Arrays.copyOf(generation, n);
        vtime = Arrays.copyOf(vtime, n);
        cgroupId = Arrays.copyOf(cgroupId, n);
        cpuMask = Arrays.copyOf(cpuMask, n * maskWords);
        comm = Arrays.copyOf(comm, n * COMM_LEN);
        commLen = Arrays.copyOf(commLen, n);
    }

    @Override
    public int size() {
        return size;
    }

    /** How many CPUs the masks of this buffer cover, rounded up to a multiple of 64. */
    public int maskCpus() {
        return maskWords << 6;
    }

    @Override
    public TaskView task(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("task " + index + " of " + size);
        }
        view.index = index;
        return view;
    }

    /** Empties the buffer, keeping its storage. */
    public void clear() {
        size = 0;
    }

    /**
     * Appends an empty record (pid 0, weight 100, no CPU allowed) and returns the writer positioned on it.
     * The writer is reused: it is valid until the next call to {@code append} or {@code writer}.
     */
    public Writer append() {
        ensureCapacity(size + 1);
        int i = size++;
        pid[i] = 0;
        tgid[i] = 0;
        prevCpu[i] = 0;
        nrCpusAllowed[i] = 0;
        weight[i] = Weights.DEFAULT;
        runtimeNs[i] = 0;
        nvcsw[i] = 0;
        enqFlags[i] = 0;
        generation[i] = 0;
        vtime[i] = 0;
        cgroupId[i] = 0;
        for (int w = i * maskWords, end = w + maskWords; w < end; w++) {
            cpuMask[w] = 0L;
        }
        commLen[i] = 0;
        writer.index = i;
        return writer;
    }

    /** Appends a copy of {@code task}; returns its index. */
    public int add(TaskView task) {
        ensureCapacity(size + 1);
        int i = size++;
        set(i, task);
        return i;
    }

    /** Overwrites record {@code index} with a copy of {@code task}. */
    public void set(int index, TaskView task) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("task " + index + " of " + size);
        }
        // From another buffer's view (a batch into a queue, a queue into a hand-over): array to array.
        if (task instanceof View v && v.owner().maskWords == maskWords) {
            copy(v.owner(), v.index, index);
            return;
        }
        pid[index] = task.pid();
        tgid[index] = task.tgid();
        prevCpu[index] = task.prevCpu();
        nrCpusAllowed[index] = task.nrCpusAllowed();
        weight[index] = task.weight();
        runtimeNs[index] = task.runtimeNs();
        nvcsw[index] = task.nvcsw();
        enqFlags[index] = task.enqFlags();
        generation[index] = task.generation();
        vtime[index] = task.vtime();
        cgroupId[index] = task.cgroupId();
        for (int w = 0; w < maskWords; w++) {
            cpuMask[index * maskWords + w] = task.cpuMaskWord(w);
        }
        commLen[index] = (byte) task.copyComm(scratchComm);
        System.arraycopy(scratchComm, 0, comm, index * COMM_LEN, COMM_LEN);
    }

    private void copy(TaskBuffer src, int from, int to) {
        if (src == this && from == to) {
            return;
        }
        pid[to] = src.pid[from];
        tgid[to] = src.tgid[from];
        prevCpu[to] = src.prevCpu[from];
        nrCpusAllowed[to] = src.nrCpusAllowed[from];
        weight[to] = src.weight[from];
        runtimeNs[to] = src.runtimeNs[from];
        nvcsw[to] = src.nvcsw[from];
        enqFlags[to] = src.enqFlags[from];
        generation[to] = src.generation[from];
        vtime[to] = src.vtime[from];
        cgroupId[to] = src.cgroupId[from];
        for (int w = 0; w < maskWords; w++) {
            cpuMask[to * maskWords + w] = src.cpuMask[from * maskWords + w];
        }
        copyCommWords(src.comm, from * COMM_LEN, comm, to * COMM_LEN);
        commLen[to] = src.commLen[from];
    }

    private static void copyCommWords(byte[] src, int from, byte[] dst, int to) {
        COMM_WORDS.set(dst, to, (long) COMM_WORDS.get(src, from));
        COMM_WORDS.set(dst, to + 8, (long) COMM_WORDS.get(src, from + 8));
    }

    /** Removes the last record. */
    public void removeLast() {
        if (size == 0) {
            throw new IllegalStateException("buffer is empty");
        }
        size--;
    }

    /** The reused writer positioned on an existing record, to change it in place. */
    public Writer writer(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("task " + index + " of " + size);
        }
        writer.index = index;
        return writer;
    }

    /** Sets the fields of one record; every setter returns the writer for chaining. */
    public final class Writer {
        private int index;

        public int index() {
            return index;
        }

        public Writer pid(int v) {
            pid[index] = v;
            return this;
        }

        public Writer tgid(int v) {
            tgid[index] = v;
            return this;
        }

        public Writer prevCpu(int v) {
            prevCpu[index] = v;
            return this;
        }

        public Writer weight(int v) {
            weight[index] = v;
            return this;
        }

        public Writer runtimeNs(long v) {
            runtimeNs[index] = v;
            return this;
        }

        public Writer nvcsw(long v) {
            nvcsw[index] = v;
            return this;
        }

        public Writer enqFlags(long v) {
            enqFlags[index] = v;
            return this;
        }

        public Writer generation(long v) {
            generation[index] = v;
            return this;
        }

        public Writer cgroupId(long id) {
            cgroupId[index] = id;
            return this;
        }

        public Writer vtime(long v) {
            vtime[index] = v;
            return this;
        }

        /** Allows {@code cpu}. */
        public Writer allowCpu(int cpu) {
            int slot = index * maskWords + (cpu >>> 6);
            long bit = 1L << (cpu & 63);
            if ((cpuMask[slot] & bit) == 0) {
                cpuMask[slot] |= bit;
                nrCpusAllowed[index]++;
            }
            return this;
        }

        /** Allows CPUs 0..nrCpus-1. */
        public Writer allowCpus(int nrCpus) {
            for (int cpu = 0; cpu < nrCpus; cpu++) {
                allowCpu(cpu);
            }
            return this;
        }

        /** Sets the allowed CPUs from a mask of words (bit {@code b} of word {@code w} is CPU {@code 64w+b}). */
        public Writer cpuMask(long[] words) {
            int count = 0;
            for (int w = 0; w < maskWords; w++) {
                long bits = w < words.length ? words[w] : 0L;
                cpuMask[index * maskWords + w] = bits;
                count += Long.bitCount(bits);
            }
            nrCpusAllowed[index] = count;
            return this;
        }

        /** Sets the command name from bytes; at most {@link #COMM_LEN} are kept. */
        public Writer comm(byte[] src, int length) {
            int n = Math.min(Math.min(length, src.length), COMM_LEN);
            System.arraycopy(src, 0, comm, index * COMM_LEN, n);
            commLen[index] = (byte) n;
            return this;
        }

        /** Sets the command name from a String (allocates; for tests and set-up). */
        public Writer comm(String name) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            return comm(bytes, bytes.length);
        }
    }

    private final class View implements TaskView {
        private int index;

        TaskBuffer owner() {
            return TaskBuffer.this;
        }

        @Override
        public int pid() {
            return pid[index];
        }

        @Override
        public int tgid() {
            return tgid[index];
        }

        @Override
        public int prevCpu() {
            return prevCpu[index];
        }

        @Override
        public int nrCpusAllowed() {
            return nrCpusAllowed[index];
        }

        @Override
        public boolean cpuAllowed(int cpu) {
            if (cpu < 0 || cpu >= (maskWords << 6)) {
                return false;
            }
            return (cpuMask[index * maskWords + (cpu >>> 6)] & (1L << (cpu & 63))) != 0;
        }

        @Override
        public long cpuMaskWord(int word) {
            return word >= 0 && word < maskWords ? cpuMask[index * maskWords + word] : 0L;
        }

        @Override
        public int weight() {
            return weight[index];
        }

        @Override
        public long runtimeNs() {
            return runtimeNs[index];
        }

        @Override
        public long nvcsw() {
            return nvcsw[index];
        }

        @Override
        public long enqFlags() {
            return enqFlags[index];
        }

        @Override
        public long generation() {
            return generation[index];
        }

        @Override
        public long cgroupId() {
            return cgroupId[index];
        }

        @Override
        public long vtime() {
            return vtime[index];
        }

        @Override
        public int copyComm(byte[] dst) {
            int n = Math.min(commLen[index], dst.length);
            System.arraycopy(comm, index * COMM_LEN, dst, 0, n);
            return n;
        }

        @Override
        public String comm() {
            return new String(comm, index * COMM_LEN, commLen[index], StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "task pid=" + pid() + " comm=" + comm() + " gen=" + generation();
        }
    }
}
