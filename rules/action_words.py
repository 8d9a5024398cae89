"""Word lists of the action-item rules (PM301 vague-action, PM302 exhortation, PM310
punitive-action), beside the shared ones in `rules.lexicon`.

Lists that trigger the parser give surface forms; lists a rule only checks on a parsed
sentence give lemmas.
"""

from __future__ import annotations

from rules.lexicon import forms

# --- PM301: what does not make an action concrete --------------------------------------

#: Capitals that name no component: placeholders ("TBD"), teams and roles ("SRE", "QA"),
#: and whole areas of work ("the CI pipeline").
EMPTY_CAPITALS = frozenset(
    "tbd tba todo wip n/a asap fyi eta sre sres qa dba dbas ops devops ic hr pm pms eng "
    "it ux ui ci cd".split()
)
#: "Make deploys safer", "make the pipeline faster": a goal with no change named.
COMPARATIVES = forms(
    "safer faster easier simpler quicker smoother stronger clearer sturdier tighter "
    "cheaper smarter louder quieter cleaner healthier leaner tidier"
)

# --- PM302: what people are asked to pay ----------------------------------------------

#: "Be/stay ... X": states of attention people are told to be in.
ATTENTIVE = forms(
    "careful cautious vigilant alert diligent disciplined thorough mindful aware attentive "
    "focused focussed conscientious thoughtful sharp proactive meticulous rigorous wary "
    "observant paranoid deliberate"
)
#: "Be less X", "stop being so X": the opposite states (first token of "trigger-happy").
INATTENTIVE = forms(
    "careless sloppy hasty complacent cavalier casual reckless lax impatient rushed trigger lazy"
)
#: Attention as a quantity: "more care", "less haste", "more diligence from everyone".
ATTENTION_NOUNS = forms(
    "care caution diligence vigilance attention respect rigour rigor discipline thought heed"
)
#: Nouns that name a habit of mind, and the verbs that make them an exhortation ("Use
#: common sense", "Avoid complacency", "Make a habit of ...", "Resist the urge to ...").
MINDSET: dict[str, frozenset[str]] = {
    noun: frozenset(verbs.split())
    for nouns, verbs in (
        ("judgement judgment sense", "use exercise apply show trust"),
        ("wits", "keep"),
        ("habit", "make get form build develop"),
        ("urge temptation", "resist fight avoid"),
        ("complacency", "avoid resist fight guard beware"),
        ("diligence vigilance", "do exercise show demand need require heighten increase "
         "raise maintain keep"),
    )
    for noun in nouns.split()
}  # fmt: skip
#: "Give X the attention it deserves": verbs that hand over attention.
GIVE = frozenset({"give", "devote", "dedicate", "bring", "pay"})
#: "Watch X closely", "must actually read the diff": human looking and checking.
LOOK_VERBS = frozenset(
    "watch monitor follow track read review look check inspect scrutinise scrutinize examine "
    "observe verify test open confirm eyeball".split()
)
#: "Try to catch these earlier", "must escalate faster": how quickly people respond.
SPEED_WORDS = forms("earlier sooner faster quicker")
RESPONSE_VERBS = frozenset(
    "catch spot notice escalate respond react acknowledge ack answer reply communicate "
    "report flag speak raise act triage".split()
)
#: "Respect the change freeze": rules people keep (not a header or a rate limit in code).
RULES_PEOPLE_KEEP = forms(
    "freeze freezes process processes procedure procedures runbook runbooks checklist "
    "checklists policy policies rule rules guideline guidelines window windows handover "
    "rota"
)
#: "Treat every page as real", "treat staging like production": what people take a
#: thing for.
TREAT_AS = forms(
    "real genuine urgent serious live production prod critical emergency incident outage "
    "important actionable legitimate"
)
#: "Read the diff properly", "actually read": reading as a matter of care.
READ_MANNER = forms("properly twice again actually through carefully fully thoroughly")
#: "Read the whole runbook", "read the release notes in full".
READ_WHOLE = forms("whole entire full every all")
#: "Read the runbook before starting": things people read (not a backlog or a config).
READABLES = forms(
    "runbook runbooks doc docs documentation plan diff output alert alerts page pages "
    "ticket changelog notes checklist message messages warning warnings instructions "
    "procedure playbook manual readme description text line lines word"
)
#: "Sloppiness ... has to end": behaviour that a demand to stop is about.
BEHAVIOUR_NOUNS = forms(
    "sloppiness carelessness recklessness laziness negligence complacency heroics "
    "guesswork this that it"
)

#: "Remove the need to double-check": an item that takes the burden away from people.
RELIEF_NOUNS = frozenset({"need", "reliance", "dependence", "dependency", "burden"})
RELIEF_VERBS = frozenset(
    "remove eliminate reduce avoid replace end cut drop obviate lift take".split()
)

# --- PM302: the mechanism that makes an item a system change ---------------------------

