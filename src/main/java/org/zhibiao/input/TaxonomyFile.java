package org.zhibiao.input;

import java.nio.file.Path;
import org.zhibiao.classify.Taxonomy;

/** --taxonomy=FILE: read as an {@link OptionFile} (regular file, UTF-8, no character a workbook cannot hold). */
public final class TaxonomyFile {

    public static final String OPTION = "--taxonomy";

    private TaxonomyFile() {
    }

    /** @throws OptionFile.Problem or {@link org.zhibiao.classify.TaxonomyException}, both naming file and line */
    public static Taxonomy load(Path file) {
        return Taxonomy.parse(file.toAbsolutePath().normalize().toString(), OptionFile.read(OPTION, file));
    }
}
