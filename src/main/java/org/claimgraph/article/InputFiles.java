package org.claimgraph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.model.InputException;

/** Reads an input file as UTF-8 text, turning every way it can be unreadable into an {@link InputException}. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * The file's text, without a leading byte order mark.
     *
     * @throws InputException when the file is missing, a folder, unreadable, empty, binary or not UTF-8
     */
    static String readText(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file; check the path");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a folder, not an article file; pass the folder to expand() or name the files");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + "); check its permissions", e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(file + ": looks like a binary file (NUL byte at byte offset " + i
                        + "); give a UTF-8 text, HTML or JSON Lines file");
            }
        }
        String text = decodeUtf8(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(file + ": is empty; give a file with article text or remove it from the input");
        }
        return text;
    }

    private static String decodeUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputException(file + ": is not valid UTF-8 (bad byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at byte offset " + in.position()
                    + "); re-save the file as UTF-8");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InputException(file + ": is not valid UTF-8 (truncated sequence at the end); re-save the file as UTF-8");
        }
        out.flip();
        return out.toString();
    }
}
