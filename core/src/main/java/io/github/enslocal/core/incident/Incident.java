// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.incident;

import io.github.enslocal.core.incident.classification.IncidentTaxonomy;
import io.github.enslocal.core.incident.classification.NotificationPolicy;
import io.github.enslocal.core.incident.classification.SecurityClassification;
import io.github.enslocal.core.territory.IneCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A support request a municipality raised with the help desk, with its status history.
 *
 * <p>The history is the record of truth: the current status, first response, resolution and
 * closure are derived from it. A well-formed history starts with {@link IncidentStatus#NEW} at
 * {@link #openedAt()}, is in time order and makes only the moves {@link IncidentStatus#canMoveTo}
 * allows; {@link #historyProblems()} lists every departure from that, since the constructor only
 * normalises. {@link #moveTo(StatusChange)} appends a change and refuses illegal ones. This record
 * is immutable and thread-safe.
 *
 * @param id the incident id, unique within the dataset
 * @param municipality the municipality that raised the incident
 * @param openedAt when the incident was registered
 * @param channel how it reached the help desk
 * @param category what it is about
 * @param priority its priority
 * @param summary a one-line summary
 * @param history the status changes in time order, the first being NEW at {@code openedAt}
 * @param affectedAssetIds the ids of the assets affected, in the order given
 * @param effortMinutes the technician effort spent on it, in minutes, from 0 to a year's
 *     ({@value #MAX_EFFORT_MINUTES}), so that the sums of any dataset stay exact
 * @param security the cyber-security classification, for a security incident
 */
public record Incident(
        @NotBlank @Size(max = 64) String id,
        @NotNull IneCode municipality,
        @NotNull Instant openedAt,
        @NotNull IncidentChannel channel,
        @NotNull IncidentCategory category,
        @NotNull Priority priority,
        @NotBlank @Size(max = 500) String summary,
        @NotEmpty List<@NotNull @Valid StatusChange> history,
        List<@NotBlank @Size(max = 64) String> affectedAssetIds,
        @PositiveOrZero @Max(MAX_EFFORT_MINUTES) long effortMinutes,
        Optional<@Valid SecurityClassification> security) {

    /** The most effort one incident records, in minutes: a year of 24-hour days. */
    public static final long MAX_EFFORT_MINUTES = 525_600;

    /**
     * Creates an incident, copying the lists and turning null lists and optionals into empty ones.
     *
     * @param id the id
     * @param municipality the municipality
     * @param openedAt the opening instant
     * @param channel the channel
     * @param category the category
     * @param priority the priority
     * @param summary the summary
     * @param history the status changes
     * @param affectedAssetIds the affected asset ids
     * @param effortMinutes the effort in minutes
     * @param security the security classification, or empty
     * @throws NullPointerException if a list holds a null element
     */
    public Incident {
        history = history == null ? List.of() : List.copyOf(history);
        affectedAssetIds = affectedAssetIds == null ? List.of() : List.copyOf(affectedAssetIds);
        security = security == null ? Optional.empty() : security;
    }

    /**
     * Obtains a newly registered incident: its history is NEW at the opening instant, with no
     * affected assets, no effort and no security classification.
     *
     * @param id the id, e.g. {@code "INC-2025-0142"}
     * @param municipality the municipality, not null
     * @param openedAt the opening instant, not null
     * @param channel the channel
     * @param category the category
     * @param priority the priority
     * @param summary the summary
     * @return the incident
     * @throws NullPointerException if {@code openedAt} is null
     */
    public static Incident open(String id, IneCode municipality, Instant openedAt, IncidentChannel channel,
            IncidentCategory category, Priority priority, String summary) {
        Objects.requireNonNull(openedAt, "openedAt");
        return new Incident(id, municipality, openedAt, channel, category, priority, summary,
                List.of(StatusChange.of(openedAt, IncidentStatus.NEW)), List.of(), 0, Optional.empty());
    }

    /**
     * Returns a copy with another list of affected assets.
     *
     * @param assetIds the asset ids, not null
     * @return the copy
     */
    public Incident withAffectedAssetIds(List<String> assetIds) {
        return new Incident(id, municipality, openedAt, channel, category, priority, summary, history,
                assetIds, effortMinutes, security);
    }

    /**
     * Returns a copy with another technician effort.
     *
     * @param minutes the effort in minutes, 0 or more
     * @return the copy
     * @throws IllegalArgumentException if {@code minutes} is negative
     */
    public Incident withEffortMinutes(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Invalid effort " + minutes + " minutes, expected 0 or more, e.g. 45");
        }
        return new Incident(id, municipality, openedAt, channel, category, priority, summary, history,
                affectedAssetIds, minutes, security);
    }

    /**
     * Returns a copy with a security classification.
     *
     * @param classification the classification, not null
     * @return the copy
     */
    public Incident withSecurity(SecurityClassification classification) {
        return new Incident(id, municipality, openedAt, channel, category, priority, summary, history,
                affectedAssetIds, effortMinutes, Optional.of(classification));
    }

    /**
     * Returns a copy with a status change appended to the history.
     *
     * @param change the change, not null
     * @return the copy
     * @throws IllegalStateException if the current status may not move to the change's status
     * @throws IllegalArgumentException if the change is before the last change in the history
     */
    public Incident moveTo(StatusChange change) {
        IncidentStatus current = status();
        if (!current.canMoveTo(change.status())) {
            throw new IllegalStateException("Incident " + id + " cannot move from " + current + " to "
                    + change.status() + "; " + allowedMoves(current));
        }
        Instant last = history.isEmpty() ? openedAt : history.get(history.size() - 1).at();
        if (change.at().isBefore(last)) {
            throw new IllegalArgumentException("Invalid change of incident " + id + " at " + change.at()
                    + ": it is before the last change at " + last);
        }
        List<StatusChange> next = new ArrayList<>(history);
        next.add(change);
        return new Incident(id, municipality, openedAt, channel, category, priority, summary, next,
                affectedAssetIds, effortMinutes, security);
    }

    /**
     * Returns a copy with a move to a status, with no technician and no note, appended to the
     * history.
     *
     * @param status the status to move to, not null
     * @param at when the move happened, not null
     * @return the copy
     * @throws IllegalStateException if the current status may not move to {@code status}
     * @throws IllegalArgumentException if {@code at} is before the last change in the history
     */
    public Incident moveTo(IncidentStatus status, Instant at) {
        return moveTo(StatusChange.of(at, status));
    }

    /**
     * Returns every flaw in the history: an empty history, a first change that is not NEW or not at
     * the opening instant, a change before the one preceding it, and moves the lifecycle does not
     * allow. A history that passes Jakarta validation can be checked; null fields are skipped.
     *
     * @return the problems in history order, empty if the history is well-formed
     */
    public List<HistoryProblem> historyProblems() {
        List<HistoryProblem> problems = new ArrayList<>();
        if (history.isEmpty()) {
            problems.add(new HistoryProblem(0, "The history is empty; it must start with NEW at the opening instant "
                    + openedAt + "."));
            return List.copyOf(problems);
        }
        StatusChange first = history.get(0);
        if (first.status() != null && first.status() != IncidentStatus.NEW) {
            problems.add(new HistoryProblem(0, "The first change is to " + first.status() + "; it must be NEW."));
        }
        if (first.at() != null && openedAt != null && !first.at().equals(openedAt)) {
            problems.add(new HistoryProblem(0, "The first change is at " + first.at()
                    + "; it must be at the opening instant " + openedAt + "."));
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange previous = history.get(i - 1);
            StatusChange change = history.get(i);
            if (previous.at() != null && change.at() != null && change.at().isBefore(previous.at())) {
                problems.add(new HistoryProblem(i, "Change " + i + " at " + change.at()
                        + " is before the change preceding it at " + previous.at() + "."));
            }
            if (previous.status() != null && change.status() != null && !previous.status().canMoveTo(change.status())) {
                problems.add(new HistoryProblem(i, "Change " + i + " moves from " + previous.status() + " to "
                        + change.status() + ", which the lifecycle does not allow; " + allowedMoves(previous.status())));
            }
        }
        return List.copyOf(problems);
    }

    private static String allowedMoves(IncidentStatus from) {
        return from.isTerminal()
                ? from + " is terminal."
                : "from " + from + " it may move to " + from.nextStatuses() + ".";
    }

    /**
     * Returns the current status: the status of the last change, or NEW if the history is empty.
     *
     * @return the status
     */
    public IncidentStatus status() {
        return history.isEmpty() ? IncidentStatus.NEW : history.get(history.size() - 1).status();
    }

    /**
     * Returns the status the incident had at an instant, reading the changes made at or before it.
     *
     * @param instant the instant, not null
     * @return the status then, or empty if the incident was not yet open
     */
    public Optional<IncidentStatus> statusAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(openedAt)) {
            return Optional.empty();
        }
        return Optional.of(asOf(instant).status());
    }

    /**
     * Returns this incident as it stood at an instant: the same incident with only the changes made
     * at or before it. Measurements at a past instant use this view so that later changes do not
     * leak into them.
     *
     * @param instant the instant, not null
     * @return the incident as of {@code instant}
     */
    public Incident asOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        List<StatusChange> upTo = history.stream().filter(change -> !change.at().isAfter(instant)).toList();
        return upTo.size() == history.size() ? this
                : new Incident(id, municipality, openedAt, channel, category, priority, summary, upTo,
                        affectedAssetIds, effortMinutes, security);
    }

    /**
     * Returns when the help desk first responded: the instant of the first change to a status other
     * than NEW (an assignment, or a cancellation of an incident never assigned).
     *
     * @return the instant, or empty if the incident is still NEW
     */
    public Optional<Instant> firstResponseAt() {
        return history.stream()
                .filter(change -> change.status() != IncidentStatus.NEW)
                .map(StatusChange::at)
                .findFirst();
    }

    /**
     * Returns when the incident was resolved: the instant of the last move to RESOLVED, if the
     * incident is now RESOLVED or CLOSED. After a reopening it is empty until the next resolution.
     *
     * @return the instant, or empty if the incident is not resolved
     */
    public Optional<Instant> resolvedAt() {
        IncidentStatus status = status();
        if (status != IncidentStatus.RESOLVED && status != IncidentStatus.CLOSED) {
            return Optional.empty();
        }
        return lastChangeTo(IncidentStatus.RESOLVED);
    }

    /**
     * Returns when the incident was closed.
     *
     * @return the instant of the move to CLOSED, or empty if the incident is not CLOSED
     */
    public Optional<Instant> closedAt() {
        return status() == IncidentStatus.CLOSED ? lastChangeTo(IncidentStatus.CLOSED) : Optional.empty();
    }

    /**
     * Returns when the incident was cancelled.
     *
     * @return the instant of the move to CANCELLED, or empty if the incident is not CANCELLED
     */
    public Optional<Instant> cancelledAt() {
        return status() == IncidentStatus.CANCELLED ? lastChangeTo(IncidentStatus.CANCELLED) : Optional.empty();
    }

    private Optional<Instant> lastChangeTo(IncidentStatus status) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == status) {
                return Optional.of(history.get(i).at());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether the incident was open at an instant: registered by then and in a status that
     * {@linkplain IncidentStatus#isOpen() awaits work} (NEW, ASSIGNED, IN_PROGRESS or ON_HOLD).
     *
     * @param instant the instant, not null
     * @return true if the incident was open then
     */
    public boolean isOpenOn(Instant instant) {
        return statusAt(instant).map(IncidentStatus::isOpen).orElse(false);
    }

    /**
     * Returns whether this is a security incident whose CCN-CERT notification is late as of an
     * instant, taking the opening instant as the moment the incident occurred.
     *
     * @param taxonomy the taxonomy that defines the classification's type, not null
     * @param policy the notification trigger and the allowed delay, not null
     * @param asOf the instant to judge at, not null
     * @return true if the incident has a security classification and its notification is late
     * @throws IllegalArgumentException if the classification names a type the taxonomy lacks
     * @see SecurityClassification#isCcnCertNotificationLate
     */
    public boolean isCcnCertNotificationLate(IncidentTaxonomy taxonomy, NotificationPolicy policy, Instant asOf) {
        return security.map(classification ->
                classification.isCcnCertNotificationLate(taxonomy, policy, openedAt, asOf)).orElse(false);
    }
}
