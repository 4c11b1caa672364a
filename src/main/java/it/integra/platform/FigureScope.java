package it.integra.platform;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose figures and lists a user may read: the one rule of the report API, the monitoring pages,
 * fragments, packs and lists, and the outcome pages. Authority staff and national analysts read
 * everything; a provider's operator only the pathways of its own provider; an analyst bound to a
 * region only that region, and asking for another region is refused, never silently replaced.
 *
 * @param providerId the provider whose pathways alone count, or null
 * @param boundRegion the region the user is confined to, or null
 */
public record FigureScope(Long providerId, String boundRegion) {

    public static FigureScope of(CurrentUser user) {
        return new FigureScope(user.providerScope().orElse(null), user.regionScope().orElse(null));
    }

    /**
     * The region the figures cover: the one asked (null for all) or, for a region-bound analyst, their own.
     *
     * @throws AccessDeniedException when a region-bound analyst asks for another region
     */
    public String region(String asked) {
        String region = asked == null || asked.isBlank() ? null : asked.strip();
        if (boundRegion == null) {
            return region;
        }
        if (region != null && !region.equals(boundRegion)) {
            throw new AccessDeniedException("figures of another region than the user's");
        }
        return boundRegion;
    }

    /** Whether the user may read figures that cannot be split by region (the national reports). */
    public boolean readsNational() {
        return boundRegion == null;
    }

    public Optional<Long> provider() {
        return Optional.ofNullable(providerId);
    }
}
