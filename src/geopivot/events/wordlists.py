"""Word lists (lemmas) the clause reader decides modes and roles by: verbs that govern an intent,
a refusal or a report, the nouns and adjectives that do the same, modals and markers. Kept apart
from the reading itself (geopivot.events.clauses) so that each stays readable."""
from __future__ import annotations

# Verbs whose to-infinitive states the subject's intent: "agreed to meet", "threatened to attack".
INTENT_GOVERNORS = frozenset({
    "plan", "intend", "hope", "want", "aim", "seek", "pledge", "vow", "offer", "promise", "agree",
    "threaten", "prepare", "wish", "resolve", "commit", "propose", "undertake", "expect",
    "volunteer", "consent", "arrange", "mean", "swear", "look", "strive", "endeavour", "endeavor",
    "try", "attempt",
})
# Passive raising verbs that schedule an event: "is set / scheduled / slated to visit".
INTENT_PASSIVES = frozenset({"set", "schedule", "slate", "poise"})
# Adjectives that do the same: "is ready / willing / due to meet".
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "eager", "keen", "determined", "due",
                               "poised", "set", "happy", "open"})
NEGATING_ADJECTIVES = frozenset({"unwilling", "reluctant", "loath", "loth"})
# Verbs whose to-infinitive did not (or will not) happen: "refused to meet".
NEGATING_GOVERNORS = frozenset({"refuse", "decline", "fail", "refrain", "neglect", "reject"})
# Verbs whose to-infinitive happened (or is happening) as stated: "began to withdraw".
FACTIVE_GOVERNORS = frozenset({
    "begin", "start", "continue", "resume", "manage", "try", "attempt", "proceed", "keep", "move",
    "decide", "vote", "choose", "opt", "rush", "hasten", "dare", "go", "come", "return", "act",
    "step", "help", "work", "seem", "appear",
})
# Reporting verbs: their complement clause is the reported event, coded from its own words.
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "report", "confirm", "add", "declare", "note", "reveal",
    "disclose", "acknowledge", "admit", "write", "tweet", "explain", "stress", "reiterate",
    "indicate", "assert", "remark", "comment", "mention", "emphasize", "emphasise", "underline",
    "affirm", "maintain", "insist", "recall", "learn", "show", "quote", "post", "brief", "inform",
    "notify", "signal", "specify", "clarify", "answer", "reply", "respond", "testify", "recount",
})
# Appeals and judgements a reporter adds after a reported clause: "said ... and urged X to act".
REPORTER_ACTS = frozenset({
    "call", "urge", "accuse", "demand", "appeal", "ask", "criticise", "criticize", "condemn", "praise",
    "welcome", "thank", "blame", "denounce",
})
# Verbs whose complement clause is a commitment: "pledged that it would", "warned it would".
PROMISE_VERBS = frozenset({
    "pledge", "promise", "vow", "guarantee", "agree", "decide", "resolve", "threaten", "warn",
    "swear", "assure",
})
# Verbs that report what someone else did when their clause is in the past: "warned that X
# had attacked Y", "complained that X shelled Y" (in the future, "warned that X would", they
# only predict it).
FACT_REPORTING_VERBS = frozenset({
    "warn", "complain", "protest", "charge", "find", "conclude", "discover", "determine",
    "establish", "prove", "lament", "regret", "deplore", "condemn", "criticize", "criticise",
    "realize", "realise", "know", "point",
})
# Verbs whose plain negation is itself a refusal: "did not agree to the proposal".
ASSENT_VERBS = frozenset({"agree", "accept", "approve", "consent", "comply", "endorse", "allow",
                          "permit", "back", "support", "recognize", "recognise"})
# Nouns of a message whose participle speaks for the message's author: "issued a statement
# calling on X", "sent a letter urging X".
MESSAGE_NOUNS = frozenset({"statement", "letter", "message", "communique", "declaration", "note",
                           "report", "resolution", "appeal", "plea", "memo", "notice", "tweet",
                           "post", "video", "speech", "address", "editorial", "op-ed"})
# Objects that make their verb a threat whatever its condition: "issued an ultimatum ... if".
THREAT_NOUNS = frozenset({"ultimatum", "warning", "threat", "deadline"})
# "X was responsible for / guilty of <act>": X did the act.
BLAME_ADJECTIVES = frozenset({"responsible", "guilty", "culpable"})
# Nouns whose clause is reported, not asserted: "claims he had attacked X".
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "report", "rumour", "rumor",
                         "suggestion", "speculation", "fear", "charge", "assertion", "belief"})
# Nouns of a run of events, which in the singular are those events: "held a second round of
# talks", "launched a wave of air strikes", "signed a series of agreements" ("five rounds of
# talks since 2019" tallies past occasions).
RUN_NOUNS = frozenset({"round", "series", "set", "raft", "string", "wave", "spate", "batch", "flurry",
                       "barrage"})
