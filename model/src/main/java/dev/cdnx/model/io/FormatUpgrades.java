package dev.cdnx.model.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdnx.model.scenario.Scenario;

/**
 * Upgrades the tree of a file written by an older version to the current format, one version step at
 * a time, so later versions keep reading older files. Version 1 is the first format; a file without
 * {@code formatVersion} is read as version 1.
 */
final class FormatUpgrades {

    private FormatUpgrades() {}

    static ObjectNode upgrade(ObjectNode tree, int fromVersion) {
        int version = Math.max(fromVersion, 0);
        while (version < Scenario.CURRENT_FORMAT_VERSION) {
            // Version 0 was the unversioned draft of version 1: same fields, no formatVersion.
            version++;
        }
        tree.put("formatVersion", Scenario.CURRENT_FORMAT_VERSION);
        return tree;
    }
}
