package io.github.tahsilat.notice;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The destination of one rendered notice: a channel, an address on it and the media type it takes.
 * {@link #toString()} leaves out the address, which is personal data.
 *
 * @param channel the channel's name, such as {@code email}; part of the notice id
 * @param address the address on the channel, such as an e-mail address
 * @param mediaType {@code text/plain} or {@code text/html}
 */
public record Recipient(
        @NotBlank @Size(max = 100) String channel,
        @NotBlank @Size(max = 320) String address,
        @NotBlank String mediaType) {

    /** The media types the default templates are written in. */
    public static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/html");

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if an argument is {@code null} or blank, too long, or {@code
     *     mediaType} is neither {@code text/plain} nor {@code text/html}
     */
    public Recipient {
        InputChecks.text(channel, "channel", 100);
        InputChecks.personalText(address, "address", 320);
        InputChecks.present(mediaType, "mediaType", "text/plain or text/html");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new InvalidInputException("mediaType", mediaType, "text/plain or text/html");
        }
    }

    @Override
    public String toString() {
        return "Recipient[channel=" + channel + ", mediaType=" + mediaType + "]";
    }
}
