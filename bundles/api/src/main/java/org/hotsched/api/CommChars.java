package org.hotsched.api;

import java.nio.charset.StandardCharsets;

/**
 * A task's command name as a reusable {@link CharSequence}, so a regex can match it without a String:
 *
 * <pre>{@code
 * int hash = comm.load(task);
 * boolean hit = pattern.matcher(comm).find();
 * }</pre>
 *
 * Bytes are read as ISO-8859-1: ASCII names match as written; other bytes match as single Latin-1 characters.
 * Not thread-safe: keep one per policy, used on the dispatch thread.
 */
public final class CommChars implements CharSequence {

    private final byte[] bytes = new byte[TaskBuffer.COMM_LEN];
    private int length;

    /**
     * Loads {@code task}'s name and returns a 32-bit FNV-1a hash of it, for caching a verdict per name. Bytes
     * enter the hash sign-extended, so non-ASCII names hash differently from textbook FNV-1a.
     */
    public int load(TaskView task) {
        length = task.copyComm(bytes);
        int hash = 0x811C9DC5;
        for (int i = 0; i < length; i++) {
            hash = (hash ^ bytes[i]) * 0x01000193;
        }
        return hash;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[index] & 0xFF);
    }

    /** Allocates; regex matching does not call it for plain {@code find()}. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    /** The name as a new String (allocates). */
    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
