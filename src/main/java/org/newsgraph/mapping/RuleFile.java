package org.newsgraph.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping rule as read from its file {@code NN-name.rq}: its name (without the order prefix, so
 * that renumbering keeps its IRI), its header comment, its text and a hash of the text.
 */
record RuleFile(String fileName, String name, String comment, String text, String version) {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2,3})-([a-z0-9][a-z0-9-]*)\\.rq");

    static RuleFile of(String fileName, String text) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("rule file '" + fileName + "' must be named NN-name.rq (e.g. 10-state-visit.rq)");
        }
        StringBuilder comment = new StringBuilder();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (!stripped.startsWith("#")) {
                break;
            }
            String words = stripped.replaceFirst("^#+\\s?", "");
            if (!words.isEmpty()) {
                comment.append(comment.length() == 0 ? "" : " ").append(words);
            }
        }
        if (comment.length() == 0) {
            throw new IllegalArgumentException("rule file '" + fileName + "' must start with a comment saying what it recognises");
        }
        return new RuleFile(fileName, m.group(2), comment.toString(), text, hash(text));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