# Verbs that bring a run to its end: "ended a second round of talks" held the round (as
# "concluded" does), it broke nothing off.
RUN_ENDS = frozenset({"end", "wrap", "close"})
# Heads of a phrase that name a person by office, where the knowledge base may have no sector
# for the word: the phrase's owner gives their state ("Pakistan's army chief", "the Lebanese
# PM", events.roles counterparts).
PERSON_TITLES = frozenset({"chief", "pm", "premier", "fm", "head", "leader", "president", "king",
                           "queen", "emir", "prince", "envoy", "minister", "counterpart", "ambassador",
                           "delegation", "official", "secretary", "chancellor"})
# Words of an office or a mission that make "visiting X" a guest: "met visiting Japanese Prime
# Minister Abe", "talks with the visiting Turkish president" (not "began visiting Beijing").
GUEST_TITLES = PERSON_TITLES | frozenset({"sheikh", "commander"})
# Verbs whose subject bears a nominal event another does to it: "Iran faces sanctions from the
# EU", "Yukos faces an investigation by prosecutors".
FACING_VERBS = frozenset({"face", "suffer", "undergo"})
# People of a nationality living abroad: "visited the Pakistani community in Manchester" is no
# visit to Pakistan, so the phrase does not fall back on its nationality.
ABROAD_NOUNS = frozenset({"community", "diaspora", "expatriate", "expat", "emigre", "émigré"})
# Bodies one testifies to: "told a French court" is testimony, not consultation with France.
HEARING_NOUNS = frozenset({"court", "tribunal", "jury", "inquiry", "hearing", "judge"})
# Nouns of an agreement: coded only when a verb or a headline makes them ("X, Y in gas deal").
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})
# What "talks of" may be of when they are speculation: "amid talks of a merger".
PROSPECT_NOUNS = AGREEMENT_NOUNS | frozenset({"merger", "takeover", "bid", "alliance", "tie-up", "union",
                                              "sale", "war"})
# Nouns whose "that" clause is presented as true: "the fact that X signed".
FACT_NOUNS = frozenset({"fact"})
# Subordinators of conditions and open questions.
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest", "provided", "assuming"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "should", "must", "can", "ca", "ought",
                                 "shall"})
FUTURE_AUX = frozenset({"will", "'ll", "wo"})
WOULD_AUX = frozenset({"would", "'d"})
# Prepositions introducing a gerund clause that happened: "after meeting X".
FACTIVE_PREPS = frozenset({"after", "since", "following", "by", "while", "during", "in", "despite",
                           "before", "upon", "on", "through", "with", "amid"})
# Of those, the ones whose gerund is read as a fact whatever the clause's mood ("despite
# signing"; "could play a role after signing a deal" was annotated as a signing).
PRESUPPOSING_PREPS = frozenset({"since", "despite", "amid", "after", "following"})
# Adverbs that make a clause a report of an allegation rather than an assertion.
HEDGES = frozenset({"allegedly", "supposedly", "purportedly", "possibly", "perhaps", "maybe",
                    "probably", "likely"})

# A journey whose purpose clause reports a meeting as done: "flew to Lima to meet X" (news says
# "flew ... to meet" of a meeting that took place), where "sent troops to attack X" does not.
JOURNEY_VERBS = frozenset({"travel", "fly", "go", "come", "head", "arrive", "cross", "journey", "return",
                           "drive", "sail"})
MEETING_PURPOSES = frozenset({"meet", "discuss", "confer", "consult", "negotiate", "attend", "sign"})
MEETING_OBJECTS = frozenset({"talk", "talks", "meeting", "summit", "discussion", "negotiation", "consultation"})

# Personal pronouns that can stand for an actor as a clause's subject.
SUBJECT_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
CLAUSE_BOUNDARIES = frozenset({"relcl", "advcl", "acl", "csubj", "parataxis"})
# Object lemmas whose sense is the plural's alone: "arms" are weapons, an "arm" is a limb or a
# branch ("sold Yukos' main production arm to Rosneft" sold no weapons).
PLURAL_ONLY = frozenset({"arm"})
# Trade, provision and hosting, whose simple present in prose is a habit (clauses.habitual).
# Hosting is one only of what stays: "hosts the Fifth Fleet", not "hosts Vietnam's prime minister".
HOSTED_FACILITIES = frozenset({"base", "fleet", "headquarters", "refugee", "camp", "troop", "force",
                               "facility", "embassy", "station"})
HABITUAL_VERBS = frozenset({"sell", "buy", "export", "import", "supply", "finance", "fund",
                            "own", "operate", "employ"})
# A complaint or a case named after the body that hears it ("a WTO complaint", "an ICJ case") is
# heard there, not brought by it (coder: a noun's own source).
FORUM_NOUNS = frozenset({"complaint", "case", "dispute", "challenge", "suit", "lawsuit", "appeal", "petition"})
FORUM_BODIES = frozenset({"IGOWTO", "IGOICJ", "IGOICC"})


# Verbs of feeling whose passive subject is the one who feels ("Canada is disappointed with
# Washington's decision"): the subject, not an agent, is the event's source.
FEELINGS = frozenset({"disappoint"})
# Participles naming who arranged an act, not who took part in it: "an agreement brokered by
# Ethiopia", "a U.S.-mediated deal", "talks hosted by Malaysia" (events/mediation.py).
MEDIATING_VERBS = frozenset({"mediate", "broker", "host", "chair", "sponsor", "facilitate"})
