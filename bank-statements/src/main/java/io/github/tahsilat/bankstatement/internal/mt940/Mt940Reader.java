package io.github.tahsilat.bankstatement.internal.mt940;

import io.github.tahsilat.bankstatement.StatementFormatException;
import io.github.tahsilat.bankstatement.StatementVisitor;
import io.github.tahsilat.bankstatement.internal.ValueException;
import io.github.tahsilat.bankstatement.spi.StatementReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads SWIFT MT940 statements, field by field, with or without SWIFT blocks. A file may hold
 * several statements, and a statement may run over several pages ({@code :60M:} and {@code :62M:});
 * pages are joined into one statement. Thread-safe.
 */
public final class Mt940Reader implements StatementReader {
    private static final Pattern FIRST_FIELD = Pattern.compile("(?m)^\\W{0,4}:20:");
    private static final Pattern ACCOUNT_FIELD = Pattern.compile("(?m)^:25:");

    private final Charset charset;

    /** Creates a reader for UTF-8 files, which includes plain ASCII ones. */
    public Mt940Reader() {
        this(StandardCharsets.UTF_8);
    }

    /**
     * Creates a reader for files in another character set, such as ISO-8859-1.
     *
     * @param charset the file's character set; bytes it cannot decode become U+FFFD
     */
    public Mt940Reader(Charset charset) {
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    @Override
    public String formatName() {
        return "MT940";
    }

    @Override
    public boolean canRead(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return FIRST_FIELD.matcher(text).find() && ACCOUNT_FIELD.matcher(text).find();
    }

    @Override
    public void read(InputStream input, String sourceName, StatementVisitor visitor)
            throws IOException {
        BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                input,
                                charset.newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPLACE)
                                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        Mt940Tokenizer tokenizer = new Mt940Tokenizer(reader);
        Mt940Assembler assembler = new Mt940Assembler(visitor);
        Mt940Field field;
        while ((field = tokenizer.next()) != null) {
            try {
                assembler.accept(field);
            } catch (ValueException e) {
                throw new StatementFormatException(
                        sourceName, field.line(), -1, e.getMessage(), e.expected(), e);
            }
        }
        assembler.finish();
    }
}
