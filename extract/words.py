"""The words read around actors and events (``words.json``), as one typed record.

Each field is one entry of ``words.json``, which says what the words are for; the loader in
``lexicon.py`` checks that the file and the record name the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Words", "Words_"]

Words_ = frozenset[str]


@dataclass(frozen=True)
class Words:
    """Words read around actors and events (``words.json``; each entry says what it is for)."""

    cancel_verbs: Words_
    halt_verbs: Words_
    irrealis_verbs: Words_
    negators: Words_
    no_longer: tuple[str, ...]
    conditions: Words_
    future_markers: Words_
    deontic_modals: Words_
    threat_verbs: Words_
    verbal_act_verbs: Words_
    asked_nouns: Words_
    prompting_marks: Words_
    absolute_preps: Words_
    sequence_preps: Words_
    obstructing_verbs: Words_
    accession_nouns: Words_
    channel_verbs: Words_
    channel_nouns: Words_
    channel_preps: Words_
    closing_nouns: Words_
    issuing_verbs: Words_
    pondering_preps: Words_
    separation_preps: Words_
    note_nouns: Words_
    handing_verbs: Words_
    conveying_verbs: Words_
    addressee_preps: Words_
    recipient_preps: Words_
    additive_focus: Words_
    reciprocal_objects: Words_
    exchange_verbs: Words_
    echo_verbs: Words_
    response_nouns: Words_
    response_preps: Words_
    silence_verbs: Words_
    require_negation: Words_
    target_verbs: Words_
    copulas: Words_
    among_preps: Words_
    rule_out: tuple[str, ...]
    danger_verbs: Words_
    alternative_adverbs: Words_
    counterpart_preps: Words_
    plan_nouns: Words_
    plan_verbs: Words_
    forum_verbs: Words_
    venue_preps: Words_
    deadline_preps: Words_
    departure_verbs: Words_
    as_preps: Words_
    for_preps: Words_
    against_preps: Words_
    infinitive_markers: Words_
    of_preps: Words_
    origin_preps: Words_
    according_to: tuple[str, ...]
    sourcing_verbs: Words_
    relative_pronouns: Words_
    human_relatives: Words_
    person_pronouns: Words_
    person_possessives: Words_
    speaker_pronouns: Words_
    group_pronouns: Words_
    body_pronouns: Words_
    member_nouns: Words_
    opponent_nouns: Words_
    member_preps: Words_
    body_heads: Words_
    document_nouns: Words_
    speaking_nouns: Words_
    locative_preps: Words_
    place_nouns: Words_
    citing_verbs: Words_
    telling_verbs: Words_
    citing_preps: Words_
    source_nouns: Words_
    posting_words: Words_
    medium_preps: Words_
    affixes: Words_
    not_a_kind: Words_
    former_words: Words_
    honorifics: Words_
    population_nouns: Words_
    foreign_words: Words_
    articles: Words_
    demonstratives: Words_
    definite_articles: Words_
    name_glue: Words_
    thing_pronouns: Words_
    owner_preps: Words_
    envoy_nouns: Words_
    host_preps: Words_
    first_person: Words_
    bloc_nouns: Words_
    group_nouns: Words_
    official_heads: Words_
    kingdom_nouns: Words_
    neighbour_nouns: Words_
    neighbouring_words: Words_
    state_nouns: Words_
    inclusion_verbs: Words_
    punitive_participles: Words_
    reporting_verbs: Words_
    retaliatory_words: Words_
    measure_domains: Words_
    instrument_preps: Words_
    reaching_verbs: Words_
    applying_verbs: Words_
    reason_preps: Words_
    reason_verbs: Words_
    reason_marks: Words_
    alleging_adverbs: Words_
    summon_verbs: Words_
    companion_words: Words_
    causing_verbs: Words_
    drawing_verbs: Words_
    predicate_verbs: Words_
    critical_adjectives: Words_
    critical_preps: Words_
    concern_preps: Words_
    subjection_preps: Words_
    attributing_verbs: Words_
    reception_verbs: Words_
    critic_preps: Words_
    count_words: tuple[str, ...]
    pair_words: Words_
    counted_nouns: Words_
    culprit_preps: Words_
    stop_verbs: Words_
    joining_verbs: Words_
    escalating: Words_
    tie_harms: Words_
    summons_reasons: Words_
    protest_nouns: Words_
    generic_nouns: Words_
    alias_glue: Words_
    blame_bearing: Words_
    blame_nouns: Words_
    quantity_nouns: Words_
    unwelcome_words: Words_
    declaring_verbs: Words_
    listing_verbs: Words_
    delisting_verbs: Words_
    safekeeping_nouns: Words_
    culprit_passives: Words_
    month_names: Words_
    in_kind_words: Words_
    in_kind_verbs: Words_
    favour_marks: Words_
    entering_verbs: Words_
    coup_nouns: Words_
    alleging_verbs: Words_
    objection_nouns: Words_
    complementizers: Words_
    complicity_acts: Words_
    duty_verbs: Words_
    opening_quotes: Words_
    factive_preps: Words_
    control_preps: Words_
    fact_nouns: Words_
    anger_manners: Words_
    reaction_verbs: Words_
    reaction_preps: Words_
    closing_verbs: Words_
    mission_nouns: Words_
    ending_verbs: Words_
    warning_verbs: Words_
    admonition_preps: Words_
    statement_nouns: Words_
    movement_nouns: Words_
    listing_nouns: Words_
    list_nouns: Words_
    list_marks: Words_
    agent_preps: Words_
    gathering_nouns: Words_
    exclusion_preps: Words_
    engagement_nouns: Words_
    origin_verbs: Words_
    plain_futures: Words_
    possible_modals: Words_
    reported_futures: Words_
    example_preps: Words_
    comparison_verbs: Words_
    comparison_preps: Words_
    infamies: Words_
    designating_verbs: Words_
    objection_verbs: Words_
    objection_preps: Words_
    between_preps: Words_
    taking_verbs: Words_
    court_preps: Words_
    court_nouns: Words_
    leaving_verbs: Words_
    leaving_nouns: Words_
    leaving_preps: Words_
    leaving_particles: Words_
    defiance_preps: Words_
    defying_verbs: Words_
    defiance_nouns: Words_
    defied_warnings: Words_
    defied_objections: Words_
    warner_preps: Words_
    attack_verbs: Words_
    attack_nouns: Words_
