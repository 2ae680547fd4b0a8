package nnshell.data;

import java.util.Map;

/**
 * What nnshell knows about one dataset before loading it.
 *
 * @param name the short name used in {@code Datasets.load(name)} and {@code /data name}
 * @param kind "table" or "images"
 * @param size rows or images, with their shape ("395 rows x 33 columns")
 * @param source where the files come from
 * @param licence the licence they are distributed under
 * @param folder the subfolder of a data directory holding the files
 * @param files each file with its pinned SHA-256
 * @param committed whether the files come with nnshell (otherwise found or downloaded)
 */
public record DatasetInfo(String name, String kind, String size, String source, String licence,
        String folder, Map<String, String> files, boolean committed) {
}
