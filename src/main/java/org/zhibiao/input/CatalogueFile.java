package org.zhibiao.input;

import java.nio.file.Path;
import org.zhibiao.classify.Catalogue;

/** --catalogue=FILE: read as an {@link OptionFile} (regular file, UTF-8, no character a workbook cannot hold). */
public final class CatalogueFile {

    public static final String OPTION = "--catalogue";

    private CatalogueFile() {
    }

    /** @throws OptionFile.Problem or {@link org.zhibiao.classify.CatalogueException}, both naming file and line */
    public static Catalogue load(Path file) {
        return Catalogue.parse(file.toAbsolutePath().normalize().toString(), OptionFile.read(OPTION, file));
    }
}
