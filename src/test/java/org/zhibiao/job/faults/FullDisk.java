package org.zhibiao.job.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fills up on demand, under the H2 state database only: an H2 file system ({@code
 * jdbc:h2:fulldisk:/path}) that passes everything to the real file until {@link #fill} is called and then
 * refuses every write with the operating system's own words, "No space left on device". Works as root and
 * without mounting anything; the database itself (its chunks, its recovery) is the real one.
 */
public final class FullDisk extends FilePathWrapper {

    static final String SCHEME = "fulldisk";
    private static volatile boolean full;

    static {
        FilePath.register(new FullDisk());
    }

    /**
     * The state database URL of an output folder, on this disk. WRITE_DELAY=0: every commit is written at once,
     * so the full disk meets the step whose commit it is (not a background write after the run).
     */
    static String stateUrl(Path outputDir) {
        return "jdbc:h2:" + SCHEME + ":" + outputDir.toAbsolutePath().resolve(".state").resolve("zhibiao")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    static void fill() {
        full = true;
    }

    static void free() {
        full = false;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static void refuseWhenFull() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    /** The real file's channel; writes fail while the disk is full. */
    private static final class Channel extends org.h2.store.fs.FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWhenFull();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            refuseWhenFull();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenFull();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return base.lock(position, size, shared);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return base.map(mode, position, size);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