#: Adverbs and nouns that say a machine does the work.
AUTOMATION = forms(
    "automatically automated automate automating automation programmatically autonomously "
    "auto automatic"
)
#: Verbs that only a system does to people or changes: "page when lag exceeds 30 s".
SYSTEM_VERBS = frozenset(
    "page alert notify enforce block reject refuse abort gate lint autofill prefill".split()
)
#: Where a change lives ("in CI", "in the SLO config", "via the merge queue"), and what
#: does the work in a "how" clause ("the pipeline now runs them").
SYSTEM_PLACES = frozenset(
    "ci code config configuration pipeline client server queue linter hook webhook tool "
    "tooling cli ui script job bot template proxy workflow settings terraform helm "
    "codeowners prompt".split()
)
#: What a system checks with: "Keep an eye on replication with a lag alert".
SAFEGUARDS = SYSTEM_PLACES | frozenset(
    "alert check test probe guard gate lock banner hook rule threshold monitor".split()
)
#: First verbs of a "how" clause after a colon: "Mind the gap: alert when ...".
CHANGE_VERBS = frozenset(
    "add alert page notify escalate require enforce raise lower set enable disable configure "
    "automate block reject route show display pin delete remove run schedule install create "
    "build increase decrease cap limit gate lint fail abort refuse hold move "
    "switch replace rewrite wire hook".split()
)

# --- PM310: what is done to a person -----------------------------------------------------

#: Training, supervision and tests whose subject is the one corrected: "Kenji to attend
#: the refresher", "The junior DBA must pair with a senior", "Mandatory shadowing for X".
TRAINEE_WORDS = forms(
    "refresher refreshers quiz shadow shadows shadowing pair pairs pairing mentor mentors "
    "mentoring remedial"
)
#: Training open to everyone, or material for newcomers, is not corrective (decision 27).
OPEN_TRAINING = frozenset(
    "onboarding optional voluntary opt-in elective hire hires joiner joiners starter "
    "starters newcomer newcomers".split()
)
#: "the on-call training deck": training as material, edited rather than attended.
TRAINING_MATERIAL = frozenset(
    "deck slides material materials module modules curriculum doc docs handbook wiki page "
    "guide video videos catalogue catalog content syllabus".split()
)
#: Review gates a system enforces for everyone ("a CODEOWNERS review", "branch protection").
ENFORCED_GATES = frozenset({"codeowners", "protection", "ruleset", "rulesets", "queue"})
#: Verbs that "re-" makes corrective ("Re-certify Bogdan", "Re-onboard the contractors").
REDO_VERBS = forms("certify onboard test qualify educate")
#: Sanctions named by a noun: "90-day probation", "a strike against the release manager".
SANCTION_NOUNS = forms("probation strike strikes demotion suspension")
#: Verbs that sanction the person they take as object: "Ban Lorenzo from Friday deploys",
#: "Strip the contractor of deploy permissions", "Restrict Olumide to read-only access".
SANCTION_VERBS = forms(
    "ban bans banned banning bar barred bench benched demote demoted suspend suspends "
    "suspended strip strips stripped restrict restricts restricted fire fired sack sacked "
    "dismiss dismissed ground grounded"
)
#: Verbs that take a person off a duty: "Remove Kwabena from the on-call rotation".
UNASSIGN_VERBS = forms(
    "remove removes removed move moves moved pull pulls pulled take takes took reassign "
    "reassigns reassigned rotate rotated drop dropped kick kicked"
)
#: The duties a person is taken off.
DUTIES = frozenset(
    "rota rotation roster team squad schedule pager on-call oncall call shift shifts "
    "duty duties project".split()
)
#: Why a person leaves a duty when it is care or a plan, not a sanction.
WELFARE = frozenset(
    "request requested rest recover recovery leave wellbeing well-being burnout sick "
    "parental holiday vacation planned promotion promoted volunteered".split()
)
#: Praise and recognition: a person's review or record that thanks them.
PRAISE = frozenset(
    "recognition recognise recognize thank thanks praise kudos shout-out shout credit "
    "appreciation commend exemplary".split()
)
#: A person's file, review or conduct ("Ivana's annual performance review", "Lerato's
#: personnel file", "Thandiwe's conduct"), their manager ("Escalate to Nkechi's manager"),
#: and their rights ("@aoife's pager duties", "Ingrid's production credentials").
RECORDS = frozenset({"review", "file", "record"})
CONDUCT = frozenset({"conduct", "behaviour", "behavior", "attitude"})
BOSSES = frozenset({"manager", "boss", "supervisor", "lead"})
MORE_RIGHTS = frozenset({"credentials", "duties", "duty"})
#: What makes a review or file a person's record: "annual performance review",
#: "personnel file", "mid-year review".
PERSONNEL = frozenset(
    "performance personnel hr employee annual yearly quarterly mid year half disciplinary "
    "permanent".split()
)
#: Putting something on a person's record or raising their conduct: "Note the missed
#: handover in Arjun's next review", "Flag Rohan's behaviour".
NOTE_VERBS = frozenset(
    "note add record document flag log put mention write raise report escalate".split()
)
#: What a person's manager is asked to do about them.
RAISE_VERBS = frozenset(
    "escalate raise flag report talk speak go loop inform tell discuss have get sit".split()
)
#: Docking pay: "Dock the on-call bonus of the engineer ...".
DOCK = forms("dock docks docked docking withhold cut")
PAY = frozenset({"bonus", "pay", "salary", "wages", "compensation"})
#: Telling or writing to people: with an exhortation as content, it is aimed at them
#: ("Tell the support engineers they must escalate faster").
TELL = forms(
    "tell tells told send sends email emails message write ask asks instruct instructs urge"
)
#: Sign-off on one person's work: "Put Meera's deploys behind a manual approval".
APPROVALS = forms("approval approvals thumbs sign-off signoff")
WORK = frozenset(
    "deploy deploys deployment deployments change changes pr prs commit commits apply "
    "applies merge merges migration migrations code work release releases nothing anything "
    "everything query queries script scripts".split()
)
