package org.zhibiao.workbook;

/**
 * Where each indicator id was written: id -> (sheet slot, row), so that 校验问题 can link to rows.
 *
 * <p>Findings arrive after the indicators and may name any id, so every written id is remembered. A boxed
 * {@code HashMap<Long, Location>} costs about 80–100 bytes per row (a million rows: ~100 MB); this open
 * addressing table costs 13 bytes per slot (long key, int value, used flag) at a load of at most 0.75, i.e.
 * 17–35 bytes per row (a million rows: 2^21 slots, 27 MB). The sheet slot (12 bits) and the 0-based row (20 bits, Excel's 1,048,576 rows)
 * are packed into one int.
 */
final class RowLocations {

    static final int NOT_FOUND = -1;
    private static final int ROW_BITS = 20;
    private static final int ROW_MASK = (1 << ROW_BITS) - 1;
    static final int MAX_SLOTS = 1 << 11; // keeps the packed value non-negative

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    RowLocations() {
        this(1 << 10);
    }

    RowLocations(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(16, initialCapacity) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    void put(long id, int sheetSlot, int row) {
        if (sheetSlot < 0 || sheetSlot >= MAX_SLOTS || row < 0 || row > ROW_MASK) {
            throw new IllegalArgumentException("sheet slot " + sheetSlot + " / row " + row + " out of range");
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        insert(id, (sheetSlot << ROW_BITS) | row);
    }

    /** The packed location of {@code id}, or {@link #NOT_FOUND}. */
    int get(long id) {
        int mask = keys.length - 1;
        for (int i = slot(id, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == id) {
                return values[i];
            }
        }
        return NOT_FOUND;
    }

    static int sheetSlot(int packed) {
        return packed >>> ROW_BITS;
    }

    static int row(int packed) {
        return packed & ROW_MASK;
    }

    int size() {
        return size;
    }

    private void insert(long id, int value) {
        int mask = keys.length - 1;
        int i = slot(id, mask);
        while (used[i]) {
            if (keys[i] == id) {
                values[i] = value; // a repeated id points at its latest row
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = id;
        values[i] = value;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads sequential ids
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
